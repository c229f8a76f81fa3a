//! The report as readable Chinese text, for the command line.

use std::fmt::Write;

use super::{Outcome, Report};
use crate::catalog::Group;
use crate::dates::chinese_date;

/// Renders a report as plain Chinese text: header, conclusion, then the
/// findings by group, each with its citation, quote, reasons and advice.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = write_report(&mut out, report);
    out
}

fn write_report(out: &mut String, report: &Report) -> std::fmt::Result {
    writeln!(out, "医保定点申请自查报告")?;
    writeln!(out, "====================")?;
    if let Some(name) = &report.institution_name {
        writeln!(out, "机构：{name}")?;
    }
    writeln!(out, "地区：{}", report.jurisdiction.name)?;
    writeln!(out, "自查日期：{}", chinese_date(report.as_of))?;
    for doc in &report.documents {
        let role = doc.role.label();
        writeln!(out, "适用文件：{}（{}；{}）", doc.title, role, doc.note)?;
    }
    writeln!(out, "规则目录版本：{}", report.catalog_version)?;
    writeln!(out)?;
    let c = &report.conclusion;
    writeln!(out, "结论：{}。{}", c.label, c.summary)?;
    let counts: Vec<String> = Outcome::ALL
        .iter()
        .map(|&o| format!("{} {}", o.label(), c.counts.get(o)))
        .collect();
    writeln!(out, "统计：{}", counts.join(" · "))?;
    if !c.next_dates.is_empty() {
        writeln!(out, "近期日期：")?;
        for d in &c.next_dates {
            let basis = d.basis.suffix();
            writeln!(
                out,
                "  {} {}{basis}（{}）",
                chinese_date(d.date),
                d.label,
                d.kind.label()
            )?;
        }
    }

    let numbers = ["一", "二", "三", "四", "五", "六", "七", "八"];
    let mut section = 0;
    for group in Group::ALL {
        for draft in [false, true] {
            let findings: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.group == group && f.draft == draft)
                .collect();
            if findings.is_empty() {
                continue;
            }
            let number = numbers.get(section).copied().unwrap_or("");
            section += 1;
            writeln!(out)?;
            let suffix = if draft {
                "（征求意见稿，未生效，不计入结论）"
            } else {
                ""
            };
            writeln!(out, "{number}、{}{suffix}", group.title())?;
            for f in findings {
                writeln!(out)?;
                writeln!(
                    out,
                    "  [{}] {} — {}",
                    f.outcome.label(),
                    f.title,
                    f.citation.text
                )?;
                writeln!(out, "      原文：「{}」", f.quote)?;
                writeln!(out, "      说明：{}", f.detail)?;
                for d in &f.dates {
                    let basis = d.basis.suffix();
                    writeln!(out, "      {}：{}{basis}", d.label, chinese_date(d.date))?;
                    if let Some(note) = &d.note {
                        writeln!(out, "        {note}")?;
                    }
                }
                if let Some(reading) = &f.reading {
                    writeln!(out, "      读法：{reading}")?;
                }
                if let Some(note) = &f.draft_note {
                    writeln!(out, "      征求意见稿：{note}")?;
                }
                for m in &f.missing {
                    writeln!(out, "      待答：{}（{}）", m.label, m.id)?;
                }
                for r in &f.risks {
                    writeln!(out, "      风险：{}", r.text())?;
                }
                // Each clause's note once, after its measures.
                let mut noted: Vec<&str> = Vec::new();
                for r in &f.risks {
                    if let Some(note) = r.note.filter(|_| !noted.contains(&r.id)) {
                        noted.push(r.id);
                        writeln!(out, "      说明（{}）：{note}", r.citation.text)?;
                    }
                }
                if let Some(note) = &f.risk_note {
                    writeln!(out, "      说明：{note}")?;
                }
                if !matches!(f.outcome, Outcome::Pass | Outcome::NotApplicable) {
                    writeln!(out, "      建议：{}", f.advice)?;
                }
            }
        }
    }
    Ok(())
}
