//! The catalog's integrity: every rule is cited, quoted verbatim from the
//! article it cites, uniquely identified, asks exactly what it reads, and is
//! tested both ways.

use std::collections::{BTreeMap, BTreeSet};

use super::testing::{baseline, date, Case};
use super::*;
use crate::engine;
use crate::facts::{Choice, Jurisdiction};
use crate::report::Outcome;
use crate::sources::{self, chinese_numeral_value};

/// Every table of cases, one per document.
pub(super) fn all_cases() -> Vec<Case> {
    let tables: [&[&[Case]]; 5] = [
        jiangsu::CASES,
        zhongshan::CASES,
        guangdong::CASES,
        jilin::CASES,
        nantong::CASES,
    ];
    tables
        .iter()
        .flat_map(|doc| doc.iter())
        .flat_map(|t| t.iter().copied())
        .collect()
}

#[test]
fn every_family_holds_rules_of_its_own_document_only() {
    for (document, rules) in families() {
        for rule in rules {
            assert_eq!(
                rule.document,
                document,
                "{} is filed under {}",
                rule.id,
                document.code()
            );
        }
    }
}

#[test]
fn rule_ids_are_unique_and_name_their_document_and_article() {
    for version in registry::versions() {
        let mut seen = BTreeSet::new();
        for rule in version.rules() {
            assert!(
                seen.insert(rule.id),
                "duplicate rule id {} in {}",
                rule.id,
                version.id
            );
        }
    }
    for rule in rules() {
        let mut parts = rule.id.split('.');
        let doc = parts.next().unwrap_or_default();
        assert_eq!(doc, rule.document.code().to_lowercase(), "{}", rule.id);
        let article = parts.next().unwrap_or_default();
        let number = rule
            .article
            .strip_prefix('第')
            .and_then(|a| a.strip_suffix('条'))
            .and_then(chinese_numeral_value);
        assert_eq!(
            article
                .strip_prefix('a')
                .and_then(|n| n.parse::<u32>().ok()),
            number,
            "{}: the id's article differs from {}",
            rule.id,
            rule.article
        );
        let slug = rule.id.rsplit('.').next().unwrap_or_default();
        assert!(
            !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}: slug must be lowercase words joined by '-'",
            rule.id
        );
    }
}

#[test]
fn no_two_versions_of_a_rule_are_in_force_on_the_same_date() {
    type Window = Option<(chrono::NaiveDate, Option<chrono::NaiveDate>)>;
    let mut by_id: BTreeMap<&str, Vec<(Window, &str)>> = BTreeMap::new();
    for version in registry::versions() {
        for rule in version.rules() {
            by_id
                .entry(rule.id)
                .or_default()
                .push((rule.in_force.or_else(|| version.in_force()), version.id));
        }
    }
    let mut shared = 0;
    for (id, versions) in by_id {
        for (i, (a, a_version)) in versions.iter().enumerate() {
            for (b, b_version) in versions.iter().skip(i + 1) {
                shared += 1;
                let (Some((a_from, a_until)), Some((b_from, b_until))) = (a, b) else {
                    panic!("{id}: in {a_version} and {b_version}, one never in force by its dates");
                };
                let a_end = a_until.unwrap_or(chrono::NaiveDate::MAX);
                let b_end = b_until.unwrap_or(chrono::NaiveDate::MAX);
                assert!(
                    a_end < *b_from || b_end < *a_from,
                    "{id}: {a_version} and {b_version} in force on the same date"
                );
            }
        }
    }
    assert!(shared > 0, "the test version shares a rule id with gd-2021");
}

