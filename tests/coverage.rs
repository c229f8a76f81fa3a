//! The coverage table: every row of the rules map's tables is accounted for,
//! by the rules and consequences of the catalog that encode it or by a
//! one-line reason why none does (rules map = `tests/coverage/rules-map.md`,
//! a copy of `../shared/reference/rules-map.md`).
//!
//! - `tests/coverage/tables.tsv` says for each table of the map whether its
//!   rows are checked one by one (`table`), why not (`skip`), or names a run
//!   of items written as prose that is mapped like a table (`list`).
//! - `tests/coverage/mapping.tsv` maps each row, per document, to rule and
//!   consequence ids, the questions its facts turn on, and a reason where no
//!   rule covers it (`待补：…` marks a gap the catalog should fill).
//!
//! The test parses the map, so that a row or table added in a new version
//! of the map fails here until it is mapped, and writes `docs/coverage.md`
//! from the three; refresh it with `UPDATE_COVERAGE=1 cargo test --test coverage`.
#![cfg(all(not(target_arch = "wasm32"), feature = "audit"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dingdian::catalog::{self, Applicant};
use dingdian::facts::questions;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The documents a mapping line may name: the five texts, Jilin split by
/// applicant as the map does (JL-H medical institutions, JL-P pharmacies),
/// and `*` for a line that speaks for every document of the row.
const DOCS: [&str; 7] = ["JS", "ZS", "GD", "JL-H", "JL-P", "NT", "*"];

/// A document the map's words name: a column header or a row key such as
/// `GD/ZS`. `JL` alone (a column for 医药机构) is met by JL-H or JL-P.
fn docs_named(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let code = ["JL-H", "JL-P", "JS", "GD", "ZS", "NT", "JL"]
            .into_iter()
            .find(|code| rest.starts_with(code));
        match code {
            Some(code) => {
                if !found.contains(&code) {
                    found.push(code);
                }
                rest = &rest[code.len()..];
            }
            None => {
                let next = rest.chars().next().map_or(1, char::len_utf8);
                rest = &rest[next..];
            }
        }
    }
    found
}

fn clean(cell: &str) -> String {
    cell.replace("**", "").trim().to_string()
}

/// A cell that says the document is silent: no rule is needed for it.
fn silent(cell: &str) -> bool {
    let cell = clean(cell);
    cell.is_empty()
        || cell == "无"
        || ["—", "-", "未规定", "未列"]
            .iter()
            .any(|p| cell.starts_with(p))
}

fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner
        .replace("\\|", "\u{0}")
        .split('|')
        .map(|c| c.replace('\u{0}', "|"))
        .collect()
}

/// A row of the map: its key (the id in its first cell) and the documents
/// whose cells speak, each of which needs a mapping line.
struct Row {
    key: String,
    needs: Vec<&'static str>,
}

struct Table {
    name: String,
    heading: String,
    rows: Vec<Row>,
}

/// The section number of a heading: `3.1`, `6.3.1`, `A` (Appendix A).
fn section_of(heading: &str) -> String {
    let mut words = heading.split_whitespace();
    let first = words.next().unwrap_or("");
    let token = if first == "Appendix" {
        words.next().unwrap_or("")
    } else {
        first
    };
    token.trim_end_matches('.').to_string()
}

/// The key of a row: its first cell (the second when the first is blank),
/// an id-like first word alone (`S0 申请前等待期` → `S0`, `R-TC 告知承诺制`
/// → `R-TC`; not `NT 视频…`), the part before a colon (`（一）医疗机构：名称…`
/// → `（一）医疗机构`).
fn row_key(cells: &[String]) -> String {
    let mut key = clean(&cells[0]);
    if key.is_empty() || key == "—" {
        key = clean(&cells[1]);
    }
    if let Some((before, _)) = key.split_once('：') {
        key = before.to_string();
    }
    if let Some((word, _)) = key.split_once(' ') {
        let id_like = word.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && word.chars().any(|c| c.is_ascii_digit() || c == '-')
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        if id_like {
            key = word.to_string();
        }
    }
    key
}

