//! What failing a compliance item risks (rules map §10): each document's
//! consequence clauses, cited and quoted like rules, and referenced by the
//! items they follow from.
//!
//! A clause is written as the text writes it, step by step: each step is a
//! measure in the clause's own words (never a measure the clause does not
//! name), with the qualifiers the clause puts on it (「情节恶劣的」,
//! 「造成医保基金损失的」, 「不立即纠正整改或再次违反规定的」). A step whose
//! qualifiers the answers do not meet is shown only as a possibility
//! (「若经认定情节恶劣……」) and ranked below the steps the text makes
//! certain, so that a finding is exactly as broad as its text.

use serde::Serialize;

use crate::facts::questions::Question;
use crate::sources::DocumentId;

/// One consequence clause a document attaches to failing an item.
pub struct Consequence {
    /// Stable id: `<document>.a<article>.<slug>`, e.g. `nt.a64.t64b`.
    pub id: &'static str,
    pub document: DocumentId,
    /// The article as written in the seed, e.g. `第六十四条`.
    pub article: &'static str,
    /// The item or paragraph, as for rules.
    pub item: Option<&'static str>,
    /// A short name of the clause for lists, in its words.
    pub label: &'static str,
    /// The clause, verbatim from the seed.
    pub quote: &'static str,
    /// What the clause does, in its order: each measure with its qualifiers.
    pub steps: &'static [Step],
    /// The reading taken where the text is unclear, or a caution.
    pub note: Option<&'static str>,
}

/// One measure of a clause and what it needs beyond the item's failure.
pub struct Step {
    /// The measure in the clause's own words, verbatim from the article
    /// (e.g. `约谈医疗机构法定代表人、主要负责人或者实际控制人`).
    pub measure: &'static str,
    /// The clause's qualifiers on this measure, all of which must be met
    /// (none: the failure alone brings it).
    pub when: &'static [Qualifier],
    /// How grave the measure is, for ordering and grading.
    pub severity: Severity,
    /// The liquidated damages the measure fixes, if any.
    pub damages: Damages,
}

/// A qualifier the clause puts on a measure, in its own words.
pub struct Qualifier {
    /// The clause's words, verbatim, e.g. `情节恶劣`, `造成医保基金损失`.
    pub words: &'static str,
    pub kind: Qualifying,
}