#[test]
fn every_rule_is_cited_and_quoted_verbatim_from_the_article_it_cites() {
    for rule in rules() {
        let article = sources::article(rule.document, rule.article).unwrap_or_else(|| {
            panic!(
                "{}: {} has no {}",
                rule.id,
                rule.document.code(),
                rule.article
            )
        });
        assert!(
            !rule.title.is_empty() && !rule.advice.is_empty(),
            "{}: title and advice",
            rule.id
        );
        if let Some(item) = rule.item {
            let well_formed = (item.starts_with('（') && item.ends_with('）'))
                || (item.starts_with('第') && item.ends_with('款'));
            assert!(
                well_formed,
                "{}: item {item} is not written as （一） or 第N款",
                rule.id
            );
        }
        assert!(!rule.quote.trim().is_empty(), "{}: empty quote", rule.id);
        assert!(
            sources::contains_quote(&article.text, rule.quote),
            "{}: quote not found verbatim in {} {}: 「{}」",
            rule.id,
            rule.document.code(),
            rule.article,
            rule.quote
        );
        for excerpt in rule.excerpts {
            assert!(
                sources::contains_quote(&article.text, excerpt.quote),
                "{}: excerpt {:?} not found verbatim in {}",
                rule.id,
                excerpt.item,
                rule.article
            );
            if let Some(item) = excerpt.item {
                let with_item = format!("{item}{}", excerpt.quote);
                assert!(
                    sources::contains_quote(&article.text, &with_item),
                    "{}: excerpt does not stand under item {item}",
                    rule.id
                );
            }
        }
        if let Some(item) = rule.item.filter(|i| i.starts_with('（')) {
            let at = sources::normalize_for_match(&article.text);
            let quote = sources::normalize_for_match(rule.quote);
            let item_at = at.find(item);
            let quote_at = at.find(&quote);
            assert!(
                matches!((item_at, quote_at), (Some(i), Some(q)) if i <= q),
                "{}: the quote does not follow item {item}",
                rule.id
            );
        }
    }
}

#[test]
fn every_rule_belongs_to_a_jurisdiction() {
    for rule in rules() {
        let planned = Jurisdiction::VALUES
            .iter()
            .any(|&j| engine::plan(j).iter().any(|(d, _)| *d == rule.document));
        assert!(
            planned,
            "{}: no jurisdiction applies {}",
            rule.id,
            rule.document.code()
        );
    }
}

/// A rule reads only the questions it declares (so the questionnaire asks
/// them), and each declared question is read in some case (so none is stale).
#[test]
fn every_rule_asks_exactly_the_questions_it_reads() {
    let mut read_by: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut profiles: Vec<_> = all_cases()
        .into_iter()
        .map(|case| {
            let mut profile = baseline(case.jurisdiction);
            (case.set)(&mut profile);
            (profile, date(case.as_of))
        })
        .collect();
    for &j in Jurisdiction::VALUES {
        profiles.push((baseline(j), date(super::testing::AS_OF)));
    }
    for (profile, as_of) in &profiles {
        for (rule, _, _) in engine::rules_for(profile) {
            let ctx = Ctx::new(profile, *as_of);
            let _ = rule.judge(&ctx);
            for id in ctx.read() {
                assert!(
                    rule.asks.iter().any(|q| q.id == id),
                    "{} reads {id} but does not list it in asks",
                    rule.id
                );
                read_by.entry(rule.id).or_default().insert(id);
            }
        }
    }
    for rule in rules() {
        for asked in rule.asks {
            assert!(
                read_by.get(rule.id).is_some_and(|r| r.contains(asked.id)),
                "{} asks {} but no case makes it read the answer",
                rule.id,
                asked.id
            );
        }
    }
}

/// Each rule has a case on its favourable side (pass or not applicable) and
/// one on its unfavourable side (fail or needs review); a rule that records
/// a document's silence has a case showing it answers "not covered".
#[test]
fn every_rule_is_tested_both_ways() {
    let cases = all_cases();
    for rule in rules() {
        let outcomes: BTreeSet<Outcome> = cases
            .iter()
            .filter(|c| c.rule == rule.id)
            .map(|c| c.expect)
            .collect();
        // A rule that records a document's silence answers "not covered".
        if outcomes == BTreeSet::from([Outcome::NotCovered]) {
            continue;
        }
        // A deadline is computed (pass) on one side; on the other it is
        // overdue, barred, or cannot be computed without its date.
        let (favourable, unfavourable) = if rule.group == Group::Deadline {
            (
                outcomes.contains(&Outcome::Pass),
                outcomes.iter().any(|o| *o != Outcome::Pass),
            )
        } else {
            (
                outcomes.contains(&Outcome::Pass) || outcomes.contains(&Outcome::NotApplicable),
                outcomes.contains(&Outcome::Fail) || outcomes.contains(&Outcome::NeedsReview),
            )
        };
        assert!(
            favourable && unfavourable,
            "{} is not tested both ways: {:?}",
            rule.id,
            outcomes
        );
    }
    for case in &cases {
        assert!(
            rule(case.rule).is_some(),
            "case for unknown rule {}: {}",
            case.rule,
            case.name
        );
    }
}