/// Every table of the map, named by its section (`6.1-2`: the second table
/// of 6.1), with the rows' keys and the documents each row needs.
fn parse_tables(map: &str) -> Vec<Table> {
    let mut raw: Vec<(String, String, Vec<&str>)> = Vec::new();
    let (mut section, mut heading) = (String::new(), String::new());
    let mut in_table = false;
    for line in map.lines() {
        if line.starts_with('#') {
            heading = line.trim_start_matches('#').trim().to_string();
            section = section_of(&heading);
        }
        if line.starts_with('|') {
            if !in_table {
                raw.push((section.clone(), heading.clone(), Vec::new()));
            }
            raw.last_mut().expect("a table").2.push(line);
            in_table = true;
        } else {
            in_table = false;
        }
    }
    let mut per_section: BTreeMap<String, usize> = BTreeMap::new();
    for (section, _, _) in &raw {
        *per_section.entry(section.clone()).or_default() += 1;
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    raw.into_iter()
        .map(|(section, heading, lines)| {
            let n = seen.entry(section.clone()).or_default();
            *n += 1;
            let name = if per_section[&section] == 1 {
                section.clone()
            } else {
                format!("{section}-{n}")
            };
            let header: Vec<String> = cells(lines[0]).iter().map(|c| clean(c)).collect();
            let body: Vec<Vec<String>> = lines[2..].iter().map(|l| cells(l)).collect();
            for row in &body {
                assert_eq!(
                    row.len(),
                    header.len(),
                    "table {name}: a row with {} cells under {} headers: {row:?}",
                    row.len(),
                    header.len()
                );
            }
            let keys: Vec<String> = body.iter().map(|r| row_key(r)).collect();
            let rows = body
                .iter()
                .zip(&keys)
                .map(|(cells, key)| {
                    let key = if keys.iter().filter(|k| *k == key).count() > 1 {
                        format!("{key} {}", clean(&cells[1]))
                    } else {
                        key.clone()
                    };
                    let mut needs: Vec<&'static str> = Vec::new();
                    let has_columns = header.iter().skip(1).any(|h| !docs_named(h).is_empty());
                    if has_columns {
                        for (header, cell) in header.iter().zip(cells).skip(1) {
                            if !silent(cell) {
                                needs.extend(docs_named(header));
                            }
                        }
                    } else {
                        needs.extend(docs_named(&key));
                    }
                    needs.sort_unstable();
                    needs.dedup();
                    Row { key, needs }
                })
                .collect::<Vec<_>>();
            let mut keys = BTreeSet::new();
            for row in &rows {
                assert!(keys.insert(&row.key), "table {name}: two rows {}", row.key);
            }
            Table {
                name,
                heading,
                rows,
            }
        })
        .collect()
}

/// What `tables.tsv` says of a table.
enum Kind {
    /// Rows mapped one by one.
    Table,
    /// Not mapped row by row, for the reason given.
    Skip(String),
    /// Items written as prose under the section, found by the marker.
    List(String),
}

fn parse_kinds(text: &str) -> Vec<(String, Kind)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "tables.tsv: three fields: {line}");
            let kind = match fields[1] {
                "table" => Kind::Table,
                "skip" => Kind::Skip(fields[2].to_string()),
                "list" => Kind::List(fields[2].to_string()),
                other => panic!("tables.tsv: unknown kind {other}: {line}"),
            };
            (fields[0].to_string(), kind)
        })
        .collect()
}

/// One line of `mapping.tsv`.
struct Line {
    number: usize,
    table: String,
    row: String,
    doc: String,
    rules: Vec<String>,
    questions: Vec<String>,
    reason: String,
}

impl Line {
    fn gap(&self) -> bool {
        self.reason.starts_with("待补")
    }
}

fn list(field: &str) -> Vec<String> {
    if field.trim() == "—" || field.trim().is_empty() {
        return Vec::new();
    }
    field
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn parse_mapping(text: &str) -> Vec<Line> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() == 6,
                "mapping.tsv:{}: six tab-separated fields, found {}: {line}",
                i + 1,
                fields.len()
            );
            Line {
                number: i + 1,
                table: fields[0].to_string(),
                row: fields[1].to_string(),
                doc: fields[2].to_string(),
                rules: list(fields[3]),
                questions: list(fields[4]),
                reason: fields[5].trim().to_string(),
            }
        })
        .collect()
}

