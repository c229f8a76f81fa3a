//! The rule list, the consequences, the readings and the profile fields as
//! Markdown, for docs/ and the CLI: generated, never written by hand.

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

/// One document's page of docs/rules/: what it is, its rules (with the
/// readings they rely on) and its consequences, generated from the catalog.
pub fn document_markdown(doc: DocumentId) -> String {
    let d = doc.document();
    let rules: Vec<_> = api::rules(None)
        .into_iter()
        .filter(|r| r.citation.document == doc)
        .collect();
    let status = match d.status {
        crate::sources::Status::InForce { from, until } => match until {
            Some(until) => format!("现行：{from} 起施行，有效期至 {until}"),
            None => format!("现行：{from} 起施行"),
        },
        crate::sources::Status::Draft => "征求意见稿，未生效（只作预检）".to_string(),
        crate::sources::Status::Template => "协议范本（以实际签订的协议为准）".to_string(),
    };
    let mut out = format!(
        "# {}（{}）\n\n<!-- 由 `UPDATE_DOCS=1 cargo test --test docs` 从规则目录生成，请勿手改。 -->\n\n- 全称：{}\n- 文号：{}\n- 状态：{status}（依据：{}）\n- 规则目录版本：`{}`\n- 规则 {} 条；读法见 [../readings.md](../readings.md)。\n\n## 规则\n\n| 编号 | 条款 | 规则 | 分组 | 读法 |\n|---|---|---|---|---|\n",
        d.short_name,
        doc.code(),
        d.title,
        d.number.unwrap_or("—"),
        d.status_basis.replace('|', "\\|"),
        catalog::CATALOG_VERSION,
        rules.len()
    );
    for r in &rules {
        let readings: Vec<String> = r
            .readings
            .iter()
            .map(|n| format!("[`{n}`](../readings.md#{n})"))
            .collect();
        out.push_str(&format!(
            "| `{}` | {}{} | {} | {} | {} |\n",
            r.id,
            r.citation.article,
            r.citation.item.unwrap_or(""),
            r.title.replace('|', "\\|"),
            r.group_title,
            if readings.is_empty() {
                "—".to_string()
            } else {
                readings.join(" ")
            }
        ));
    }
    let consequences = consequences_of(doc);
    if !consequences.is_empty() {
        out.push_str("\n## 违约后果\n");
        out.push_str(&consequences);
    }
    out
}

/// The consequences of one document as a Markdown table, one row per step.
fn consequences_of(doc: DocumentId) -> String {
    let of_doc: Vec<_> = catalog::consequences()
        .filter(|c| c.document == doc)
        .collect();
    if of_doc.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{} 项违约后果。每项按条款原文逐步列出措施，措施和条件都用原文的文字；有条件的措施在自查结论中显示为“可能”，排在确定的后果之后。\n\n| 编号 | 条款 | 措施（原文） | 条件（原文） | 违约金 | 引用的自查项 |\n|---|---|---|---|---|---|\n",
        of_doc.len()
    );
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
    out
}

/// docs/readings.md: every reading a finding may cite, by its stable name.
pub fn readings_markdown() -> String {
    let mut out = String::from(
        "# 读法\n\n<!-- 由 `UPDATE_DOCS=1 cargo test --test docs` 从规则目录生成，请勿手改。 -->\n\n文件的文字有不止一种读法、或对结论所需的一点没有写明时，本工具采用的读法。每条结论在 `readings` 中按名称引用所依据的读法，页面在结论旁给出同样的说明。\n",
    );
    for r in crate::catalog::readings::READINGS {
        out.push_str(&format!(
            "\n<a id=\"{}\"></a>\n## {}\n\n`{}`　{}\n",
            r.name, r.title, r.name, r.text
        ));
    }
    out
}