/// Every item of the compliance self-audit is one: it concerns designated
/// institutions, and says what failing it risks.
#[test]
fn every_compliance_item_is_for_designated_institutions_and_names_its_risks() {
    for rule in rules() {
        let is_item = rule.group == Group::Compliance;
        assert_eq!(
            is_item,
            rule.audit.is_some(),
            "{}: the compliance group and an audit go together",
            rule.id
        );
        if let Some(audit) = rule.audit {
            assert_eq!(
                rule.application,
                Some(crate::facts::ApplicationKind::Designated),
                "{}: a compliance item concerns designated institutions",
                rule.id
            );
            assert!(!audit.risks.is_empty(), "{}: names no consequence", rule.id);
            for risk in audit.risks {
                assert!(
                    consequences().any(|c| std::ptr::eq(c, *risk)),
                    "{}: consequence {} is not listed in its document's risks::ALL",
                    rule.id,
                    risk.id
                );
            }
        }
    }
}

/// Every consequence is cited and quoted verbatim like a rule, has a unique
/// id naming its document and article, and is referenced by some item.
#[test]
fn every_consequence_is_quoted_verbatim_and_used() {
    let mut seen = BTreeSet::new();
    for list in registry::versions().flat_map(|v| v.consequences.iter()) {
        for c in list.iter() {
            assert!(seen.insert(c.id), "duplicate consequence id {}", c.id);
            let mut parts = c.id.split('.');
            assert_eq!(
                parts.next(),
                Some(c.document.code().to_lowercase().as_str()),
                "{}",
                c.id
            );
            let number = c
                .article
                .strip_prefix('第')
                .and_then(|a| a.strip_suffix('条'))
                .and_then(chinese_numeral_value);
            assert_eq!(
                parts
                    .next()
                    .and_then(|a| a.strip_prefix('a'))
                    .and_then(|n| n.parse::<u32>().ok()),
                number,
                "{}: the id's article differs from {}",
                c.id,
                c.article
            );
            let article = sources::article(c.document, c.article)
                .unwrap_or_else(|| panic!("{}: no {}", c.id, c.article));
            assert!(!c.label.is_empty(), "{}: label", c.id);
            assert!(!c.steps.is_empty(), "{}: no step", c.id);
            // A measure is named only with its clause's words, and so is
            // every condition put on it.
            for step in c.steps {
                assert!(
                    sources::contains_quote(&article.text, step.measure),
                    "{}: measure not found verbatim in {}: 「{}」",
                    c.id,
                    c.article,
                    step.measure
                );
                for q in step.when {
                    assert!(
                        sources::contains_quote(&article.text, q.words),
                        "{}: qualifier not found verbatim in {}: 「{}」",
                        c.id,
                        c.article,
                        q.words
                    );
                    // The body a discretion names is the clause's: the
                    // agency (经办机构, the agreement's 甲方) unless the
                    // clause names another (JS 第四十条: 医疗保障部门).
                    if let crate::catalog::risk::Qualifying::Discretion(body) = q.kind {
                        if body == "经办机构" {
                            let other = ["医疗保障部门", "医疗保障行政部门", "医保行政部门"]
                                .iter()
                                .find(|b| c.quote.contains(**b));
                            assert!(
                                c.quote.contains("经办机构")
                                    || c.quote.contains("甲方")
                                    || other.is_none(),
                                "{}: the clause leaves the measure to {:?}, not 经办机构",
                                c.id,
                                other
                            );
                        } else {
                            assert!(
                                sources::contains_quote(c.quote, body),
                                "{}: the deciding body 「{body}」 is not in the quote",
                                c.id
                            );
                        }
                    }
                }
            }
            assert!(
                sources::contains_quote(&article.text, c.quote),
                "{}: quote not found verbatim in {} {}: 「{}」",
                c.id,
                c.document.code(),
                c.article,
                c.quote
            );
            if let Some(item) = c.item.filter(|i| i.starts_with('（')) {
                let with_item = format!("{item}{}", c.quote);
                let at = sources::normalize_for_match(&article.text);
                let item_at = at.find(item);
                let quote_at = at.find(&sources::normalize_for_match(c.quote));
                assert!(
                    matches!((item_at, quote_at), (Some(i), Some(q)) if i <= q)
                        || sources::contains_quote(&article.text, &with_item),
                    "{}: the quote does not follow item {item}",
                    c.id
                );
            }
            assert!(
                rules().any(|r| r
                    .audit
                    .is_some_and(|a| a.risks.iter().any(|x| std::ptr::eq(*x, *c)))),
                "{}: no item references it",
                c.id
            );
        }
    }
}

