//! The catalog changes only with a new version and a changelog entry: the
//! fingerprint of the rules' source is locked to the catalog version in
//! catalog.lock. Change a rule, a question, a threshold or a word, and this
//! test fails until `CATALOG_VERSION` is raised, CHANGELOG.md has an entry
//! for it, and `UPDATE_CATALOG_LOCK=1 cargo test --test changelog` has
//! recorded the new fingerprint.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use dingdian::catalog::{CATALOG_SOURCE, CATALOG_VERSION};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lock_text(version: &str, source: &str) -> String {
    format!("version = \"{version}\"\nsource = \"{source}\"\n")
}

fn field<'a>(lock: &'a str, name: &str) -> Option<&'a str> {
    lock.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} = \"")))
        .and_then(|v| v.strip_suffix('"'))
}

#[test]
fn the_rules_change_only_with_a_new_version_and_a_changelog_entry() {
    let path = root().join("catalog.lock");
    let lock = std::fs::read_to_string(&path).unwrap_or_default();
    let changelog = std::fs::read_to_string(root().join("CHANGELOG.md")).expect("CHANGELOG.md");
    let entry = format!("\n## {CATALOG_VERSION}\n");
    assert!(
        changelog.contains(&entry),
        "CHANGELOG.md has no entry for catalog version {CATALOG_VERSION}"
    );
    let (locked_version, locked_source) = (field(&lock, "version"), field(&lock, "source"));
    if locked_version == Some(CATALOG_VERSION) && locked_source == Some(CATALOG_SOURCE) {
        return;
    }
    if std::env::var_os("UPDATE_CATALOG_LOCK").is_some() {
        assert_ne!(
            locked_version,
            Some(CATALOG_VERSION),
            "the rules changed: raise CATALOG_VERSION (src/catalog/mod.rs) and add its entry to CHANGELOG.md before updating the lock"
        );
        std::fs::write(&path, lock_text(CATALOG_VERSION, CATALOG_SOURCE)).expect("write lock");
        return;
    }
    panic!(
        "the rules' source changed ({} → {CATALOG_SOURCE}) under catalog version {:?}: raise CATALOG_VERSION, add a CHANGELOG.md entry, then run UPDATE_CATALOG_LOCK=1 cargo test --test changelog",
        locked_source.unwrap_or("none"),
        locked_version.unwrap_or("none"),
    );
}

#[test]
fn every_changelog_entry_names_a_version_of_the_catalog_form() {
    let changelog = std::fs::read_to_string(root().join("CHANGELOG.md")).expect("CHANGELOG.md");
    let versions: Vec<&str> = changelog
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .collect();
    assert_eq!(versions.first(), Some(&CATALOG_VERSION), "newest first");
    for v in &versions {
        let parts: Vec<&str> = v.split('.').collect();
        assert!(
            parts.len() == 4 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
            "{v}"
        );
    }
    let mut sorted = versions.clone();
    sorted.sort_by_key(|v| std::cmp::Reverse(order(v)));
    assert_eq!(versions, sorted, "entries newest first");
}

/// A version's parts as numbers, so that `2026.12.06.10` follows
/// `2026.12.06.3` (as text it would not).
fn order(version: &str) -> Vec<u32> {
    version.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[test]
fn versions_are_ordered_by_their_numbers_not_as_text() {
    assert!(order("2026.12.06.10") > order("2026.12.06.3"));
    assert!(order("2026.12.06.3") > order("2026.12.06.2"));
    assert!(order("2027.01.01.1") > order("2026.12.06.10"));
}
