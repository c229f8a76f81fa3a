//! The published JSON Schema of the profile format is the one the Rust
//! types generate. Refresh with `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[test]
fn the_published_profile_schema_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/dingdian-profile-1.schema.json");
    let generated = serde_json::to_string_pretty(&dingdian::facts::schema::profile_schema())
        .expect("schema JSON")
        + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
        return;
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == generated,
        "schema/dingdian-profile-1.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}