/// Every compliance item judged on a measured indicator or a count has its
/// threshold tested on both sides and on the boundary: at least three cases,
/// a pass and a failure (or review) among them.
#[test]
fn every_threshold_is_tested_on_both_sides_and_on_its_boundary() {
    use crate::facts::questions::AnswerKind;
    let cases = all_cases();
    let mut gaps = Vec::new();
    for rule in rules().filter(|r| r.group == Group::Compliance) {
        let measured = rule
            .asks
            .iter()
            .any(|q| matches!(q.kind, AnswerKind::Measure | AnswerKind::Count));
        if !measured {
            continue;
        }
        let outcomes: Vec<Outcome> = cases
            .iter()
            .filter(|c| c.rule == rule.id)
            .map(|c| c.expect)
            .collect();
        let tested = outcomes.len() >= 3
            && outcomes.contains(&Outcome::Pass)
            && (outcomes.contains(&Outcome::Fail) || outcomes.contains(&Outcome::NeedsReview));
        if !tested {
            gaps.push(format!("{}: {:?}", rule.id, outcomes));
        }
    }
    assert!(
        gaps.is_empty(),
        "thresholds need cases inside, on and outside their boundary:\n{}",
        gaps.join("\n")
    );
}

/// An item whose consequences follow only from some of its questions tells
/// on which question each failure falls; else the choice could not be made.
#[test]
fn every_item_that_picks_risks_by_question_names_the_failing_question() {
    for case in all_cases().iter().filter(|c| c.expect == Outcome::Fail) {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let Some(audit) = rule.audit_item() else {
            continue;
        };
        if audit.only_on.is_empty() {
            continue;
        }
        for only in audit.only_on {
            assert!(
                audit
                    .risks
                    .iter()
                    .any(|r| std::ptr::eq(*r, only.consequence)),
                "{}: only_on names {}, which is not among its risks",
                rule.id,
                only.consequence.id
            );
            for q in only.questions {
                assert!(
                    rule.asks.iter().any(|a| a.id == q.id),
                    "{}: only_on names {}, which it does not ask",
                    rule.id,
                    q.id
                );
            }
        }
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let ctx = Ctx::new(&profile, date(case.as_of));
        let verdict = rule.judge(&ctx).expect("a failing case is decided");
        assert!(
            !verdict.failing.is_empty(),
            "{} ({}): fails without naming the question it fails on",
            rule.id,
            case.name
        );
    }
}