/// The items a prose line names: `（一）「` or `1「`.
fn items_in(line: &str) -> Vec<String> {
    let mut items = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '「' || i == 0 {
            continue;
        }
        if chars[i - 1] == '）' {
            let open = chars[..i - 1].iter().rposition(|c| *c == '（');
            if let Some(open) = open {
                let inner: String = chars[open + 1..i - 1].iter().collect();
                if !inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十".contains(c))
                {
                    items.push(format!("（{inner}）"));
                }
            }
        } else if chars[i - 1].is_ascii_digit() {
            let start = chars[..i]
                .iter()
                .rposition(|c| !c.is_ascii_digit())
                .map_or(0, |p| p + 1);
            items.push(chars[start..i].iter().collect());
        }
    }
    items
}

/// The lines of the map under the heading of `section`, up to the next
/// heading of the same or a higher level.
fn section_text<'a>(map: &'a str, section: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut level = None;
    for line in map.lines() {
        if line.starts_with('#') {
            let hashes = line.chars().take_while(|c| *c == '#').count();
            let heading = line.trim_start_matches('#').trim();
            match level {
                Some(l) if hashes <= l => break,
                None if section_of(heading) == section => {
                    level = Some(hashes);
                    continue;
                }
                _ => {}
            }
        }
        if level.is_some() {
            out.push(line);
        }
    }
    out
}

