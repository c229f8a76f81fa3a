//! The five source documents: their identity, status and dates in force, and
//! their full text, kept as data of the project so that every quote can be
//! checked against it and every finding can show its whole article offline.
//!
//! The texts under `text/` are byte-for-byte copies of the regulations in
//! `shared/seeds/` (public documents). Nothing here interprets them: this
//! module only finds articles and normalises text for comparison and display.

mod articles;
mod numerals;
mod packed;

pub use articles::{article, articles, Article};
pub use numerals::chinese_numeral_value;

use chrono::NaiveDate;
use serde::Serialize;

/// A source document of the rules, identified by the code used throughout the
/// rules map (`JS`, `ZS`, `GD`, `JL`, `NT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum DocumentId {
    /// 江苏省医疗机构医疗保障定点管理实施细则.
    #[serde(rename = "JS")]
    Jiangsu,
    /// 中山市医疗机构医疗保障定点管理暂行办法（征求意见稿）.
    #[serde(rename = "ZS")]
    Zhongshan,
    /// 广东省医疗机构医疗保障定点管理暂行办法 (extended to 2027-06-01).
    #[serde(rename = "GD")]
    Guangdong,
    /// 吉林省医药机构医疗保障协议管理经办规程（试行）.
    #[serde(rename = "JL")]
    Jilin,
    /// 南通市基本医疗保险定点医疗机构服务协议（试行）, an agreement template.
    #[serde(rename = "NT")]
    Nantong,
}

/// Whether a document binds anyone, and from when to when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Status {
    /// In force from `from` (inclusive) until `until` (inclusive), if stated.
    InForce {
        from: NaiveDate,
        until: Option<NaiveDate>,
    },
    /// A draft for comment: its date of entry into force is blank.
    Draft,
    /// An agreement template: binds the parties once signed, undated in the seed.
    Template,
}

/// What the catalog knows of one source document.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Document {
    pub id: DocumentId,
    /// Short Chinese name used in citations, e.g. `江苏`.
    pub short_name: &'static str,
    /// Full title as printed in the seed.
    pub title: &'static str,
    /// Document number(s), where the seed states one.
    pub number: Option<&'static str>,
    pub status: Status,
    /// The article and words that give the status, quoted from the seed.
    pub status_basis: &'static str,
    /// File name of the seed this text was copied from.
    pub seed_file: &'static str,
    /// The whole text, packed (see [`Document::text`]).
    #[serde(skip)]
    pub packed: packed::Packed,
}

impl Document {
    /// The whole text, byte for byte the file under `text/` (and its seed).
    pub fn text(&self) -> String {
        self.packed.unpack()
    }
}

pub(crate) const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// Every source document, in the order of the seeds.
pub const DOCUMENTS: [Document; 5] = [
    Document {
        id: DocumentId::Jiangsu,
        short_name: "江苏",
        title: "江苏省医疗机构医疗保障定点管理实施细则",
        number: None,
        status: Status::InForce {
            from: ymd(2024, 1, 1),
            until: None,
        },
        status_basis: "第五十三条「本实施细则自2024年1月1日起施行」",
        seed_file: "000_189fa0aadf650532.txt",
        packed: packed::JS,
    },
    Document {
        id: DocumentId::Zhongshan,
        short_name: "中山（征求意见稿）",
        title: "中山市医疗机构医疗保障定点管理暂行办法（征求意见稿）",
        number: None,
        status: Status::Draft,
        status_basis: "第五十五条「自    年  月  日起施行，有效期3年」（施行日期空白，征求意见稿）",
        seed_file: "001_71d0183d1d54cbd5.txt",
        packed: packed::ZS,
    },
    Document {
        id: DocumentId::Guangdong,
        short_name: "广东",
        title: "广东省医疗机构医疗保障定点管理暂行办法",
        number: Some("粤医保规〔2021〕1号；延期：粤医保规〔2024〕4号；转发：揭医保〔2024〕21号"),
        status: Status::InForce {
            from: ymd(2021, 6, 1),
            until: Some(ymd(2027, 6, 1)),
        },
        status_basis: "第五十三条「自 2021 年 6 月 1 日起施行」；粤医保规〔2024〕4号「有效期延长至2027年6月1日」（含当日，为推定）",
        seed_file: "002_b3443c26a488e755.txt",
        packed: packed::GD,
    },
    Document {
        id: DocumentId::Jilin,
        short_name: "吉林",
        title: "吉林省医药机构医疗保障协议管理经办规程（试行）",
        number: None,
        status: Status::InForce {
            from: ymd(2026, 1, 1),
            until: None,
        },
        status_basis: "第五十六条「本规程自2026年1月1日起施行」",
        seed_file: "003_63633df1858fea9f.txt",
        packed: packed::JL,
    },
    Document {
        id: DocumentId::Nantong,
        short_name: "南通协议",
        title: "南通市基本医疗保险定点医疗机构服务协议（试行）",
        number: None,
        status: Status::Template,
        status_basis: "第八十条「甲乙双方签字盖章后生效」（协议范本，有效期空白）",
        seed_file: "004_0c0d79139095010b.txt",
        packed: packed::NT,
    },
];