/// Users never see the rules map's codes: every reading a text relies on is
/// marked with a known reading, and no finding's words, reading, advice or
/// risks carry 「规则映射」, 「§」 or 「X-n」.
#[test]
fn findings_cite_readings_by_name_and_show_no_internal_codes() {
    use crate::catalog::readings::unknown_marks;
    for rule in rules() {
        for text in [rule.reading.unwrap_or(""), rule.advice, rule.title] {
            assert!(
                unknown_marks(text).is_empty(),
                "{}: {:?}",
                rule.id,
                unknown_marks(text)
            );
        }
    }
    let coded = |text: &str| {
        text.contains("规则映射")
            || text.contains('§')
            || text.contains('⟦')
            || text
                .match_indices("X-")
                .any(|(i, _)| text[i + 2..].starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut seen = 0;
    for case in all_cases() {
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let report = engine::check(&profile, date(case.as_of));
        for f in &report.findings {
            seen += 1;
            let mut texts = vec![f.detail.as_str(), f.advice.as_ref(), f.title.as_ref()];
            texts.extend(f.reading.as_deref());
            texts.extend(f.risk_note.as_deref());
            for r in &f.risks {
                texts.push(r.label);
                texts.extend(r.note);
                texts.extend(r.condition.as_deref());
            }
            for text in texts {
                assert!(!coded(text), "{}: {text}", f.rule_id);
            }
        }
        assert!(
            !coded(&report.conclusion.summary),
            "{}",
            report.conclusion.summary
        );
    }
    assert!(seen > 1000);
}

/// Every parameter is cited: each value stands in the words it is quoted
/// with (or says where else it comes from), and those words stand in the
/// article; a rule's title names a value only through its parameters.
#[test]
fn every_parameter_is_quoted_with_its_value_and_has_no_second_copy() {
    use crate::catalog::params::Unit;
    let mut seen = 0;
    for rule in rules() {
        let placeholders = rule.title.matches("{}").count();
        assert!(
            placeholders <= rule.params.len(),
            "{}: {placeholders} placeholders for {} parameters",
            rule.id,
            rule.params.len()
        );
        for param in rule.params {
            assert!(!param.rows.is_empty(), "{}: no value", param.id);
            for row in param.rows {
                seen += 1;
                let article = sources::article(row.document, row.article)
                    .unwrap_or_else(|| panic!("{}: no {}", param.id, row.article));
                assert!(
                    sources::contains_quote(&article.text, row.quote),
                    "{}: quote not in {}: 「{}」",
                    param.id,
                    row.article,
                    row.quote
                );
                let digits = sources::normalize_for_match(row.quote);
                let value = row.value.to_string();
                let stands_alone = digits.match_indices(&value).any(|(i, _)| {
                    let before = digits[..i].chars().next_back();
                    let after = digits[i + value.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_digit())
                        && !after.is_some_and(|c| c.is_ascii_digit())
                });
                // Periods are often written in Chinese numerals (三个月、
                // 十个工作日、一年): the value in either spelling, whole.
                let in_words = chinese_numerals(row.value).into_iter().any(|words| {
                    digits.match_indices(&words).any(|(i, _)| {
                        let before = digits[..i].chars().next_back();
                        let after = digits[i + words.len()..].chars().next();
                        !before.is_some_and(is_numeral) && !after.is_some_and(is_numeral)
                    })
                });
                assert!(
                    stands_alone || (param.is_period() && in_words) || row.external.is_some(),
                    "{}: {} is not in its quote 「{}」",
                    param.id,
                    row.value,
                    row.quote
                );
                let text = param.text(row.value);
                assert!(
                    !rule.title.contains(&text) && !rule.advice.contains(&text),
                    "{}: {text} written in the title or advice besides the parameter",
                    rule.id
                );
            }
            if let Unit::Count(unit) = param.unit {
                assert!(!unit.is_empty(), "{}", param.id);
            }
        }
    }
    assert!(seen >= 20, "{seen}");
}

/// Whether `c` is a digit, Arabic or Chinese.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "〇零一二两三四五六七八九十百千".contains(c)
}

/// `n` (below 1000) in Chinese numerals as the texts write it: `三`,
/// `十`, `十五`, `二十`, `一百八十`, `一百零五`; 2 also as `两`.
fn chinese_numerals(n: u32) -> Vec<String> {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS[d as usize];
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(digit(hundreds));
        out.push('百');
    }
    match (hundreds, tens, ones) {
        (0, 0, _) => {}
        (0, 1, _) => out.push('十'),
        (_, 0, 0) => {}
        (_, 0, _) => out.push('零'),
        (_, t, _) => {
            out.push_str(digit(t));
            out.push('十');
        }
    }
    if ones > 0 || n == 0 {
        out.push_str(digit(ones));
    }
    let mut all = vec![out];
    if n == 2 {
        all.push("两".to_string());
    }
    all
}

#[test]
fn chinese_numerals_are_spelled_as_the_texts_spell_them() {
    for (n, words) in [
        (1, "一"),
        (3, "三"),
        (10, "十"),
        (15, "十五"),
        (20, "二十"),
        (30, "三十"),
        (105, "一百零五"),
        (180, "一百八十"),
    ] {
        assert_eq!(chinese_numerals(n)[0], words);
    }
    assert!(chinese_numerals(2).contains(&"两".to_string()));
}