/// Who or what decides whether a qualifier is met.
#[derive(Clone, Copy)]
pub enum Qualifying {
    /// The agency judges it (情节恶劣、情节严重、造成严重影响): the measure is
    /// only ever possible, 「若经认定……」.
    Judged,
    /// A fact of the act the self-audit does not ask (造成损失、告知后不纠正、
    /// 再次违反): the measure is possible, 「若……」.
    Fact,
    /// A fact a question asks: met when answered yes, not met when no,
    /// possible when unanswered.
    Answered(&'static Question<bool>),
    /// The clause lets a body decide (可、有权、视情节、视违规情况), named as
    /// the clause names it (经办机构, or 医疗保障部门 in JS 第四十条): the
    /// measure is possible, never certain.
    Discretion(&'static str),
}

impl Qualifier {
    /// `words` judged by the agency.
    pub const fn judged(words: &'static str) -> Qualifier {
        Qualifier {
            words,
            kind: Qualifying::Judged,
        }
    }

    /// `words` a fact of the act.
    pub const fn fact(words: &'static str) -> Qualifier {
        Qualifier {
            words,
            kind: Qualifying::Fact,
        }
    }

    /// `words` that leave the measure to the agency (`可`, `视情节`).
    pub const fn discretion(words: &'static str) -> Qualifier {
        Qualifier::discretion_by(words, "经办机构")
    }

    /// `words` that leave the measure to `body`, where the clause names
    /// another body than the agency (JS 第四十条: 医疗保障部门).
    pub const fn discretion_by(words: &'static str, body: &'static str) -> Qualifier {
        Qualifier {
            words,
            kind: Qualifying::Discretion(body),
        }
    }

    /// `words` a fact `question` answers.
    pub const fn answered(words: &'static str, question: &'static Question<bool>) -> Qualifier {
        Qualifier {
            words,
            kind: Qualifying::Answered(question),
        }
    }

    /// The condition in Chinese, e.g. `若经认定情节恶劣`, `若造成医保基金损失`.
    pub fn condition(&self) -> String {
        // One closing 「的」 only: 「以骗取医疗保障基金为目的的」 keeps 「目的」.
        let words = self.words.strip_suffix('的').unwrap_or(self.words);
        match self.kind {
            Qualifying::Judged => format!("若经认定{words}"),
            Qualifying::Fact | Qualifying::Answered(_) => format!("若{words}"),
            Qualifying::Discretion(body) if words.starts_with('视') => {
                format!("由{body}{words}决定")
            }
            Qualifying::Discretion(body) => format!("由{body}决定是否采取"),
        }
    }
}

/// Whether the qualifiers of a step are met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Met {
    /// All met (or none): the measure follows from the failure.
    Certain,
    /// Some may be met: the measure is possible.
    Possible,
    /// One is answered not met: the measure does not follow.
    No,
}

impl Step {
    /// Whether this step's qualifiers are met, given `answer` for the
    /// qualifiers a question asks.
    pub fn met(&self, answer: impl Fn(&'static Question<bool>) -> Option<bool>) -> Met {
        let mut met = Met::Certain;
        for qualifier in self.when {
            match qualifier.kind {
                Qualifying::Judged | Qualifying::Fact | Qualifying::Discretion(_) => {
                    met = Met::Possible
                }
                Qualifying::Answered(question) => match answer(question) {
                    Some(true) => {}
                    Some(false) => return Met::No,
                    None => met = Met::Possible,
                },
            }
        }
        met
    }

    /// The conditions of the step, e.g. `若经认定情节恶劣`, joined with 「且」,
    /// and whether the agency decides (`……，由经办机构决定是否采取`);
    /// `None` when the failure alone brings it.
    pub fn condition(
        &self,
        answer: impl Fn(&'static Question<bool>) -> Option<bool>,
    ) -> Option<String> {
        let open = |q: &&Qualifier| match q.kind {
            Qualifying::Answered(question) => answer(question) != Some(true),
            Qualifying::Judged | Qualifying::Fact | Qualifying::Discretion(_) => true,
        };
        let (discretion, facts): (Vec<&Qualifier>, Vec<&Qualifier>) = self
            .when
            .iter()
            .filter(open)
            .partition(|q| matches!(q.kind, Qualifying::Discretion(_)));
        let facts: Vec<String> = facts.iter().map(|q| q.condition()).collect();
        let facts = (!facts.is_empty()).then(|| facts.join("且"));
        let discretion = discretion.first().map(|q| q.condition());
        match (facts, discretion) {
            (None, None) => None,
            (Some(facts), None) => Some(facts),
            (None, Some(discretion)) => Some(discretion),
            (Some(facts), Some(discretion)) => Some(format!("{facts}，{discretion}")),
        }
    }
}

impl Consequence {
    /// The gravest measure the clause allows.
    pub fn severity(&self) -> Severity {
        self.steps
            .iter()
            .map(|s| s.severity)
            .max()
            .unwrap_or(Severity::Unspecified)
    }

    /// The step that fixes damages, if any (the calculator's formula).
    pub fn damages_step(&self) -> Option<&'static Step> {
        self.steps
            .iter()
            .find(|s| !matches!(s.damages, Damages::None))
    }

    /// The qualifiers of all steps, in the clause's words, e.g.
    /// `情节恶劣；造成医保基金损失`, for the catalog.
    pub fn qualifiers(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for step in self.steps {
            for q in step.when {
                let words = q.condition();
                if !all.contains(&words) {
                    all.push(words);
                }
            }
        }
        all
    }
}

/// How grave a consequence can be, least grave first; orders the 整改 list.
/// The labels classify measures; a finding names each measure only in its
/// clause's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document names no consequence for the item (e.g. NT X-21): the
    /// general measures may still apply.
    Unspecified,
    /// Measures that urge a correction: 约谈、限期整改、督促履行、责令整改.
    Rectification,
    /// Fees not paid, refused, recovered, refunded or deducted.
    Recovery,
    /// 违约金.
    Damages,
    /// Suspension (暂停、中止) of the agreement, of settlement, of services,
    /// of staff or departments.
    Suspension,
    /// 解除协议.
    Termination,
    /// 解除协议 and a bar on applying again for years.
    TerminationAndBar,
}

impl Severity {
    /// Every severity, least grave first.
    pub const ALL: [Severity; 7] = [
        Severity::Unspecified,
        Severity::Rectification,
        Severity::Recovery,
        Severity::Damages,
        Severity::Suspension,
        Severity::Termination,
        Severity::TerminationAndBar,
    ];