impl DocumentId {
    /// All document ids, in seed order.
    pub const ALL: [DocumentId; 5] = [
        DocumentId::Jiangsu,
        DocumentId::Zhongshan,
        DocumentId::Guangdong,
        DocumentId::Jilin,
        DocumentId::Nantong,
    ];

    /// The catalog's record of this document.
    pub fn document(self) -> &'static Document {
        match self {
            DocumentId::Jiangsu => &DOCUMENTS[0],
            DocumentId::Zhongshan => &DOCUMENTS[1],
            DocumentId::Guangdong => &DOCUMENTS[2],
            DocumentId::Jilin => &DOCUMENTS[3],
            DocumentId::Nantong => &DOCUMENTS[4],
        }
    }

    /// The two-letter code of the rules map (`JS`, `GD`, ...).
    pub fn code(self) -> &'static str {
        match self {
            DocumentId::Jiangsu => "JS",
            DocumentId::Zhongshan => "ZS",
            DocumentId::Guangdong => "GD",
            DocumentId::Jilin => "JL",
            DocumentId::Nantong => "NT",
        }
    }

    /// Parses a code such as `JS` (case-insensitive).
    pub fn from_code(code: &str) -> Option<DocumentId> {
        DocumentId::ALL
            .into_iter()
            .find(|id| id.code().eq_ignore_ascii_case(code))
    }
}

impl Status {
    /// Whether the document is in force on `date`. Drafts and templates never are.
    pub fn in_force_on(self, date: NaiveDate) -> bool {
        match self {
            Status::InForce { from, until } => date >= from && until.is_none_or(|u| date <= u),
            Status::Draft | Status::Template => false,
        }
    }
}

/// Normalises text for comparing a quote with its source: drops whitespace,
/// page markers (`—9—`), Word bookmarks and list dashes, and maps the
/// half-width punctuation mixed into the Guangdong text to full width.
pub fn normalize_for_match(text: &str) -> String {
    let cleaned = articles::strip_artifacts(text);
    let mut out = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        let mapped = match c {
            '(' => '（',
            ')' => '）',
            ',' => '，',
            ';' => '；',
            ':' => '：',
            c if c.is_whitespace() => continue,
            c => c,
        };
        if mapped == '-' && matches!(out.chars().last(), Some('；') | Some('：') | None) {
            continue;
        }
        out.push(mapped);
    }
    out
}

/// Whether `quote` occurs in `text`, whitespace and the artifacts above aside.
pub fn contains_quote(text: &str, quote: &str) -> bool {
    let quote = normalize_for_match(quote);
    !quote.is_empty() && normalize_for_match(text).contains(&quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_listed_in_id_order_and_found_by_code() {
        for (index, id) in DocumentId::ALL.into_iter().enumerate() {
            assert_eq!(DOCUMENTS[index].id, id);
            assert_eq!(id.document().id, id);
            assert_eq!(DocumentId::from_code(id.code()), Some(id));
            assert_eq!(DocumentId::from_code(&id.code().to_lowercase()), Some(id));
        }
        assert_eq!(DocumentId::from_code("XX"), None);
    }

    #[test]
    fn guangdong_is_in_force_from_2021_06_01_through_2027_06_01() {
        let gd = DocumentId::Guangdong.document().status;
        assert!(!gd.in_force_on(ymd(2021, 5, 31)));
        assert!(gd.in_force_on(ymd(2021, 6, 1)));
        assert!(gd.in_force_on(ymd(2027, 6, 1)));
        assert!(!gd.in_force_on(ymd(2027, 6, 2)));
    }

    #[test]
    fn jilin_is_in_force_from_2026_01_01_and_drafts_never() {
        let jl = DocumentId::Jilin.document().status;
        assert!(!jl.in_force_on(ymd(2025, 12, 31)));
        assert!(jl.in_force_on(ymd(2026, 1, 1)));
        assert!(!DocumentId::Zhongshan
            .document()
            .status
            .in_force_on(ymd(2026, 1, 1)));
        assert!(!DocumentId::Nantong
            .document()
            .status
            .in_force_on(ymd(2026, 1, 1)));
    }

    #[test]
    fn quotes_match_across_line_breaks_and_half_width_punctuation() {
        assert!(contains_quote("提高\n\n医疗保障", "提高医疗保障"));
        assert!(contains_quote("(一) 正式运营", "（一）正式运营"));
        assert!(contains_quote("材料；- (四)与医疗", "材料；（四）与医疗"));
        assert!(contains_quote("前文\n—9—\n后文", "前文后文"));
        assert!(!contains_quote("正式运营至少3个月", "正式运营至少6个月"));
        assert!(!contains_quote("任何文字", ""));
    }

    #[test]
    fn the_kept_texts_are_the_seeds_when_the_seeds_are_at_hand() {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        if !seeds.is_dir() {
            return;
        }
        for document in DOCUMENTS {
            let seed = std::fs::read_to_string(seeds.join(document.seed_file))
                .unwrap_or_else(|e| panic!("{}: {e}", document.seed_file));
            assert_eq!(
                seed,
                document.text(),
                "{} differs from its seed: the seed is the authority",
                document.seed_file
            );
        }
    }
}
