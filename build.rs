//! Packs the five source texts (src/sources/text/) for the wasm module:
//! each character becomes its rank in one alphabet shared by the texts,
//! ordered by frequency, written in one byte (the 192 most frequent) or two.
//! The Chinese texts take about 40 % of their UTF-8 size this way and
//! compress better in transfer; `src/sources/packed.rs` reads them back.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The files of src/sources/text/, in the order of `DocumentId::ALL`.
const TEXTS: [&str; 5] = ["js", "zs", "gd", "jl", "nt"];
/// Ranks below this take one byte; the others two.
const ONE_BYTE: usize = 192;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let texts: Vec<String> = TEXTS
        .iter()
        .map(|name| {
            let path = format!("src/sources/text/{name}.txt");
            println!("cargo:rerun-if-changed={path}");
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect();
    println!("cargo:rerun-if-changed=build.rs");
    catalog_source_hash();

    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    for c in texts.iter().flat_map(|t| t.chars()) {
        *counts.entry(c).or_default() += 1;
    }
    let mut alphabet: Vec<(char, usize)> = counts.into_iter().collect();
    alphabet.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert!(
        alphabet.len() <= ONE_BYTE + (256 - ONE_BYTE) * 256,
        "too many distinct characters to pack"
    );
    let rank: BTreeMap<char, usize> = alphabet
        .iter()
        .enumerate()
        .map(|(i, &(c, _))| (c, i))
        .collect();
    let letters: String = alphabet.iter().map(|&(c, _)| c).collect();
    std::fs::write(out.join("alphabet.txt"), letters).expect("write alphabet");

    for (name, text) in TEXTS.iter().zip(&texts) {
        let mut packed = Vec::with_capacity(text.len());
        for c in text.chars() {
            let r = rank[&c];
            if r < ONE_BYTE {
                packed.push(r as u8);
            } else {
                let rest = r - ONE_BYTE;
                packed.push((ONE_BYTE + rest / 256) as u8);
                packed.push((rest % 256) as u8);
            }
        }
        std::fs::write(out.join(format!("{name}.bin")), packed).expect("write packed text");
    }
}

/// A fingerprint of the rules' source (src/catalog/ and the questions of
/// src/facts/, their tests left out), for `catalog::fingerprint`: checks are code, so a change of
/// any check changes every report's `rules_hash`, and the catalog's lock
/// (tests/changelog.rs) notices a change made without a new catalog version.
fn catalog_source_hash() {
    let mut files = Vec::new();
    for dir in ["src/catalog", "src/facts"] {
        collect(std::path::Path::new(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // Tests are not rules: test files, and a file's test module at its end.
        let text = match [
            "\n#[cfg(test)]\nmod tests {",
            "\n#[cfg(test)]\npub(crate) mod tests {",
        ]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()
        {
            Some(end) => text[..end].to_string(),
            None => text,
        };
        let text = text.into_bytes();
        let name = file.to_string_lossy().replace('\\', "/");
        for byte in name.bytes().chain([0x1f]).chain(text).chain([0x1e]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        println!("cargo:rerun-if-changed={}", file.display());
    }
    println!("cargo:rustc-env=DINGDIAN_CATALOG_SOURCE=fnv1a64:{hash:016x}");
}

fn collect(dir: &std::path::Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let test_file =
                name == "tests.rs" || name == "testing.rs" || name.ends_with("_tests.rs");
            if !test_file {
                files.push(path);
            }
        }
    }
}
