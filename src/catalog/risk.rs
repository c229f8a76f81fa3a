//! What failing a compliance item risks (rules map §10): each document's
//! consequences — liquidated damages with their amounts, multiples, floors
//! and caps, suspension, termination, the bar on applying again — cited
//! and quoted like rules, and referenced by the items they follow from.

use serde::Serialize;

use crate::sources::DocumentId;

/// One consequence a document attaches to failing an item.
pub struct Consequence {
    /// Stable id: `<document>.a<article>.<slug>`, e.g. `nt.a64.t64b`.
    pub id: &'static str,
    pub document: DocumentId,
    /// The article as written in the seed, e.g. `第六十四条`.
    pub article: &'static str,
    /// The item or paragraph, as for rules.
    pub item: Option<&'static str>,
    /// What it is, in a few Chinese words, e.g. `立即纠正、限期整改并支付违约金`.
    pub label: &'static str,
    /// The words of the article, verbatim from the seed.
    pub quote: &'static str,
    /// The gravest measure the clause allows.
    pub severity: Severity,
    /// The liquidated damages, as far as the text fixes them.
    pub damages: Damages,
    /// The reading taken where the text is unclear (rules map §11), or a
    /// caution (e.g. "only where the fund suffered a loss").
    pub note: Option<&'static str>,
}

/// How grave a consequence can be, least grave first; orders the 整改 list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document names no consequence for the item (e.g. NT X-21): the
    /// general measures may still apply.
    Unspecified,
    /// 约谈、限期整改、督促履约.
    Rectification,
    /// 不予支付、追回、退回费用.
    Recovery,
    /// 违约金.
    Damages,
    /// 暂停或中止（医保服务、结算、协议）.
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

    pub fn label(self) -> &'static str {
        match self {
            Severity::Unspecified => "未明确后果",
            Severity::Rectification => "约谈／限期整改",
            Severity::Recovery => "不予支付／追回",
            Severity::Damages => "违约金",
            Severity::Suspension => "暂停／中止",
            Severity::Termination => "解除协议",
            Severity::TerminationAndBar => "解除协议并限期不得申请",
        }
    }
}

/// Liquidated damages as a clause fixes them. Amounts in yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damages {
    /// No liquidated damages in this clause.
    None,
    /// 「相应违约金」 or 「按照协议约定」: no amount in the text.
    Unspecified,
    /// A fixed amount, and the amount when repeated or not corrected.
    Fixed { first: u32, repeated: u32 },
    /// A multiple of the amount in breach (违规费用), with a floor and a cap;
    /// `repeat_doubles`: 「查实二次及以上的违约金加倍」.
    Multiple {
        times: u32,
        floor: u32,
        cap: u32,
        repeat_doubles: bool,
    },
    /// A share of the loss to the fund, in percent: more than `above` (0:
    /// from nothing) up to `up_to` (JS 第四十三、四十四条).
    ShareOfLoss { from: u32, up_to: u32 },
    /// A share of a total (NT 第六十四条 体检: 2 % of the total fees), with a
    /// floor and a cap.
    ShareOfTotal { percent: u32, floor: u32, cap: u32 },
}

/// Yuan, written as the texts do: `2000元`, `5万元`.
pub fn yuan(amount: u64) -> String {
    if amount >= 10_000 && amount % 10_000 == 0 {
        format!("{}万元", amount / 10_000)
    } else {
        format!("{amount}元")
    }
}

impl Damages {
    /// The formula in Chinese, e.g. `违规费用×1，不足2000元按2000元计，最高5万元`.
    pub fn describe(self) -> Option<String> {
        Some(match self {
            Damages::None => return None,
            Damages::Unspecified => "违约金金额原文未定，以协议约定为准".to_string(),
            Damages::Fixed { first, repeated } if first == repeated => yuan(first.into()),
            Damages::Fixed { first, repeated } => format!(
                "首次{}；不纠正或再次发生{}",
                yuan(first.into()),
                yuan(repeated.into())
            ),
            Damages::Multiple {
                times,
                floor,
                cap,
                repeat_doubles,
            } => format!(
                "违规费用×{times}，不足{}按{}计，最高{}{}",
                yuan(floor.into()),
                yuan(floor.into()),
                yuan(cap.into()),
                if repeat_doubles {
                    "；查实二次及以上的加倍"
                } else {
                    ""
                }
            ),
            Damages::ShareOfLoss { from: 0, up_to } => {
                format!("造成基金损失的，不超过损失金额的{up_to}%")
            }
            Damages::ShareOfLoss { from, up_to } => {
                format!("造成基金损失的，损失金额的{from}%以上、不超过{up_to}%")
            }
            Damages::ShareOfTotal {
                percent,
                floor,
                cap,
            } => format!(
                "总费用的{percent}%，不足{}按{}计，最高{}",
                yuan(floor.into()),
                yuan(floor.into()),
                yuan(cap.into())
            ),
        })
    }

