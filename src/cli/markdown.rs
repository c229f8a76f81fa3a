//! The rule list as Markdown, for the README: generated, never written by hand.

use crate::api;
use crate::catalog;
use crate::facts::Jurisdiction;
use crate::sources::DocumentId;

/// The rules of the catalog (or of one jurisdiction) as Markdown tables,
/// one per document, with the number of rules per document.
pub fn rules_markdown(jurisdiction: Option<Jurisdiction>) -> String {
    let rules = api::rules(jurisdiction);
    let mut out = format!(
        "规则目录版本 `{}`，共 {} 条规则。\n",
        catalog::CATALOG_VERSION,
        rules.len()
    );
    for doc in DocumentId::ALL {
        let of_doc: Vec<_> = rules
            .iter()
            .filter(|r| r.citation.document == doc)
            .collect();
        if of_doc.is_empty() {
            continue;
        }
        let d = doc.document();
        out.push_str(&format!(
            "\n#### {}（{}）：{}，{} 条\n\n| 编号 | 条款 | 规则 | 分组 |\n|---|---|---|---|\n",
            d.short_name,
            doc.code(),
            d.title,
            of_doc.len()
        ));
        for r in of_doc {
            out.push_str(&format!(
                "| `{}` | {}{} | {} | {} |\n",
                r.id,
                r.citation.article,
                r.citation.item.unwrap_or(""),
                r.title,
                r.group_title
            ));
        }
    }
    out
}

/// Every consequence a compliance item may carry, as Markdown tables by
/// document: what it is, how grave, its damages, and how many items name it.
pub fn consequences_markdown() -> String {
    let mut out = String::new();
    for doc in DocumentId::ALL {
        let of_doc: Vec<_> = catalog::consequences()
            .filter(|c| c.document == doc)
            .collect();
        if of_doc.is_empty() {
            continue;
        }
        let d = doc.document();
        out.push_str(&format!(
            "\n#### {}（{}）：{} 项违约后果\n\n| 编号 | 条款 | 措施（原文） | 条件（原文） | 违约金 | 引用的自查项 |\n|---|---|---|---|---|---|\n",
            d.short_name,
            doc.code(),
            of_doc.len()
        ));
        for c in of_doc {
            let items = catalog::rules()
                .filter(|r| {
                    r.audit
                        .is_some_and(|a| a.risks.iter().any(|x| std::ptr::eq(*x, c)))
                })
                .count();
            for (n, step) in c.steps.iter().enumerate() {
                let conditions: Vec<String> = step.when.iter().map(|q| q.condition()).collect();
                out.push_str(&format!(
                    "| `{}`{} | {}{} | {} | {} | {} | {} |\n",
                    c.id,
                    if c.steps.len() > 1 {
                        format!(" #{}", n + 1)
                    } else {
                        String::new()
                    },
                    c.article,
                    c.item.unwrap_or(""),
                    step.measure.replace('|', "\\|"),
                    if conditions.is_empty() {
                        "—（违约即适用）".to_string()
                    } else {
                        conditions.join("；")
                    },
                    step.damages.describe().unwrap_or_else(|| "—".to_string()),
                    items
                ));
            }
        }
    }
    out
}

/// The profile's fields as a Markdown table: JSON path, question, expected
/// value, generated from the questions every rule reads.
pub fn profile_fields_markdown() -> String {
    use crate::facts::questions::{self, Section};
    let mut out = String::from(
        "| 字段（JSON 路径） | 问题 | 取值 |\n|---|---|---|\n| `format` | 格式标记（可省略） | `\"dingdian-profile/1\"` |\n| `jurisdiction` | 所在地区（必填） | `jiangsu` 江苏、`nantong` 南通、`guangdong` 广东、`jieyang` 揭阳、`zhongshan` 中山、`jilin` 吉林 |\n",
    );
    for section in Section::ALL {
        for q in questions::all().filter(|q| q.section == section) {
            let expected = q.kind.expectation().replace('|', "\\|");
            out.push_str(&format!("| `{}` | {} | {} |\n", q.id, q.label, expected));
        }
    }
    out
}
