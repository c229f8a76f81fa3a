//! Splits a source text into its articles (条), for showing a finding's whole
//! article and for checking that a quote stands in the article it cites.

use std::sync::OnceLock;

use serde::Serialize;

use super::numerals::{chinese_numeral, chinese_numeral_value};
use super::DocumentId;

/// One article of a source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The article number (6 for 第六条).
    pub number: u32,
    /// The article's label as written, e.g. `第六条`.
    pub label: String,
    /// True where the seed lost the article number and it is inferred from
    /// the order of the text (rules map §0.2, marked 【推定】).
    pub presumed: bool,
    /// The article's words, lines joined, with a line break before each
    /// listed item so that it reads as in print.
    pub text: String,
}

/// Where a seed lost an article number: the article label and the words its
/// text begins with (rules map §0.2; JL 第十条、第十一条).
const PRESUMED_STARTS: &[(DocumentId, &str, &str)] = &[
    (
        DocumentId::Jilin,
        "第十条",
        "统筹地区医疗保障行政部门根据公众健康需求",
    ),
    (DocumentId::Jilin, "第十一条", "定点服务机构实行属地管理"),
];

/// Drops what the conversion to text left behind: page markers such as
/// `—9—` on a line of their own, and Word bookmarks such as
/// `[bookmark: _GoBack]` (replaced by a line break).
pub(crate) fn strip_artifacts(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        if is_page_marker(line) {
            out.push('\n');
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find("[bookmark:") {
            out.push_str(&rest[..start]);
            out.push('\n');
            rest = match rest[start..].find(']') {
                Some(end) => &rest[start + end + 1..],
                None => "",
            };
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn is_page_marker(line: &str) -> bool {
    let inner = line.trim();
    let Some(inner) = inner.strip_prefix('—').and_then(|s| s.strip_suffix('—')) else {
        return false;
    };
    let inner = inner.trim();
    !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit())
}

/// The article number a line opens with (`第六条 …`, `第十九条（…`), if any.
fn article_heading(line: &str) -> Option<(u32, usize)> {
    let rest = line.strip_prefix('第')?;
    let end = rest.find('条')?;
    let numeral = &rest[..end];
    let number = chinese_numeral_value(numeral)?;
    let after = &rest[end + '条'.len_utf8()..];
    let next = after.chars().next()?;
    if next.is_whitespace() || next == '（' {
        Some((number, '第'.len_utf8() + end + '条'.len_utf8()))
    } else {
        None
    }
}

fn is_chapter_heading(line: &str) -> bool {
    line.strip_prefix('第')
        .and_then(|rest| rest.find('章').map(|end| &rest[..end]))
        .is_some_and(|numeral| chinese_numeral_value(numeral).is_some())
}

/// Joins an article's lines for display: whitespace dropped, punctuation as
/// in [`super::normalize_for_match`], a line break before each item
/// `（一）` that follows `：`, `；` or `。`.
fn display_text(raw: &str) -> String {
    let flat = super::normalize_for_match(raw);
    let mut out = String::with_capacity(flat.len() + 32);
    let chars: Vec<char> = flat.chars().collect();
    let mut before = None;
    for (i, &c) in chars.iter().enumerate() {
        let opens = c == '（' && chars.get(i..).is_some_and(opens_item);
        if opens && matches!(before, Some('：' | '；' | '。')) {
            out.push('\n');
        }
        out.push(c);
        before = Some(c);
    }
    out
}

fn opens_item(chars: &[char]) -> bool {
    let Some(close) = chars.iter().position(|&c| c == '）') else {
        return false;
    };
    let numeral: String = chars.get(1..close).unwrap_or_default().iter().collect();
    close <= 5 && chinese_numeral_value(&numeral).is_some()
}

fn parse(id: DocumentId) -> Vec<Article> {
    let mut text = strip_artifacts(&id.document().text());
    let mut presumed_labels = Vec::new();
    for &(doc, label, starts) in PRESUMED_STARTS {
        if doc == id {
            if let Some(at) = text.find(starts) {
                text.insert_str(at, &format!("\n{label} "));
                presumed_labels.push(label);
            }
        }
    }

    let mut articles: Vec<Article> = Vec::new();
    let mut current: Option<(u32, String)> = None;
    let mut last_number = 0;
    let finish = |current: &mut Option<(u32, String)>, articles: &mut Vec<Article>| {
        if let Some((number, raw)) = current.take() {
            let label = format!("第{}条", chinese_numeral(number));
            articles.push(Article {
                number,
                presumed: presumed_labels.contains(&label.as_str()),
                label,
                text: display_text(&raw),
            });
        }
    };
    for line in text.split('\n') {
        let line = line.trim_matches(|c: char| c.is_whitespace());
        match article_heading(line) {
            Some((number, body_start)) if number == last_number + 1 => {
                finish(&mut current, &mut articles);
                last_number = number;
                current = Some((number, line[body_start..].to_string()));
                continue;
            }
            _ => {}
        }
        if is_chapter_heading(line) {
            finish(&mut current, &mut articles);
            continue;
        }
        if let Some((_, raw)) = current.as_mut() {
            raw.push_str(line);
        }
    }
    finish(&mut current, &mut articles);
    articles
}

/// All articles of a document, parsed once.
pub fn articles(id: DocumentId) -> &'static [Article] {
    static PARSED: [OnceLock<Vec<Article>>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let index = DocumentId::ALL
        .iter()
        .position(|&d| d == id)
        .unwrap_or_default();
    match PARSED.get(index) {
        Some(cell) => cell.get_or_init(|| parse(id)),
        None => &[],
    }
}

/// The article with the given label (`第六条`) in a document.
pub fn article(id: DocumentId, label: &str) -> Option<&'static Article> {
    articles(id).iter().find(|a| a.label == label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(id: DocumentId) -> u32 {
        articles(id).last().map_or(0, |a| a.number)
    }

    #[test]
    fn every_document_parses_into_consecutive_articles() {
        for (id, count) in [
            (DocumentId::Jiangsu, 53),
            (DocumentId::Zhongshan, 55),
            (DocumentId::Guangdong, 53),
            (DocumentId::Jilin, 56),
            (DocumentId::Nantong, 80),
        ] {
            let list = articles(id);
            assert_eq!(last(id), count, "{id:?}");
            for (i, a) in list.iter().enumerate() {
                assert_eq!(a.number as usize, i + 1, "{id:?} {}", a.label);
                assert!(!a.text.is_empty(), "{id:?} {}", a.label);
            }
        }
    }

    #[test]
    fn jilin_articles_ten_and_eleven_are_presumed_from_the_order_of_the_text() {
        let ten = article(DocumentId::Jilin, "第十条").expect("第十条");
        assert!(ten.presumed);
        assert!(ten
            .text
            .starts_with("统筹地区医疗保障行政部门根据公众健康需求"));
        let eleven = article(DocumentId::Jilin, "第十一条").expect("第十一条");
        assert!(eleven.presumed);
        assert!(eleven.text.starts_with("定点服务机构实行属地管理"));
        assert!(
            !article(DocumentId::Jilin, "第十二条")
                .expect("第十二条")
                .presumed
        );
    }

    #[test]
    fn an_article_ends_where_the_next_chapter_begins() {
        let js4 = article(DocumentId::Jiangsu, "第四条").expect("第四条");
        assert!(
            js4.text.ends_with("按照规定向参保人员提供医疗服务。"),
            "{}",
            js4.text
        );
        assert!(!js4.text.contains("第二章"));
    }

    #[test]
    fn items_start_on_their_own_line_but_references_do_not() {
        let js6 = article(DocumentId::Jiangsu, "第六条").expect("第六条");
        assert!(js6
            .text
            .contains("条件：\n（一）正式运营至少3个月；\n（二）"));
        let js13 = article(DocumentId::Jiangsu, "第十三条").expect("第十三条");
        assert!(js13.text.contains("本实施细则第九条情形之一"));
    }

    #[test]
    fn zhongshan_articles_after_a_word_bookmark_are_found() {
        let zs55 = article(DocumentId::Zhongshan, "第五十五条").expect("第五十五条");
        assert!(zs55.text.contains("有效期3年"));
        let zs54 = article(DocumentId::Zhongshan, "第五十四条").expect("第五十四条");
        assert!(!zs54.text.contains("bookmark"));
    }

    #[test]
    fn page_markers_are_not_part_of_any_article() {
        for id in DocumentId::ALL {
            for a in articles(id) {
                assert!(
                    !a.text.contains('—') || !a.text.contains("—9—"),
                    "{}",
                    a.label
                );
            }
        }
        assert!(is_page_marker("— 10—"));
        assert!(is_page_marker("—21—"));
        assert!(!is_page_marker("——"));
        assert!(!is_page_marker("—十—"));
    }
}