/// A rule reads only the parameters it declares, and each is read.
#[test]
fn every_rule_reads_exactly_the_parameters_it_declares() {
    let mut read_by: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for case in all_cases() {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let ctx = Ctx::new(&profile, date(case.as_of));
        let _ = rule.judge(&ctx);
        for id in ctx.spans_read() {
            assert!(
                rule.params.iter().any(|p| p.id == id && p.is_period()),
                "{} reads {id} as a period, which it is not",
                rule.id
            );
        }
        for id in ctx.params_read() {
            assert!(
                rule.params.iter().any(|p| p.id == id),
                "{} reads parameter {id} it does not declare",
                rule.id
            );
            read_by.entry(rule.id).or_default().insert(id);
        }
    }
    for rule in rules() {
        for param in rule.params {
            assert!(
                read_by.get(rule.id).is_some_and(|r| r.contains(param.id)),
                "{} declares {} but no case reads it",
                rule.id,
                param.id
            );
        }
    }
}

/// The boundary cases of every threshold are generated from its parameter:
/// just inside, exactly on and just outside, against the bound's direction.
#[test]
fn every_threshold_holds_on_both_sides_of_its_parameter() {
    use crate::catalog::params::{Bound, Unit};
    use crate::facts::questions::AnswerKind;
    let mut tried = 0;
    for case in all_cases().iter().filter(|c| c.expect == Outcome::Pass) {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let [param] = rule.params else { continue };
        let kind = match param.unit {
            Unit::Percent => AnswerKind::Measure,
            Unit::Count(_) => AnswerKind::Count,
            // Periods have their own boundary test below.
            Unit::Period(_) => continue,
        };
        let Some(question) = rule.asks.iter().find(|q| q.kind == kind) else {
            continue;
        };
        let as_of = date(case.as_of);
        let value = u64::from(param.on(as_of));
        let answer = |raw: String| {
            let mut p = baseline(case.jurisdiction);
            (case.set)(&mut p);
            crate::facts::set_answer(&mut p, question.id, Some(&raw)).expect("answer");
            engine::evaluate_rule(rule, &p, as_of).outcome
        };
        let (below, on, above) = match param.unit {
            Unit::Percent => (
                answer(format!("{{\"percent\": {}.9999}}", value.saturating_sub(1))),
                answer(format!("{{\"percent\": {value}}}")),
                (value < 100).then(|| answer(format!("{{\"percent\": {value}.0001}}"))),
            ),
            Unit::Count(_) => (
                answer(value.saturating_sub(1).to_string()),
                answer(value.to_string()),
                Some(answer((value + 1).to_string())),
            ),
            Unit::Period(_) => continue,
        };
        let (want_below, want_on, want_above) = match param.bound {
            Bound::AtLeast => (Outcome::Fail, Outcome::Pass, Outcome::Pass),
            Bound::AtMost => (Outcome::Pass, Outcome::Pass, Outcome::Fail),
            Bound::Below => (Outcome::Pass, Outcome::Fail, Outcome::Fail),
        };
        // Below a count that is a ground, other answers may be needed (a
        // suspension not rectified is a ground on its own).
        let open_below = param.bound == Bound::Below && below == Outcome::NeedsInformation;
        if value > 0 && !open_below {
            assert_eq!(below, want_below, "{} just below {value}", rule.id);
        }
        assert_eq!(on, want_on, "{} on {value}", rule.id);
        if let Some(above) = above {
            assert_eq!(above, want_above, "{} just above {value}", rule.id);
        }
        tried += 1;
    }
    assert!(tried >= 20, "{tried}");
}

/// No file of the catalog grows past 1,000 lines: a document part that
/// does becomes a folder by chapter (DESIGN.md, "Why one builder").
#[test]
fn no_catalog_file_is_over_a_thousand_lines() {
    fn walk(dir: &std::path::Path, long: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("catalog folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, long);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let lines = std::fs::read_to_string(&path)
                    .expect("source")
                    .lines()
                    .count();
                if lines > 1000 {
                    long.push(format!("{} ({lines})", path.display()));
                }
            }
        }
    }
    let mut long = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog"),
        &mut long,
    );
    assert!(long.is_empty(), "over 1,000 lines: {long:?}");
}

/// The periods against their parameters, in a file of their own (length).
#[path = "period_tests.rs"]
mod periods;
