//! The answers of the internal-compliance self-audit (rules map §9): a
//! designated institution's obligations kept, forbidden acts absent, and
//! measured indicators, each read through a question like every other fact.
//!
//! The answers live in one map under `compliance` (`compliance.<key>`), so
//! that each document's questions stand in their own file here and no
//! per-field setter is needed. Questions shared by several documents (the
//! services an item applies to, the same forbidden act worded alike) are
//! asked once.

pub mod guangdong;
pub mod jiangsu;
pub mod jilin;
pub mod nantong;
pub mod nantong_violations;
pub mod scope;

mod measure;

pub(crate) use measure::writing_decimal;
pub use measure::{to_json, Decimal, Measure};

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::choices::Choice;
use super::questions::{AnswerKind, QuestionInfo};

/// The questions of the self-audit, file by file, in questionnaire order.
/// Empty in a build without the self-audit (feature `audit`).
pub static LISTS: [&[&QuestionInfo]; 6] = [
    audit(scope::QUESTIONS),
    audit(jiangsu::QUESTIONS),
    audit(guangdong::QUESTIONS),
    audit(jilin::QUESTIONS),
    audit(nantong::QUESTIONS),
    audit(nantong_violations::QUESTIONS),
];

const fn audit(items: &'static [&'static QuestionInfo]) -> &'static [&'static QuestionInfo] {
    if cfg!(feature = "audit") {
        items
    } else {
        &[]
    }
}

/// Every question of the self-audit.
pub fn questions() -> impl Iterator<Item = &'static QuestionInfo> + Clone {
    LISTS.iter().flat_map(|list| list.iter().copied())
}

/// One answer of the self-audit, as its question's kind takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    YesNo(bool),
    Count(u32),
    Measure(Measure),
    Text(String),
    /// The index of the option in the question's list.
    Choice(usize),
    Choices(Vec<usize>),
}