    /// The damages for `base` yuan (违规费用, loss or total; whole yuan) the
    /// `nth` time (1 for the first): the least and the most the text allows,
    /// or `None` when it fixes no amount. Where the text is unclear (rules
    /// map §11 X-24: 「加倍」 before or after the floor and cap) the range
    /// spans both readings.
    pub fn amount(self, base: u64, nth: u32) -> Option<(u64, u64)> {
        let repeat = nth >= 2;
        match self {
            Damages::None | Damages::Unspecified => None,
            Damages::Fixed { first, repeated } => {
                let a = u64::from(if repeat { repeated } else { first });
                Some((a, a))
            }
            Damages::Multiple {
                times,
                floor,
                cap,
                repeat_doubles,
            } => {
                let once = base
                    .saturating_mul(times.into())
                    .clamp(floor.into(), cap.into());
                if repeat && repeat_doubles {
                    // Reading 1: the bounded amount doubled (up to twice the cap).
                    // Reading 2: the doubled multiple within the same bounds.
                    let doubled_after = once.saturating_mul(2);
                    let doubled_within = base
                        .saturating_mul(u64::from(times).saturating_mul(2))
                        .clamp(floor.into(), cap.into());
                    Some((
                        doubled_within.min(doubled_after),
                        doubled_within.max(doubled_after),
                    ))
                } else {
                    Some((once, once))
                }
            }
            Damages::ShareOfLoss { from, up_to } => Some((
                base.saturating_mul(from.into()) / 100,
                base.saturating_mul(up_to.into()) / 100,
            )),
            Damages::ShareOfTotal {
                percent,
                floor,
                cap,
            } => {
                let a = (base.saturating_mul(percent.into()) / 100).clamp(floor.into(), cap.into());
                Some((a, a))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T65_2: Damages = Damages::Multiple {
        times: 1,
        floor: 2000,
        cap: 50_000,
        repeat_doubles: false,
    };
    const T65_4: Damages = Damages::Multiple {
        times: 3,
        floor: 20_000,
        cap: 200_000,
        repeat_doubles: true,
    };

    #[test]
    fn multiples_apply_their_floor_and_cap_on_both_sides() {
        assert_eq!(T65_2.amount(1999, 1), Some((2000, 2000)));
        assert_eq!(T65_2.amount(2000, 1), Some((2000, 2000)));
        assert_eq!(T65_2.amount(2001, 1), Some((2001, 2001)));
        assert_eq!(T65_2.amount(50_000, 1), Some((50_000, 50_000)));
        assert_eq!(T65_2.amount(50_001, 1), Some((50_000, 50_000)));
        assert_eq!(T65_2.amount(50_001, 2), Some((50_000, 50_000)));
        assert_eq!(T65_2.amount(u64::MAX, 1), Some((50_000, 50_000)));
    }

    #[test]
    fn doubling_on_repeat_spans_both_readings() {
        assert_eq!(T65_4.amount(10_000, 1), Some((30_000, 30_000)));
        assert_eq!(T65_4.amount(10_000, 2), Some((60_000, 60_000)));
        // 3 × 50 000 = 150 000 within the cap; doubled: 300 000 beyond it.
        assert_eq!(T65_4.amount(50_000, 2), Some((200_000, 300_000)));
        assert_eq!(T65_4.amount(100_000, 2), Some((200_000, 400_000)));
        assert_eq!(T65_4.amount(1, 2), Some((20_000, 40_000)));
    }

    #[test]
    fn fixed_shares_and_unspecified_amounts() {
        let t64b = Damages::Fixed {
            first: 2000,
            repeated: 5000,
        };
        assert_eq!(t64b.amount(0, 1), Some((2000, 2000)));
        assert_eq!(t64b.amount(0, 2), Some((5000, 5000)));
        let l3 = Damages::ShareOfLoss {
            from: 20,
            up_to: 30,
        };
        assert_eq!(l3.amount(100_000, 1), Some((20_000, 30_000)));
        let checkup = Damages::ShareOfTotal {
            percent: 2,
            floor: 2000,
            cap: 100_000,
        };
        assert_eq!(checkup.amount(99_999, 1), Some((2000, 2000)));
        assert_eq!(checkup.amount(200_000, 1), Some((4000, 4000)));
        assert_eq!(checkup.amount(5_000_000, 1), Some((100_000, 100_000)));
        assert_eq!(checkup.amount(6_000_000, 1), Some((100_000, 100_000)));
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
    }

    #[test]
    fn every_severity_has_its_own_words() {
        let labels: Vec<&str> = Severity::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(
            labels,
            [
                "未明确后果",
                "约谈／限期整改",
                "不予支付／追回",
                "违约金",
                "暂停／中止",
                "解除协议",
                "解除协议并限期不得申请"
            ]
        );
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
                first: 2000,
                repeated: 5000
            }
            .describe()
            .as_deref(),
            Some("首次2000元；不纠正或再次发生5000元")
        );
        assert_eq!(
            Damages::Fixed {
                first: 2000,
                repeated: 2000
            }
            .describe()
            .as_deref(),
            Some("2000元")
        );
        assert_eq!(
            Damages::ShareOfLoss { from: 0, up_to: 20 }
                .describe()
                .as_deref(),
            Some("造成基金损失的，不超过损失金额的20%")
        );
        assert!(Severity::TerminationAndBar > Severity::Termination);
        assert!(Severity::Suspension > Severity::Damages);
        assert!(Severity::Rectification > Severity::Unspecified);
    }
}