    /// The class of measure in Chinese, for lists and ordering.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Unspecified => "后果未明确",
            Severity::Rectification => "督促纠正",
            Severity::Recovery => "费用不予支付或追回",
            Severity::Damages => "违约金",
            Severity::Suspension => "暂停或中止",
            Severity::Termination => "解除协议",
            Severity::TerminationAndBar => "解除并限期不得申请",
        }
    }
}

/// How a risk is graded for the user: high, medium or low.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Low,
    Medium,
    High,
}

impl Grade {
    /// A measure's grade: suspension and beyond high, money medium, the
    /// rest low; a measure that is only possible one grade lower.
    pub fn of(severity: Severity, certain: bool) -> Grade {
        let grade = match severity {
            Severity::Suspension | Severity::Termination | Severity::TerminationAndBar => {
                Grade::High
            }
            Severity::Recovery | Severity::Damages => Grade::Medium,
            Severity::Unspecified | Severity::Rectification => Grade::Low,
        };
        match (certain, grade) {
            (true, grade) => grade,
            (false, Grade::High) => Grade::Medium,
            (false, _) => Grade::Low,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Grade::High => "高",
            Grade::Medium => "中",
            Grade::Low => "低",
        }
    }
}

/// What an amount is counted on, as the clause names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// 违规费用.
    ViolatingFees,
    /// 造成（医保基金）损失金额.
    Loss,
    /// 参检人员体检总费用.
    CheckupTotal,
    /// 所涉及保险基金.
    FundConcerned,
    /// The clause names no base (NT 第六十六条 「1倍违约金」).
    Unnamed,
}

impl Base {
    /// The base in Chinese, e.g. `违规费用`.
    pub fn label(self) -> &'static str {
        match self {
            Base::ViolatingFees => "违规费用",
            Base::Loss => "造成医保基金损失金额",
            Base::CheckupTotal => "参检人员体检总费用",
            Base::FundConcerned => "所涉及保险基金",
            Base::Unnamed => "计算基数（原文未写明）",
        }
    }
}

/// Liquidated damages as a clause fixes them. Amounts in whole yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damages {
    /// No liquidated damages in this step.
    None,
    /// 「相应违约金」 or 「按照协议约定」: no amount in the text.
    Unspecified,
    /// A fixed amount; `doubles`: 「自第二次起加倍」「第二次……加倍」.
    Fixed { yuan: u32, doubles: bool },
    /// A multiple of the base, with the floor and cap the clause sets;
    /// `doubles`: 「查实二次及以上的违约金加倍」, whose order against the
    /// floor and cap the text leaves open (rules map §11 X-24).
    Multiple {
        base: Base,
        times: u32,
        floor: Option<u32>,
        cap: Option<u32>,
        doubles: bool,
    },
    /// A share of the base in percent: from `from` % (inclusive, 「以上」)
    /// up to `up_to` % (inclusive, 「不超过」), with the floor and cap the
    /// clause sets. A range where `from` < `up_to`: the agency decides
    /// within it.
    Share {
        base: Base,
        from: u32,
        up_to: u32,
        floor: Option<u32>,
        cap: Option<u32>,
    },
}

/// Yuan, written as the texts do: `2000元`, `5万元`.
pub fn yuan(amount: u64) -> String {
    if amount >= 10_000 && amount % 10_000 == 0 {
        format!("{}万元", amount / 10_000)
    } else {
        format!("{amount}元")
    }
}

