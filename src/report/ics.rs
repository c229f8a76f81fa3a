//! The report's dates as an iCalendar file (RFC 5545), for the office's
//! calendar: one all-day event per date, citing its article.

use std::fmt::Write;

use super::Report;
use crate::dates::chinese_date;

/// Renders every date of the report's decisive findings as all-day events.
/// Deterministic: the same report gives the same file (DTSTAMP is the
/// as-of date, UIDs come from the rule ids).
pub fn render_ics(report: &Report) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//dingdian//dingdian {}//ZH",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!(
            "X-WR-CALNAME:{}",
            escape(&format!(
                "医保定点时限（{}）",
                report
                    .institution_name
                    .as_deref()
                    .unwrap_or(report.jurisdiction.name)
            ))
        ),
    ];
    let stamp = format!("{}T000000Z", crate::dates::compact_date(report.as_of));
    for finding in report.findings.iter().filter(|f| !f.draft) {
        for (index, date) in finding.dates.iter().enumerate() {
            let estimate = date.basis.suffix();
            let mut description = format!(
                "{}：{}{estimate}\n依据：{}\n原文：「{}」\n{}",
                date.kind.label(),
                chinese_date(date.date),
                finding.citation.text,
                finding.quote,
                finding.detail
            );
            if let Some(note) = &date.note {
                let _ = write!(description, "\n{note}");
            }
            let next_day = date.date.succ_opt().unwrap_or(date.date);
            lines.extend([
                "BEGIN:VEVENT".into(),
                format!(
                    "UID:{}-{index}-{}@dingdian",
                    finding.rule_id,
                    crate::dates::compact_date(date.date)
                ),
                format!("DTSTAMP:{stamp}"),
                format!(
                    "DTSTART;VALUE=DATE:{}",
                    crate::dates::compact_date(date.date)
                ),
                format!("DTEND;VALUE=DATE:{}", crate::dates::compact_date(next_day)),
                format!(
                    "SUMMARY:{}",
                    escape(&format!(
                        "{}{estimate}（{}）",
                        date.label, finding.citation.text
                    ))
                ),
                format!("DESCRIPTION:{}", escape(&description)),
                format!("CATEGORIES:{}", escape(date.kind.label())),
                "TRANSP:TRANSPARENT".into(),
                "END:VEVENT".into(),
            ]);
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
    }
    out
}

/// Escapes a text value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character,
/// continuation lines starting with a space; ends every line with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::engine::check;
    use crate::facts::{ApplicationKind, Jurisdiction};

    fn renewal_report() -> Report {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-03-31"));
        check(&p, date("2026-11-22"))
    }

    #[test]
    fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
        let ics = render_ics(&renewal_report());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
            assert!(!line.contains('\n'));
        }
    }

    #[test]
    fn a_deadline_becomes_an_all_day_event_citing_its_article() {
        let ics = render_ics(&renewal_report());
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101"),
            "{unfolded}"
        );
        assert!(
            unfolded.contains("SUMMARY:提出续签申请的最迟日（江苏 第三十六条）"),
            "{unfolded}"
        );
        assert!(unfolded.contains("UID:js.a36.renewal-3-months-0-20261231@dingdian"));
        assert_eq!(ics, render_ics(&renewal_report()), "deterministic");
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let folded = fold(&"医".repeat(40));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), "医".repeat(40));
    }
}
