//! README.md stays true: it opens with the two set-up commands, CI runs its
//! test command, and its rule list and field table are the ones the catalog
//! generates. Refresh the generated parts with
//! `UPDATE_README=1 cargo test --test readme`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn replace_block(text: &str, name: &str, content: &str) -> String {
    let start = format!("<!-- generated:{name} -->");
    let end = format!("<!-- /generated:{name} -->");
    let (before, rest) = text.split_once(&start).expect("start marker");
    let (_, after) = rest.split_once(&end).expect("end marker");
    format!("{before}{start}\n{}\n{end}{after}", content.trim_end())
}

#[test]
fn the_readme_lists_what_the_catalog_generates() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let mut expected = replace_block(&readme, "rules", &dingdian::cli::rules_markdown(None));
    expected = replace_block(
        &expected,
        "fields",
        &dingdian::cli::profile_fields_markdown(),
    );
    expected = replace_block(
        &expected,
        "consequences",
        &dingdian::cli::consequences_markdown(),
    );
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(&path, &expected).expect("write README.md");
        return;
    }
    assert!(
        readme == expected,
        "README.md's generated sections are out of date: run UPDATE_README=1 cargo test --test readme"
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