/// The answers, by question id (`compliance.<key>`), in the order given.
/// A list rather than a map: a few dozen answers, and less code in the page.
#[derive(Debug, Clone, Default)]
pub struct Answers(Vec<(&'static str, Value)>);

/// The same answers, in whatever order they were given.
impl PartialEq for Answers {
    fn eq(&self, other: &Answers) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .all(|(id, value)| other.get(id) == Some(value))
    }
}

impl Eq for Answers {}

impl Answers {
    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Records `value` as the answer to the question `id` (a registered id).
    pub fn set(&mut self, id: &'static str, value: Value) {
        match self.0.iter_mut().find(|(key, _)| *key == id) {
            Some(slot) => slot.1 = value,
            None => self.0.push((id, value)),
        }
    }

    /// Forgets the answer to `id`.
    pub fn clear(&mut self, id: &str) {
        self.0.retain(|(key, _)| *key != id);
    }

    fn get(&self, id: &str) -> Option<&Value> {
        self.0.iter().find(|(key, _)| *key == id).map(|(_, v)| v)
    }

    pub fn yes_no(&self, id: &str) -> Option<bool> {
        match self.get(id) {
            Some(Value::YesNo(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn count(&self, id: &str) -> Option<u32> {
        match self.get(id) {
            Some(Value::Count(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn measure(&self, id: &str) -> Option<Measure> {
        match self.get(id) {
            Some(Value::Measure(m)) => Some(*m),
            _ => None,
        }
    }

    pub fn text(&self, id: &str) -> Option<String> {
        match self.get(id) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }

    pub fn choice<T: Choice>(&self, id: &str) -> Option<T> {
        match self.get(id) {
            Some(Value::Choice(i)) => T::VALUES.get(*i).copied(),
            _ => None,
        }
    }

    pub fn choices<T: Choice>(&self, id: &str) -> Option<Vec<T>> {
        match self.get(id) {
            Some(Value::Choices(is)) => Some(
                is.iter()
                    .filter_map(|i| T::VALUES.get(*i).copied())
                    .collect(),
            ),
            _ => None,
        }
    }
}

/// Written out as the profile reads it: `{ "<key>": <answer>, … }`.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, value) in &self.0 {
            let key = id.strip_prefix("compliance.").unwrap_or(id);
            let options = questions()
                .find(|q| q.id == *id)
                .map_or(&[][..], |q| match q.kind {
                    AnswerKind::Choice { options } | AnswerKind::MultiChoice { options } => options,
                    _ => &[],
                });
            let option = |i: &usize| options.get(*i).map_or("", |o| o.value);
            match value {
                Value::YesNo(b) => map.serialize_entry(key, b)?,
                Value::Count(n) => map.serialize_entry(key, n)?,
                Value::Measure(m) => map.serialize_entry(key, m)?,
                Value::Text(t) => map.serialize_entry(key, t)?,
                Value::Choice(i) => map.serialize_entry(key, option(i))?,
                Value::Choices(is) => {
                    map.serialize_entry(key, &is.iter().map(option).collect::<Vec<_>>())?
                }
            }
        }
        map.end()
    }
}

/// Read (in tests and by `serde`) through the same checks as the page's
/// reader: each key must be a registered question, each value of its kind.
impl<'de> serde::Deserialize<'de> for Answers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Answers, D::Error> {
        use serde::de::Error;
        let raw: BTreeMap<String, serde_json::Value> =
            serde::Deserialize::deserialize(deserializer)?;
        let text = serde_json::to_string(&serde_json::json!({
            "jurisdiction": "jiangsu",
            "compliance": raw,
        }))
        .map_err(D::Error::custom)?;
        super::parse_profile(&text)
            .map(|p| p.compliance)
            .map_err(|e| D::Error::custom(e.message))
    }
}

/// Declares the questions of one file of the self-audit:
///
/// ```text
/// NAME: yes_no = "key", Section, "问题", "说明", pass = true [, shown = predicate];
/// ```
///
/// The answer kinds are `yes_no` (bool), `count` (u32), `measure`
/// ([`Measure`]: numerator over denominator, or a percentage), `text`,
/// `choice<T>` and `choices<T>`. `pass` is the answer that keeps the item
/// (the tests' complete profile gives it); `shown` hides the question from
/// institutions it cannot concern (see [`scope`]).
macro_rules! compliance_questions {
    ($($name:ident : $getter:ident $(<$choice:ty>)? = $key:literal, $section:ident, $label:literal, $help:literal, pass = $pass:expr $(, shown = $shown:expr)?;)*) => {
        $(
            pub static $name: $crate::facts::questions::Question<$crate::facts::compliance::compliance_questions!(@type $getter $($choice)?)> =
                $crate::facts::questions::Question {
                    info: $crate::facts::questions::QuestionInfo {
                        id: concat!("compliance.", $key),
                        section: $crate::facts::questions::Section::$section,
                        label: $label,
                        help: $help,
                        kind: $crate::facts::compliance::compliance_questions!(@kind $getter $($choice)?),
                        shown: $crate::facts::compliance::compliance_questions!(@shown $($shown)?),
                    },
                    get: |p| p.compliance.$getter $(::<$choice>)? (concat!("compliance.", $key)),
                };
        )*
        /// The questions of this file, in questionnaire order.
        pub static QUESTIONS: &[&$crate::facts::questions::QuestionInfo] = &[$(&$name.info,)*];

        /// Gives every question of this file the answer that keeps its item.
        #[cfg(test)]
        #[allow(unused_variables)]
        pub fn keep_all(answers: &mut $crate::facts::compliance::Answers) {
            $(
                answers.set(
                    concat!("compliance.", $key),
                    $crate::facts::compliance::compliance_questions!(@value $getter $($choice)?, $pass),
                );
            )*
        }
    };
    (@type yes_no) => { bool };
    (@type count) => { u32 };
    (@type measure) => { $crate::facts::compliance::Measure };
    (@type text) => { String };
    (@type choice $t:ty) => { $t };
    (@type choices $t:ty) => { Vec<$t> };
    (@kind yes_no) => { $crate::facts::questions::AnswerKind::YesNo };
    (@kind count) => { $crate::facts::questions::AnswerKind::Count };
    (@kind measure) => { $crate::facts::questions::AnswerKind::Measure };
    (@kind text) => { $crate::facts::questions::AnswerKind::Text };
    (@kind choice $t:ty) => {
        $crate::facts::questions::AnswerKind::Choice { options: <$t as $crate::facts::Choice>::OPTIONS }
    };
    (@kind choices $t:ty) => {
        $crate::facts::questions::AnswerKind::MultiChoice { options: <$t as $crate::facts::Choice>::OPTIONS }
    };
    (@value yes_no, $v:expr) => { $crate::facts::compliance::Value::YesNo($v) };
    (@value count, $v:expr) => { $crate::facts::compliance::Value::Count($v) };
    (@value measure, $v:expr) => { $crate::facts::compliance::Value::Measure($v) };
    (@value text, $v:expr) => { $crate::facts::compliance::Value::Text(String::from($v)) };
    (@value choice $t:ty, $v:expr) => {
        $crate::facts::compliance::Value::Choice(
            <$t as $crate::facts::Choice>::VALUES.iter().position(|x| *x == $v).unwrap_or(0),
        )
    };
    (@value choices $t:ty, $v:expr) => {
        $crate::facts::compliance::Value::Choices(
            ($v as &[$t])
                .iter()
                .filter_map(|v| <$t as $crate::facts::Choice>::VALUES.iter().position(|x| x == v))
                .collect(),
        )
    };
    (@shown) => { |_| true };
    (@shown $shown:expr) => { $shown };
}
pub(crate) use compliance_questions;

/// Gives every question of the self-audit the answer that keeps its item.
#[cfg(test)]
pub fn keep_all(answers: &mut Answers) {
    scope::keep_all(answers);
    jiangsu::keep_all(answers);
    guangdong::keep_all(answers);
    jilin::keep_all(answers);
    nantong::keep_all(answers);
    nantong_violations::keep_all(answers);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_under_compliance_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for q in questions() {
            assert!(q.id.starts_with("compliance."), "{}", q.id);
            assert!(seen.insert(q.id), "duplicate question {}", q.id);
            assert!(!q.label.is_empty(), "{}", q.id);
            assert!(
                super::super::questions::base().all(|b| b.id != q.id),
                "{} is also a base question",
                q.id
            );
        }
    }

    #[test]
    fn keep_all_answers_every_question() {
        let mut answers = Answers::default();
        keep_all(&mut answers);
        for q in questions() {
            assert!(
                answers.get(q.id).is_some(),
                "{} has no passing answer",
                q.id
            );
        }
    }
}