/// An amount in fen written in yuan: `2000元`, `5万元`, `19.80元`.
pub fn yuan_fen(fen: u64) -> String {
    if fen % 100 == 0 {
        yuan(fen / 100)
    } else {
        format!("{}.{:02}元", fen / 100, fen % 100)
    }
}

/// What damages come to for an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Spread {
    /// One amount.
    Exact,
    /// A range the text lets the agency decide within.
    Range,
    /// Two readings of unclear text (rules map §11 X-24): the least and the most.
    Readings,
}

/// Damages worked out for an amount, in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub low_fen: u64,
    pub high_fen: u64,
    pub spread: Spread,
}

impl Damages {
    /// The formula in Chinese, e.g. `违规费用×1，不足2000元按2000元计，最高5万元`.
    pub fn describe(self) -> Option<String> {
        let bounds = |floor: Option<u32>, cap: Option<u32>| {
            let mut text = String::new();
            if let Some(floor) = floor {
                text.push_str(&format!(
                    "，不足{}按{}计",
                    yuan(floor.into()),
                    yuan(floor.into())
                ));
            }
            if let Some(cap) = cap {
                text.push_str(&format!("，最高{}", yuan(cap.into())));
            }
            text
        };
        Some(match self {
            Damages::None => return None,
            Damages::Unspecified => "违约金金额原文未定，以协议约定为准".to_string(),
            Damages::Fixed {
                yuan: amount,
                doubles: false,
            } => yuan(amount.into()),
            Damages::Fixed {
                yuan: amount,
                doubles: true,
            } => format!("{}，第二次起加倍", yuan(amount.into())),
            Damages::Multiple {
                base,
                times,
                floor,
                cap,
                doubles,
            } => format!(
                "{}×{times}{}{}",
                base.label(),
                bounds(floor, cap),
                if doubles {
                    "；查实二次及以上的加倍"
                } else {
                    ""
                }
            ),
            Damages::Share {
                base,
                from: 0,
                up_to,
                floor,
                cap,
            } => format!("不超过{}的{up_to}%{}", base.label(), bounds(floor, cap)),
            Damages::Share {
                base,
                from,
                up_to,
                floor,
                cap,
            } if from == up_to => format!("{}的{from}%{}", base.label(), bounds(floor, cap)),
            Damages::Share {
                base,
                from,
                up_to,
                floor,
                cap,
            } => format!(
                "{}的{from}%以上、不超过{up_to}%{}",
                base.label(),
                bounds(floor, cap)
            ),
        })
    }

    /// The base the damages are counted on, when they turn on one.
    pub fn base(self) -> Option<Base> {
        match self {
            Damages::Multiple { base, .. } | Damages::Share { base, .. } => Some(base),
            Damages::None | Damages::Unspecified | Damages::Fixed { .. } => None,
        }
    }

    /// The least and the most damages the clause allows without knowing
    /// the base, in yuan (`None` for no upper bound), the first time; `None`
    /// when the text fixes no amount.
    pub fn bounds(self) -> Option<(u64, Option<u64>)> {
        match self {
            Damages::None | Damages::Unspecified => None,
            Damages::Fixed { yuan, .. } => Some((yuan.into(), Some(yuan.into()))),
            Damages::Multiple { floor, cap, .. } | Damages::Share { floor, cap, .. } => {
                Some((floor.map_or(0, u64::from), cap.map(u64::from)))
            }
        }
    }

