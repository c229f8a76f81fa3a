//! The findings as CSV that Excel opens correctly: UTF-8 with a byte-order
//! mark, CRLF line ends, every field quoted, and no field that a spreadsheet
//! would run as a formula ([`csv_field`]).

use super::{Outcome, Report};

/// The header row, in Chinese.
const HEADER: [&str; 13] = [
    "分组",
    "结果",
    "规则编号",
    "文件",
    "条款",
    "标题",
    "原文",
    "说明",
    "建议",
    "相关日期",
    "待补充的问题",
    "征求意见稿",
    "违约风险",
];

/// Renders every finding as one row, decisive findings first, in report order.
pub fn render_csv(report: &Report) -> String {
    let mut out = String::from('\u{feff}');
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    let rows = report
        .findings
        .iter()
        .filter(|f| !f.draft)
        .chain(report.findings.iter().filter(|f| f.draft));
    for f in rows {
        let dates: Vec<String> = f
            .dates
            .iter()
            .map(|d| format!("{}：{}{}", d.label, d.date, d.basis.suffix()))
            .collect();
        let missing: Vec<&str> = f.missing.iter().map(|m| m.label).collect();
        let advice = if matches!(f.outcome, Outcome::Pass | Outcome::NotApplicable) {
            ""
        } else {
            f.advice.as_ref()
        };
        push_row(
            &mut out,
            [
                f.group.title().to_string(),
                f.outcome.label().to_string(),
                f.rule_id.to_string(),
                f.citation.document_name.to_string(),
                format!("{}{}", f.citation.article, f.citation.item.unwrap_or("")),
                f.title.to_string(),
                f.quote.to_string(),
                f.detail.clone(),
                advice.to_string(),
                dates.join("；"),
                missing.join("；"),
                if f.draft { "是" } else { "" }.to_string(),
                f.risks
                    .iter()
                    .map(super::Risk::text)
                    .collect::<Vec<_>>()
                    .join("；"),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let quoted: Vec<String> = fields.map(|field| csv_field(&field)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// Characters that make a spreadsheet read a cell as a formula when they
/// begin it (OWASP, CSV injection): `=`, `+`, `-`, `@`, tab, carriage
/// return, line feed and NUL, and the full-width forms an input method types.
const FORMULA_STARTS: [char; 12] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
];

/// One CSV field: quoted, quotes doubled (RFC 4180), and a field that a
/// spreadsheet would evaluate (see [`FORMULA_STARTS`]) prefixed with `'`,
/// which Excel and LibreOffice show as text and do not display; the rest of
/// the text is kept as written.
pub fn csv_field(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    push_field(&mut out, text);
    out
}

/// Appends [`csv_field`] of `text` to `out`.
pub fn push_field(out: &mut String, text: &str) {
    out.push('"');
    if text.starts_with(FORMULA_STARTS) {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::engine::check;
    use crate::facts::Jurisdiction;

    #[test]
    fn the_csv_starts_with_a_bom_and_has_one_row_per_finding() {
        let report = check(&baseline(Jurisdiction::Jiangsu), date("2026-11-22"));
        let csv = render_csv(&report);
        assert!(csv.starts_with("\u{feff}\"分组\",\"结果\",\"规则编号\""));
        let rows = csv.split("\r\n").filter(|r| !r.is_empty()).count();
        assert_eq!(rows, report.findings.len() + 1);
        assert!(csv.contains(
            "\"基本条件\",\"符合\",\"js.a6.i1.operating-3-months\",\"江苏\",\"第六条（一）\""
        ));
    }

    #[test]
    fn quotes_and_line_breaks_stay_inside_their_field() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["a\"b".to_string(), "c,d\ne".to_string()].into_iter(),
        );
        assert_eq!(out, "\"a\"\"b\",\"c,d\ne\"\r\n");
    }

    #[test]
    fn a_field_a_spreadsheet_would_evaluate_is_prefixed_and_the_rest_kept() {
        for start in FORMULA_STARTS {
            let text = format!("{start}SUM(A1:A9)");
            assert_eq!(csv_field(&text), format!("\"'{text}\""), "{start:?}");
        }
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        // Only the first character counts; text that merely holds one is kept.
        for kept in ["", "a=1", "甲-乙", " =1", "'=1", "2026-11-22", "（-）", "0"] {
            assert_eq!(csv_field(kept), format!("\"{kept}\""), "{kept:?}");
        }
    }
}
