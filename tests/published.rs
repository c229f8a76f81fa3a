//! The published descriptions of the formats are the ones the Rust types
//! generate: the profile's and the saved file's JSON Schemas and the TypeScript declarations that
//! ship with the wasm package. Refresh with
//! `UPDATE_PUBLISHED=1 cargo test --test published`, then review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn compare(relative: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UPDATE_PUBLISHED").is_some() {
        std::fs::write(&path, generated).expect("write");
        return;
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == generated,
        "{relative} is out of date: run UPDATE_PUBLISHED=1 cargo test --test published"
    );
}

#[test]
fn the_published_profile_schema_is_the_generated_one() {
    let schema = serde_json::to_string_pretty(&dingdian::facts::schema::profile_schema())
        .expect("schema JSON")
        + "\n";
    compare("schema/dingdian-profile-1.schema.json", &schema);
}

#[test]
fn the_published_saved_file_schema_is_the_generated_one() {
    let schema = serde_json::to_string_pretty(&dingdian::facts::schema::saved_schema())
        .expect("schema JSON")
        + "\n";
    compare("schema/dingdian-selfcheck-1.schema.json", &schema);
}

#[test]
fn the_shipped_typescript_declarations_are_the_generated_ones() {
    let types = dingdian::facts::schema::profile_typescript()
        + "\n"
        + include_str!("../types/api.d.ts.part");
    compare("types/dingdian.d.ts", &types);
}