/// The §11 ids the text names (`X-14a`, `X-50`).
fn ambiguity_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("X-") {
        rest = &rest[at + 2..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let after = &rest[digits.len()..];
        let mut id = format!("X-{digits}");
        let mut letters = after.chars();
        if let Some(letter) = letters.next().filter(char::is_ascii_lowercase) {
            if !letters.next().is_some_and(|c| c.is_ascii_alphabetic()) {
                id.push(letter);
            }
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

fn md(text: &str) -> String {
    text.replace('|', "\\|")
}

fn code_list(ids: &[String]) -> String {
    if ids.is_empty() {
        "—".to_string()
    } else {
        ids.iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join("<br>")
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Covered,
    Partial,
    Gap,
    NotNeeded,
}

fn status(lines: &[&Line]) -> Status {
    let covered = lines.iter().any(|l| !l.rules.is_empty());
    let gap = lines.iter().any(|l| l.gap());
    match (covered, gap) {
        (true, false) => Status::Covered,
        (true, true) => Status::Partial,
        (false, true) => Status::Gap,
        (false, false) => Status::NotNeeded,
    }
}

struct Checked {
    tables: Vec<Table>,
    kinds: Vec<(String, Kind)>,
    lines: Vec<Line>,
    /// The rows of each mapped table and list, in map (or mapping) order.
    rows: BTreeMap<String, Vec<String>>,
    ambiguities: Vec<String>,
}

/// Reads the three files and checks them against each other and the
/// catalog; every problem found is returned, not only the first.
fn check() -> (Checked, Vec<String>) {
    let (checked, mut errors) = check_texts(
        &read("tests/coverage/rules-map.md"),
        &read("tests/coverage/tables.tsv"),
        &read("tests/coverage/mapping.tsv"),
    );
    errors.extend(undefined_ambiguities(&checked.ambiguities, &readings()));
    (checked, errors)
}

/// §11: every id a reading or note names is one the map defines.
fn undefined_ambiguities(defined: &[String], readings: &[(&str, &str)]) -> Vec<String> {
    let mut errors = Vec::new();
    for (id, text) in readings {
        for x in ambiguity_ids(text) {
            if !defined.contains(&x) {
                errors.push(format!(
                    "{id} names {x}, which §11 of the map does not define"
                ));
            }
        }
    }
    errors
}

/// [`check`] on the texts of the map, `tables.tsv` and `mapping.tsv`.
fn check_texts(map: &str, kinds: &str, mapping: &str) -> (Checked, Vec<String>) {
    let tables = parse_tables(map);
    let kinds = parse_kinds(kinds);
    let lines = parse_mapping(mapping);
    let mut errors = Vec::new();

    let kind_of: BTreeMap<&str, &Kind> = kinds.iter().map(|(n, k)| (n.as_str(), k)).collect();
    for table in &tables {
        if !kind_of.contains_key(table.name.as_str()) {
            errors.push(format!(
                "table {} ({}) is not in tables.tsv: say `table`, or `skip` with a reason",
                table.name, table.heading
            ));
        }
    }
    let mut rows: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut needs: BTreeMap<(String, String), Vec<&'static str>> = BTreeMap::new();
    for (name, kind) in &kinds {
        let table = tables.iter().find(|t| &t.name == name);
        match (kind, table) {
            (Kind::Table, Some(table)) => {
                rows.insert(
                    name.clone(),
                    table.rows.iter().map(|r| r.key.clone()).collect(),
                );
                for row in &table.rows {
                    needs.insert((name.clone(), row.key.clone()), row.needs.clone());
                }
            }
            (Kind::Skip(reason), Some(_)) => {
                if reason.trim().is_empty() {
                    errors.push(format!("tables.tsv: {name} is skipped without a reason"));
                }
            }
            (Kind::List(marker), None) => {
                let section = name.split_whitespace().next().unwrap_or("");
                let text = section_text(map, section);
                let Some(line) = text.iter().find(|l| l.contains(marker.as_str())) else {
                    errors.push(format!(
                        "tables.tsv: list {name}: no line of section {section} contains {marker}"
                    ));
                    continue;
                };
                let declared: Vec<String> = lines
                    .iter()
                    .filter(|l| &l.table == name)
                    .map(|l| l.row.clone())
                    .fold(Vec::new(), |mut acc, row| {
                        if !acc.contains(&row) {
                            acc.push(row);
                        }
                        acc
                    });
                for item in items_in(line) {
                    if !declared.contains(&item) {
                        errors.push(format!("list {name}: item {item} of the map is not mapped"));
                    }
                }
                rows.insert(name.clone(), declared);
            }
            (Kind::List(_), Some(_)) => errors.push(format!(
                "tables.tsv: {name} is a table of the map, not a list"
            )),
            (_, None) => errors.push(format!("tables.tsv: {name} is not a table of the map")),
        }
    }

    // Each line: a known row and document, existing ids, a reason when uncovered.
    let rule_ids: BTreeMap<&str, &catalog::Rule> = catalog::rules().map(|r| (r.id, r)).collect();
    let consequence_ids: BTreeMap<&str, &catalog::risk::Consequence> =
        catalog::consequences().map(|c| (c.id, c)).collect();
    let mut seen = BTreeSet::new();
    for line in &lines {
        let at = format!(
            "mapping.tsv:{} ({} {} {})",
            line.number, line.table, line.row, line.doc
        );
        if !rows.get(&line.table).is_some_and(|r| r.contains(&line.row)) {
            errors.push(format!("{at}: no such row in a mapped table of the map"));
        }
        if !DOCS.contains(&line.doc.as_str()) {
            errors.push(format!("{at}: document must be one of {DOCS:?}"));
        }
        if !seen.insert((&line.table, &line.row, &line.doc)) {
            errors.push(format!("{at}: a second line for the same row and document"));
        }
        if line.rules.is_empty() && line.reason.is_empty() {
            errors.push(format!("{at}: no rule and no reason"));
        }
        if line.reason.contains('\t') || line.reason.chars().count() > 200 {
            errors.push(format!(
                "{at}: the reason is one line, at most 200 characters"
            ));
        }
        for id in &line.rules {
            let document = if let Some(rule) = rule_ids.get(id.as_str()) {
                let applicant_ok = match line.doc.as_str() {
                    "JL-H" => rule.applicant == Applicant::MedicalInstitution,
                    "JL-P" => rule.applicant == Applicant::RetailPharmacy,
                    _ => true,
                };
                if !applicant_ok {
                    errors.push(format!("{at}: {id} is for another kind of applicant"));
                }
                // The facts a covering rule turns on are questions the
                // questionnaire can ask.
                for question in rule.asks {
                    if questions::by_id(question.id).is_none() {
                        errors.push(format!(
                            "{at}: {id} reads {}, which no question asks",
                            question.id
                        ));
                    }
                }
                rule.document.code()
            } else if let Some(consequence) = consequence_ids.get(id.as_str()) {
                consequence.document.code()
            } else {
                errors.push(format!("{at}: no rule or consequence {id} in the catalog"));
                continue;
            };
            let expected_ok = match line.doc.as_str() {
                "JL-H" | "JL-P" => document == "JL",
                // Zhongshan decides under Guangdong's measures; the draft's
                // own rules are only where its words differ.
                "ZS" => document == "ZS" || document == "GD",
                "*" => true,
                other => document == other,
            };
            if !expected_ok {
                errors.push(format!("{at}: {id} is a {document} rule"));
            }
        }
        for id in &line.questions {
            if questions::by_id(id).is_none() {
                errors.push(format!("{at}: no question {id}"));
            }
        }
    }

    // Each row of a mapped table has a line for every document that speaks.
    for ((table, row), docs) in &needs {
        let mapped: Vec<&str> = lines
            .iter()
            .filter(|l| &l.table == table && &l.row == row)
            .map(|l| l.doc.as_str())
            .collect();
        if mapped.is_empty() {
            errors.push(format!(
                "{table} {row}: not mapped (documents that speak: {docs:?})"
            ));
            continue;
        }
        if mapped.contains(&"*") {
            continue;
        }
        for doc in docs {
            let met = match *doc {
                "JL" => mapped.iter().any(|d| d.starts_with("JL")),
                doc => mapped.contains(&doc),
            };
            if !met {
                errors.push(format!("{table} {row}: no line for {doc}"));
            }
        }
    }

    let ambiguities: Vec<String> = section_text(map, "11")
        .iter()
        .filter_map(|l| l.strip_prefix("- **"))
        .filter_map(|l| l.split_whitespace().next())
        .map(|id| id.to_string())
        .collect();
    (
        Checked {
            tables,
            kinds,
            lines,
            rows,
            ambiguities,
        },
        errors,
    )
}

/// The readings of the rules and the notes of the consequences, by id.
fn readings() -> Vec<(&'static str, &'static str)> {
    catalog::rules()
        .filter_map(|r| r.reading.map(|t| (r.id, t)))
        .chain(catalog::consequences().filter_map(|c| c.note.map(|t| (c.id, t))))
        .collect()
}

fn render(checked: &Checked) -> String {
    let Checked {
        tables,
        kinds,
        lines,
        rows,
        ambiguities,
    } = checked;
    let lines_of = |table: &str, row: &str| -> Vec<&Line> {
        lines
            .iter()
            .filter(|l| l.table == table && l.row == row)
            .collect()
    };
    let total_rows: usize = tables.iter().map(|t| t.rows.len()).sum();
    let skipped_rows: usize = tables
        .iter()
        .filter(|t| {
            kinds
                .iter()
                .any(|(n, k)| n == &t.name && matches!(k, Kind::Skip(_)))
        })
        .map(|t| t.rows.len())
        .sum();
    let skipped_tables = kinds
        .iter()
        .filter(|(_, k)| matches!(k, Kind::Skip(_)))
        .count();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut mapped_rows = 0;
    for (table, keys) in rows {
        for key in keys {
            mapped_rows += 1;
            let label = match status(&lines_of(table, key)) {
                Status::Covered => "covered",
                Status::Partial => "partial",
                Status::Gap => "gap",
                Status::NotNeeded => "not_needed",
            };
            *counts.entry(label).or_default() += 1;
        }
    }
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let checkable = count("covered") + count("partial") + count("gap");
    let list_rows: usize = kinds
        .iter()
        .filter(|(_, k)| matches!(k, Kind::List(_)))
        .map(|(n, _)| rows.get(n).map_or(0, Vec::len))
        .sum();

    let mut out = String::new();
    out.push_str("# 规则映射覆盖表\n\n");
    out.push_str(
        "本文件由 `cargo test --test coverage` 生成，请勿手改：映射写在 `tests/coverage/mapping.tsv`，\
         各表是否逐行映射写在 `tests/coverage/tables.tsv`，所对照的规则映射是 `tests/coverage/rules-map.md`\
         （`../shared/reference/rules-map.md` 的副本，两者不同时测试失败）。改完映射后运行 \
         `UPDATE_COVERAGE=1 cargo test --test coverage` 刷新本文件。\n\n",
    );
    out.push_str(
        "每行按文件列出覆盖它的规则（`js.a6.i1…`）或违约后果（`nt.a64.t64b`）。中山征求意见稿未生效，\
         中山机构按广东规则判断：草案与广东同文之处由广东规则覆盖，草案不同之处另有 `zs.` 规则。\
         「未覆盖的理由」以「待补」开头的是应有规则或问题而尚无的缺口；其余说明为何该行不需要规则。\
         「相关问题」列出缺口所涉事实已有的问题（规则已覆盖的行，其问题见规则本身）。\n\n",
    );
    out.push_str("## 概况\n\n| 项 | 行数 |\n|---|---|\n");
    let _ = writeln!(out, "| 规则映射各表的行 | {total_rows} |");
    let _ = writeln!(
        out,
        "| 　逐行映射的表中的行 | {} |",
        total_rows - skipped_rows
    );
    let _ = writeln!(
        out,
        "| 　不逐行映射的表中的行（{skipped_tables} 张表，理由见文末） | {skipped_rows} |"
    );
    let _ = writeln!(out, "| 正文中逐条映射的条目（不在表格中） | {list_rows} |");
    let _ = writeln!(out, "| 逐行映射的行合计 | {mapped_rows} |");
    let _ = writeln!(out, "| 其中可自查的行 | {checkable} |");
    let _ = writeln!(out, "| 　已覆盖 | {} |", count("covered"));
    let _ = writeln!(
        out,
        "| 　部分覆盖（已有规则，另有待补） | {} |",
        count("partial")
    );
    let _ = writeln!(out, "| 　未覆盖（待补） | {} |", count("gap"));
    let _ = writeln!(
        out,
        "| 其中不需规则的行（附理由） | {} |",
        count("not_needed")
    );

    out.push_str("\n按文件（一行映射对一个文件；一行可有多个文件）：\n\n| 文件 | 映射 | 有规则 | 待补 | 不需规则 |\n|---|---|---|---|---|\n");
    for doc in DOCS {
        let of_doc: Vec<&Line> = lines.iter().filter(|l| l.doc == doc).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            if doc == "*" { "各文件" } else { doc },
            of_doc.len(),
            of_doc.iter().filter(|l| !l.rules.is_empty()).count(),
            of_doc.iter().filter(|l| l.gap()).count(),
            of_doc
                .iter()
                .filter(|l| l.rules.is_empty() && !l.gap())
                .count()
        );
    }

    out.push_str("\n## 待补\n\n| 规则映射行 | 文件 | 已有的规则 | 待补 | 相关问题 |\n|---|---|---|---|---|\n");
    for (name, _) in kinds {
        for key in rows.get(name).into_iter().flatten() {
            for line in lines_of(name, key).into_iter().filter(|l| l.gap()) {
                let _ = writeln!(
                    out,
                    "| {} {} | {} | {} | {} | {} |",
                    name,
                    md(key),
                    line.doc,
                    code_list(&line.rules),
                    md(&line.reason),
                    code_list(&line.questions)
                );
            }
        }
    }

    out.push_str("\n## 逐行映射\n");
    for (name, kind) in kinds {
        let heading = match kind {
            Kind::Table => tables
                .iter()
                .find(|t| &t.name == name)
                .map(|t| t.heading.clone())
                .unwrap_or_default(),
            Kind::List(_) => format!("{name}（正文中的条目）"),
            Kind::Skip(_) => continue,
        };
        let title =
            if matches!(kind, Kind::Table) && heading.split_whitespace().next() != Some(name) {
                format!("{name}：{heading}")
            } else {
                heading
            };
        let _ = write!(
            out,
            "\n### {}\n\n| 规则映射行 | 文件 | 覆盖的规则 | 未覆盖的理由 | 相关问题 |\n|---|---|---|---|---|\n",
            md(&title)
        );
        for key in rows.get(name).into_iter().flatten() {
            for line in lines_of(name, key) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    md(key),
                    if line.doc == "*" {
                        "各文件"
                    } else {
                        &line.doc
                    },
                    code_list(&line.rules),
                    if line.reason.is_empty() {
                        "—".to_string()
                    } else {
                        md(&line.reason)
                    },
                    code_list(&line.questions)
                );
            }
        }
    }

    out.push_str("\n## 不逐行映射的表\n\n| 表 | 理由 |\n|---|---|\n");
    for (name, kind) in kinds {
        if let Kind::Skip(reason) = kind {
            let heading = tables
                .iter()
                .find(|t| &t.name == name)
                .map_or(String::new(), |t| t.heading.clone());
            let _ = writeln!(out, "| {} | {} |", md(&heading), md(reason));
        }
    }

    out.push_str(
        "\n## 第 11 节的歧义：写明所取读法的规则\n\n\
         规则的「读法」（`reading`）与违约后果的「说明」（`note`）中注明的编号。\
         没有规则注明的编号，其读法或在 `src/` 的注释与问题说明中，或尚未实现。\n\n\
         | 编号 | 规则与违约后果 |\n|---|---|\n",
    );
    let texts = readings();
    let mut sorted: Vec<&String> = ambiguities.iter().collect();
    sorted.sort_by_key(|x| {
        let digits: String = x[2..].chars().take_while(char::is_ascii_digit).collect();
        (digits.parse::<u32>().unwrap_or(0), x.len(), x.to_string())
    });
    for x in sorted {
        let ids: Vec<String> = texts
            .iter()
            .filter(|(_, text)| ambiguity_ids(text).contains(x))
            .map(|(id, _)| id.to_string())
            .collect();
        let _ = writeln!(out, "| {x} | {} |", code_list(&ids));
    }
    out
}

#[test]
fn every_row_of_the_rules_map_is_covered_or_says_why_not() {
    let (checked, errors) = check();
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
    let path: PathBuf = root().join("docs/coverage.md");
    let generated = render(&checked);
    if std::env::var_os("UPDATE_COVERAGE").is_some() {
        std::fs::create_dir_all(root().join("docs")).expect("docs/");
        std::fs::write(&path, &generated).expect("write docs/coverage.md");
        return;
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == generated,
        "docs/coverage.md is out of date: run UPDATE_COVERAGE=1 cargo test --test coverage"
    );
}

#[test]
fn the_copy_of_the_rules_map_is_the_shared_one_when_that_is_at_hand() {
    let shared = root().join("../shared/reference/rules-map.md");
    let Ok(shared) = std::fs::read_to_string(shared) else {
        return;
    };
    assert!(
        shared == read("tests/coverage/rules-map.md"),
        "tests/coverage/rules-map.md differs from ../shared/reference/rules-map.md: copy the new map, then map its new rows"
    );
}

#[test]
fn the_parser_finds_keys_documents_and_items_as_the_map_writes_them() {
    let map = "## 3. X\n### 3.1 T\n\n| ID | 项目 | JS 第六条 | GD 第六条 / ZS 第六条 | JL 第十四条 |\n|---|---|---|---|---|\n\
               | C1 | a | （一）「x」 | — | 未规定 |\n| **S0 申请前等待期** | b | — | 同 | （二） |\n\
               ### 3.2 U\n| 辖区 | 条款 |\n|---|---|\n| NT | 第十二条 |\n| NT | 第十条 |\n| GD/ZS | 第七条 |\n";
    let tables = parse_tables(map);
    assert_eq!(tables.len(), 2);
    let t = &tables[0];
    assert_eq!(t.name, "3.1");
    assert_eq!(t.rows[0].key, "C1");
    assert_eq!(t.rows[0].needs, vec!["JS"]);
    assert_eq!(t.rows[1].key, "S0");
    assert_eq!(t.rows[1].needs, vec!["GD", "JL", "ZS"]);
    let u = &tables[1];
    assert_eq!(u.rows[0].key, "NT 第十二条");
    assert_eq!(u.rows[1].key, "NT 第十条");
    assert_eq!(u.rows[2].needs, vec!["GD", "ZS"]);
    assert_eq!(
        items_in("（一）「a」（十二）「b」；1「c」12「d」第十条「e」"),
        vec!["（一）", "（十二）", "1", "12"]
    );
    assert_eq!(
        ambiguity_ids("见 §11 X-14a、X-50(d)，X-8。X-2b X-3ab"),
        vec!["X-14a", "X-50", "X-8", "X-2b", "X-3"]
    );
    assert!(silent(" — ") && silent("未规定（第十四条）") && !silent("同 GD"));
}

/// A small map, its tables file and a mapping that passes; each test below
/// breaks one thing and expects the check to name it.
const MAP: &str = "## 3. X\n### 3.1 T\n\n\
    | ID | 项目 | JS 第六条 | GD 第六条 / ZS 第六条 | JL 第十四条 |\n|---|---|---|---|---|\n\
    | C1 | a | （一）「x」 | （一）「x」 | — |\n| C2 | b | — | — | （二） |\n\
    ### 3.2 U\n| 项 | 说明 |\n|---|---|\n| 甲 | 无 |\n\
    ## 10. Y\n### 10.4 L\n**零售药店（16 项）**：（一）「a」（二）「b」\n\
    ## 11. Z\n- **X-1 问题**。说明\n";
const KINDS: &str =
    "# 注释\n3.1\ttable\t—\n3.2\tskip\t约定\n10.4 零售药店\tlist\t**零售药店（16 项）**\n";
const MAPPING: &str = "# 注释\n\
    3.1\tC1\tJS\tjs.a6.i1.operating-3-months\t—\t\n\
    3.1\tC1\tGD\tgd.a6.i1.operating-3-months\t—\t\n\
    3.1\tC1\tZS\tgd.a6.i1.operating-3-months\t—\t\n\
    3.1\tC2\tJL-H\t—\tinstitution.kind\t待补：示例\n\
    10.4 零售药店\t（一）\tJL-P\tjl.a47.i1.pharmacy-repeated-suspension\t—\t\n\
    10.4 零售药店\t（二）\tJL-P\tjl.a47.pharmacy-termination\t—\t\n";

fn problems(map: &str, kinds: &str, mapping: &str) -> Vec<String> {
    check_texts(map, kinds, mapping).1
}

#[test]
fn a_complete_mapping_passes_and_each_kind_of_hole_is_named() {
    assert_eq!(problems(MAP, KINDS, MAPPING), Vec::<String>::new());
    let without = |needle: &str| -> String {
        MAPPING
            .lines()
            .filter(|l| !l.contains(needle))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let one = |errors: Vec<String>, expected: &str| {
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "expected a problem with {expected:?}, got {errors:?}"
        );
    };
    // A document whose cell speaks needs its own line; a silent one none.
    one(
        problems(MAP, KINDS, &without("3.1\tC1\tZS")),
        "3.1 C1: no line for ZS",
    );
    one(
        problems(MAP, KINDS, &without("3.1\tC2")),
        "3.1 C2: not mapped",
    );
    // An item of a prose list the marker's line names.
    one(
        problems(MAP, KINDS, &without("（二）")),
        "item （二） of the map is not mapped",
    );
    // A table of the map that tables.tsv does not mention.
    one(
        problems(
            MAP,
            "3.1\ttable\t—\n10.4 零售药店\tlist\t**零售药店（16 项）**\n",
            MAPPING,
        ),
        "table 3.2",
    );
    // A row the map does not have, an unknown id, a rule of another
    // document or applicant, an unknown question, no rule and no reason.
    let add = |line: &str| format!("{MAPPING}{line}\n");
    one(
        problems(MAP, KINDS, &add("3.1\tC9\tJS\t—\t—\t理由")),
        "no such row",
    );
    one(
        problems(MAP, KINDS, &add("3.1\tC2\tJS\tjs.a6.no-such-rule\t—\t")),
        "no rule or consequence js.a6.no-such-rule",
    );
    one(
        problems(
            MAP,
            KINDS,
            &add("3.1\tC2\tGD\tjs.a6.i1.operating-3-months\t—\t"),
        ),
        "is a JS rule",
    );
    one(
        problems(
            MAP,
            KINDS,
            &add("3.1\tC2\tJL-P\tjl.a14.i1.operating-3-months\t—\t"),
        ),
        "another kind of applicant",
    );
    one(
        problems(MAP, KINDS, &add("3.1\tC2\tJS\t—\tno.such.question\t理由")),
        "no question no.such.question",
    );
    one(
        problems(MAP, KINDS, &add("3.1\tC2\tJS\t—\t—\t")),
        "no rule and no reason",
    );
    one(
        problems(MAP, KINDS, &add("3.1\tC1\tJS\t—\t—\t重复")),
        "a second line",
    );
    // Zhongshan lines may name Guangdong rules (the complete mapping does),
    // not Jiangsu ones.
    one(
        problems(
            MAP,
            KINDS,
            &MAPPING.replace("3.1\tC1\tZS\tgd.", "3.1\tC1\tZS\tjs."),
        ),
        "is a JS rule",
    );
}

#[test]
fn the_gaps_and_counts_are_rendered_from_the_mapping() {
    let (checked, errors) = check_texts(MAP, KINDS, MAPPING);
    assert!(errors.is_empty(), "{errors:?}");
    let page = render(&checked);
    assert!(page.contains("| 　已覆盖 | 3 |"), "{page}");
    assert!(page.contains("| 　未覆盖（待补） | 1 |"), "{page}");
    assert!(
        page.contains("| 3.1 C2 | JL-H | — | 待补：示例 | `institution.kind` |"),
        "{page}"
    );
    assert!(page.contains("| X-1 |"), "{page}");
    assert_eq!(checked.ambiguities, vec!["X-1"]);
    assert_eq!(
        undefined_ambiguities(&checked.ambiguities, &[("a", "见 X-1"), ("b", "见 X-2")]),
        vec!["b names X-2, which §11 of the map does not define"]
    );
}
