//! docs/ stays true: the pages on the rules of each document, the readings
//! and the profile's fields are the ones the catalog generates. Refresh them
//! with `UPDATE_DOCS=1 cargo test --test docs` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use dingdian::sources::DocumentId;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every generated page: its path and its content.
fn pages() -> Vec<(PathBuf, String)> {
    let mut pages = vec![
        (
            root().join("docs/readings.md"),
            dingdian::cli::readings_markdown(),
        ),
        (
            root().join("docs/profile.md"),
            format!(
                "# 机构信息格式（`dingdian-profile/1`）的字段\n\n<!-- 由 `UPDATE_DOCS=1 cargo test --test docs` 从问题清单生成，请勿手改。 -->\n\n除 `jurisdiction` 外每一项都可以不填：不填的项使相关结论为“需补充信息”。\n\n{}",
                dingdian::cli::profile_fields_markdown()
            ),
        ),
    ];
    let mut index = String::from(
        "# 规则目录\n\n<!-- 由 `UPDATE_DOCS=1 cargo test --test docs` 从规则目录生成，请勿手改。 -->\n\n每份文件一页：规则（编号、条款、分组、所依据的读法）和违约后果（逐步的措施与条件）。\n\n",
    );
    for doc in DocumentId::ALL {
        let name = format!("{}.md", doc.code().to_lowercase());
        index.push_str(&format!(
            "- [{}（{}）]({name})：{}\n",
            doc.document().short_name,
            doc.code(),
            doc.document().title
        ));
        pages.push((
            root().join("docs/rules").join(&name),
            dingdian::cli::document_markdown(doc),
        ));
    }
    pages.push((root().join("docs/rules/README.md"), index));
    pages
}

#[test]
fn the_docs_are_what_the_catalog_generates() {
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (path, content) in pages() {
        if update {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).expect("docs dir");
            }
            std::fs::write(&path, &content).expect("write page");
            continue;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(content.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (run UPDATE_DOCS=1 cargo test --test docs): {stale:?}"
    );
}

#[test]
fn every_reading_a_page_links_to_is_on_the_readings_page() {
    let readings = dingdian::cli::readings_markdown();
    for doc in DocumentId::ALL {
        let page = dingdian::cli::document_markdown(doc);
        for link in page.split("../readings.md#").skip(1) {
            let name: String = link.chars().take_while(|c| *c != ')').collect();
            assert!(
                readings.contains(&format!("<a id=\"{name}\"></a>")),
                "{name}"
            );
        }
    }
}
