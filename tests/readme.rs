//! README.md stays true: it opens with the two set-up commands, CI runs its
//! test command, and it links to the generated docs (tests/docs.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The generated catalog moved to docs/ (tests/docs.rs); the README links
/// to it rather than copying it.
#[test]
fn the_readme_links_to_the_generated_docs() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    for link in [
        "docs/rules/README.md",
        "docs/readings.md",
        "docs/profile.md",
    ] {
        assert!(readme.contains(link), "README.md should link to {link}");
        assert!(root().join(link).exists(), "{link} exists");
    }
    assert!(
        !readme.contains("<!-- generated:"),
        "no generated block left in the README"
    );
}

#[test]
fn the_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let block: Vec<&str> = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a first sh block")
        .lines()
        .collect();
    assert!(block[0].starts_with("bash scripts/serve.sh"), "{block:?}");
    assert!(block[1].starts_with("bash scripts/test.sh"), "{block:?}");
    let ci = std::fs::read_to_string(root().join(".ci/run")).expect(".ci/run");
    assert!(ci.contains("bash scripts/test.sh"));
}