    /// The damages for `base_fen` (the base in fen) the `nth` time (1 for
    /// the first), or `None` when the text fixes no amount. A share is a
    /// range, its lower bound rounded up to the fen and its upper bound down,
    /// so that neither bound is crossed; a single share is rounded to the
    /// nearest fen, half up.
    pub fn amount(self, base_fen: u64, nth: u32) -> Option<Amount> {
        let repeat = nth >= 2;
        let fen = |yuan: u32| u64::from(yuan) * 100;
        let clamp = |value: u64, floor: Option<u32>, cap: Option<u32>| {
            let value = floor.map_or(value, |f| value.max(fen(f)));
            cap.map_or(value, |c| value.min(fen(c)))
        };
        let exact = |fen: u64| Amount {
            low_fen: fen,
            high_fen: fen,
            spread: Spread::Exact,
        };
        match self {
            Damages::None | Damages::Unspecified => None,
            Damages::Fixed { yuan, doubles } => {
                let once = fen(yuan);
                Some(exact(if repeat && doubles {
                    once.saturating_mul(2)
                } else {
                    once
                }))
            }
            Damages::Multiple {
                times,
                floor,
                cap,
                doubles,
                ..
            } => {
                let once = clamp(base_fen.saturating_mul(times.into()), floor, cap);
                if repeat && doubles {
                    // Reading 1: the bounded amount doubled (up to twice the cap).
                    // Reading 2: the doubled multiple within the same bounds.
                    let doubled_after = once.saturating_mul(2);
                    let doubled_within = clamp(
                        base_fen.saturating_mul(u64::from(times).saturating_mul(2)),
                        floor,
                        cap,
                    );
                    let (low, high) = (
                        doubled_within.min(doubled_after),
                        doubled_within.max(doubled_after),
                    );
                    Some(Amount {
                        low_fen: low,
                        high_fen: high,
                        spread: if low == high {
                            Spread::Exact
                        } else {
                            Spread::Readings
                        },
                    })
                } else {
                    Some(exact(once))
                }
            }
            Damages::Share {
                from,
                up_to,
                floor,
                cap,
                ..
            } => {
                let share = |percent: u32| u128::from(base_fen) * u128::from(percent);
                let to_u64 = |v: u128| u64::try_from(v).unwrap_or(u64::MAX);
                if from == up_to {
                    let value = to_u64((share(from) + 50) / 100);
                    return Some(exact(clamp(value, floor, cap)));
                }
                let low = to_u64(share(from).div_ceil(100));
                let high = to_u64(share(up_to) / 100);
                Some(Amount {
                    low_fen: clamp(low, floor, cap),
                    high_fen: clamp(high, floor, cap),
                    spread: Spread::Range,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T65_2: Damages = Damages::Multiple {
        base: Base::ViolatingFees,
        times: 1,
        floor: Some(2000),
        cap: Some(50_000),
        doubles: false,
    };
    const T65_4: Damages = Damages::Multiple {
        base: Base::ViolatingFees,
        times: 3,
        floor: Some(20_000),
        cap: Some(200_000),
        doubles: true,
    };

    fn yuan_range(d: Damages, base_yuan: u64, nth: u32) -> Option<(u64, u64, Spread)> {
        d.amount(base_yuan * 100, nth)
            .map(|a| (a.low_fen / 100, a.high_fen / 100, a.spread))
    }

    #[test]
    fn multiples_apply_their_floor_and_cap_on_both_sides() {
        let exact = |v| Some((v, v, Spread::Exact));
        assert_eq!(yuan_range(T65_2, 1999, 1), exact(2000));
        assert_eq!(yuan_range(T65_2, 2000, 1), exact(2000));
        assert_eq!(yuan_range(T65_2, 2001, 1), exact(2001));
        assert_eq!(yuan_range(T65_2, 50_000, 1), exact(50_000));
        assert_eq!(yuan_range(T65_2, 50_001, 1), exact(50_000));
        assert_eq!(yuan_range(T65_2, 50_001, 2), exact(50_000));
        assert_eq!(
            T65_2.amount(u64::MAX, 1).map(|a| a.high_fen),
            Some(5_000_000)
        );
    }

    #[test]
    fn doubling_on_repeat_spans_both_readings() {
        let exact = |v| Some((v, v, Spread::Exact));
        assert_eq!(yuan_range(T65_4, 10_000, 1), exact(30_000));
        assert_eq!(yuan_range(T65_4, 10_000, 2), exact(60_000));
        // 3 × 50 000 = 150 000 within the cap; doubled: 300 000 beyond it.
        assert_eq!(
            yuan_range(T65_4, 50_000, 2),
            Some((200_000, 300_000, Spread::Readings))
        );
        assert_eq!(
            yuan_range(T65_4, 100_000, 2),
            Some((200_000, 400_000, Spread::Readings))
        );
        assert_eq!(
            yuan_range(T65_4, 1, 2),
            Some((20_000, 40_000, Spread::Readings))
        );
    }

    #[test]
    fn a_share_range_never_crosses_its_bounds() {
        let l3 = Damages::Share {
            base: Base::Loss,
            from: 20,
            up_to: 30,
            floor: None,
            cap: None,
        };
        // 99 × 20% = 19.8 yuan: not 19, which would fall below 20%.
        let a = l3.amount(9_900, 1).expect("amount");
        assert_eq!(
            (a.low_fen, a.high_fen, a.spread),
            (1_980, 2_970, Spread::Range)
        );
        // 0.99 yuan: 20% is 19.8 fen, rounded up to 20; 30% is 29.7, down to 29.
        let a = l3.amount(99, 1).expect("amount");
        assert_eq!((a.low_fen, a.high_fen), (20, 29));
        let a = l3.amount(10_000_000, 1).expect("amount");
        assert_eq!((a.low_fen, a.high_fen), (2_000_000, 3_000_000));
        let l2 = Damages::Share {
            base: Base::Loss,
            from: 0,
            up_to: 20,
            floor: None,
            cap: None,
        };
        let a = l2.amount(9_999, 1).expect("amount");
        assert_eq!((a.low_fen, a.high_fen), (0, 1_999));
    }

    #[test]
    fn a_single_share_applies_its_floor_and_cap_rounded_to_the_fen() {
        let checkup = Damages::Share {
            base: Base::CheckupTotal,
            from: 2,
            up_to: 2,
            floor: Some(2000),
            cap: Some(100_000),
        };
        let exact = |v| Some((v, v, Spread::Exact));
        assert_eq!(yuan_range(checkup, 99_999, 1), exact(2000));
        assert_eq!(yuan_range(checkup, 200_000, 1), exact(4000));
        assert_eq!(yuan_range(checkup, 5_000_000, 1), exact(100_000));
        assert_eq!(yuan_range(checkup, 6_000_000, 1), exact(100_000));
        // 123 456.78 × 2% = 2 469.1356: 2 469.14 yuan.
        assert_eq!(
            checkup.amount(12_345_678, 1).map(|a| a.low_fen),
            Some(246_914)
        );
        assert_eq!(
            checkup.amount(12_345_625, 1).map(|a| a.low_fen),
            Some(246_913)
        );
    }

    #[test]
    fn fixed_amounts_double_only_where_the_text_says_so() {
        let t64b = Damages::Fixed {
            yuan: 2000,
            doubles: false,
        };
        assert_eq!(yuan_range(t64b, 0, 2), Some((2000, 2000, Spread::Exact)));
        let t64e = Damages::Fixed {
            yuan: 5000,
            doubles: true,
        };
        assert_eq!(yuan_range(t64e, 0, 1), Some((5000, 5000, Spread::Exact)));
        assert_eq!(
            yuan_range(t64e, 0, 2),
            Some((10_000, 10_000, Spread::Exact))
        );
        assert_eq!(
            yuan_range(t64e, 0, 3),
            Some((10_000, 10_000, Spread::Exact))
        );
        assert_eq!(Damages::Unspecified.amount(1, 1), None);
        assert_eq!(Damages::None.describe(), None);
    }

    #[test]
    fn yuan_are_written_in_wan_only_when_whole() {
        assert_eq!(yuan(2000), "2000元");
        assert_eq!(yuan(10_000), "1万元");
        assert_eq!(yuan(15_000), "15000元");
        assert_eq!(yuan(200_000), "20万元");
        assert_eq!(yuan(0), "0元");
        assert_eq!(yuan_fen(1_980), "19.80元");
        assert_eq!(yuan_fen(5), "0.05元");
        assert_eq!(yuan_fen(2_000_000), "2万元");
    }

    #[test]
    fn every_severity_has_its_own_words() {
        let labels: Vec<&str> = Severity::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(
            labels,
            [
                "后果未明确",
                "督促纠正",
                "费用不予支付或追回",
                "违约金",
                "暂停或中止",
                "解除协议",
                "解除并限期不得申请"
            ]
        );
        assert!(Severity::TerminationAndBar > Severity::Termination);
        assert!(Severity::Suspension > Severity::Damages);
        assert!(Severity::Rectification > Severity::Unspecified);
    }

    #[test]
    fn grades_are_high_medium_low_and_a_possibility_one_lower() {
        assert_eq!(Grade::of(Severity::Termination, true), Grade::High);
        assert_eq!(Grade::of(Severity::Suspension, true), Grade::High);
        assert_eq!(Grade::of(Severity::Termination, false), Grade::Medium);
        assert_eq!(Grade::of(Severity::Damages, true), Grade::Medium);
        assert_eq!(Grade::of(Severity::Recovery, false), Grade::Low);
        assert_eq!(Grade::of(Severity::Rectification, true), Grade::Low);
        assert_eq!(Grade::of(Severity::Unspecified, true), Grade::Low);
        assert_eq!(Grade::High.label(), "高");
        assert!(Grade::High > Grade::Medium && Grade::Medium > Grade::Low);
    }

    #[test]
    fn formulas_read_as_the_texts_write_them() {
        assert_eq!(
            T65_2.describe().as_deref(),
            Some("违规费用×1，不足2000元按2000元计，最高5万元")
        );
        assert_eq!(
            T65_4.describe().as_deref(),
            Some("违规费用×3，不足2万元按2万元计，最高20万元；查实二次及以上的加倍")
        );
        assert_eq!(
            Damages::Fixed {
                yuan: 5000,
                doubles: true
            }
            .describe()
            .as_deref(),
            Some("5000元，第二次起加倍")
        );
        assert_eq!(
            Damages::Fixed {
                yuan: 2000,
                doubles: false
            }
            .describe()
            .as_deref(),
            Some("2000元")
        );
        let share = |from, up_to| Damages::Share {
            base: Base::Loss,
            from,
            up_to,
            floor: None,
            cap: None,
        };
        assert_eq!(
            share(0, 20).describe().as_deref(),
            Some("不超过造成医保基金损失金额的20%")
        );
        assert_eq!(
            share(20, 30).describe().as_deref(),
            Some("造成医保基金损失金额的20%以上、不超过30%")
        );
        assert_eq!(
            Damages::Share {
                base: Base::CheckupTotal,
                from: 2,
                up_to: 2,
                floor: Some(2000),
                cap: Some(100_000)
            }
            .describe()
            .as_deref(),
            Some("参检人员体检总费用的2%，不足2000元按2000元计，最高10万元")
        );
        assert_eq!(
            Damages::Multiple {
                base: Base::Unnamed,
                times: 2,
                floor: None,
                cap: None,
                doubles: false
            }
            .describe()
            .as_deref(),
            Some("计算基数（原文未写明）×2")
        );
    }

    #[test]
    fn qualifiers_read_as_conditions_and_decide_certainty() {
        static NONE_NEEDED: Step = Step {
            measure: "约谈",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        };
        static JUDGED: Step = Step {
            measure: "应当解除",
            when: &[Qualifier::judged("情节恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        };
        let no_answer = |_: &'static Question<bool>| None;
        assert_eq!(NONE_NEEDED.met(no_answer), Met::Certain);
        assert_eq!(NONE_NEEDED.condition(no_answer), None);
        assert_eq!(JUDGED.met(no_answer), Met::Possible);
        assert_eq!(
            JUDGED.condition(no_answer).as_deref(),
            Some("若经认定情节恶劣")
        );
        assert_eq!(
            Qualifier::fact("造成医保基金损失的").condition(),
            "若造成医保基金损失"
        );
        assert_eq!(
            Qualifier::judged("以骗取医疗保障基金为目的的").condition(),
            "若经认定以骗取医疗保障基金为目的"
        );
    }
}
