//! Jiangsu: the obligations and forbidden acts a designated institution
//! keeps once it has signed (rules map §9.1), and the violations of
//! 第四十二～四十四条 as yes/no questions (§10.1). Each item names what
//! failing it risks (`risks.rs`).

use super::risks;
use crate::catalog::audit::{self, Audit};
use crate::catalog::rule::{Applicant, Group, Rule};
use crate::facts::compliance::jiangsu as q;
use crate::facts::ApplicationKind;
use crate::sources::DocumentId;

pub static RULES: &[Rule] = &[
    Rule {
        id: "js.a15.p2.sign-displayed",
        document: DocumentId::Jiangsu,
        article: "第十五条",
        item: Some("第2款"),
        title: "在显著位置悬挂统一样式的定点标识",
        group: Group::Compliance,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Designated),
        in_force: None,
        quote: "定点医疗机构应当在显著位置悬挂统一样式的定点医疗机构标识",
        excerpts: &[],
        asks: &[&q::SIGN_DISPLAYED.info],
        check: |ctx| audit::kept(ctx, &q::SIGN_DISPLAYED),
        audit: Some(&Audit {
            scope: &[],
            risks: &[&risks::HANDLING],
        }),
        advice: "在门诊大厅等显著位置悬挂医保部门提供的统一样式标识。",
        reading: None,
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, Case};
    use crate::facts::compliance::jiangsu as q;
    use crate::facts::compliance::Value;
    use crate::facts::*;

    const J: Jurisdiction = Jurisdiction::Jiangsu;

    /// A designated institution, answering `question` with `answer`.
    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    fn answer(p: &mut Profile, question: &'static str, value: Value) {
        designated(p);
        p.compliance.set(question, value);
    }

    pub(crate) static CASES: &[Case] = cases! { J;
        "江苏第十五条第2款：已在显著位置悬挂统一样式标识": "js.a15.p2.sign-displayed", |p| designated(p) => Pass;
        "江苏第十五条第2款：未悬挂标识的不符合": "js.a15.p2.sign-displayed", |p| answer(p, q::SIGN_DISPLAYED.info.id, Value::YesNo(false)) => Fail;
        "江苏第十五条第2款：未回答的需补充信息": "js.a15.p2.sign-displayed", |p| { designated(p); p.compliance.clear(q::SIGN_DISPLAYED.info.id) } => NeedsInformation;
    };
}
