//! Measured indicators, kept exactly: a numerator over a denominator, or a
//! percentage given directly, in decimal numbers of up to four places.
//! Thresholds are compared by cross-multiplication in integers, so that a
//! rate exactly on its boundary is judged as the article says, never by a
//! rounding error; a zero denominator has no rate at all.

use std::cmp::Ordering;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// Units of a [`Decimal`] in one.
const SCALE: u64 = 10_000;
/// The largest number accepted (a trillion): far beyond any cost or count an
/// institution reports, and small enough that no product can overflow.
const LIMIT: u64 = 1_000_000_000_000;

/// A non-negative decimal number with at most four decimal places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Decimal(u64);

impl Decimal {
    /// A whole number.
    pub const fn whole(n: u64) -> Decimal {
        Decimal(n * SCALE)
    }

    /// `units` ten-thousandths, e.g. `Decimal::ten_thousandths(955_000)` is 95.5.
    pub const fn ten_thousandths(units: u64) -> Decimal {
        Decimal(units)
    }

    /// The number in ten-thousandths, for exact arithmetic.
    pub fn units(self) -> u64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Reads a JSON number: digits, optionally a point and up to four more;
    /// `None` for anything else (negative, exponent, more places, too large).
    pub fn parse(text: &str) -> Option<Decimal> {
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, f),
            None => (text, ""),
        };
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || fraction.len() > 4
            || (text.contains('.') && fraction.is_empty())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let whole: u64 = whole.parse().ok()?;
        if whole > LIMIT {
            return None;
        }
        let mut units = whole.checked_mul(SCALE)?;
        let mut place = SCALE / 10;
        for digit in fraction.bytes() {
            units = units.checked_add(u64::from(digit - b'0') * place)?;
            place /= 10;
        }
        Some(Decimal(units))
    }

    /// The number as written: no trailing zeros, no point for whole numbers.
    pub fn text(self) -> String {
        let whole = self.0 / SCALE;
        let fraction = self.0 % SCALE;
        if fraction == 0 {
            return whole.to_string();
        }
        let digits = format!("{fraction:04}");
        format!("{whole}.{}", digits.trim_end_matches('0'))
    }
}

thread_local! {
    /// Set by [`Decimal`]'s `serialize` for the one string it writes, so that
    /// [`to_json`]'s formatter writes that string's digits without quotes.
    /// Only that code sets it: no text a user writes can reach it.
    static WRITING_DECIMAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the string being serialised is a [`Decimal`]'s digits, which a
/// JSON writer writes as a number (`to_json` here, `crate::json`).
pub(crate) fn writing_decimal() -> bool {
    WRITING_DECIMAL.with(std::cell::Cell::get)
}

impl Serialize for Decimal {
    /// A whole number as a JSON integer; any other as its digits, which
    /// [`to_json`] writes as a JSON number (no floating point: its tables
    /// would cost the page 17 KB). Through any other JSON writer, the
    /// digits are a string. Nothing is rewritten after serialising, so no
    /// text a user writes can turn into a number or break the JSON
    /// (DESIGN.md, "Why are decimals written as raw JSON numbers?").
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0 % SCALE == 0 {
            return serializer.serialize_u64(self.0 / SCALE);
        }
        WRITING_DECIMAL.with(|mark| mark.set(true));
        let result = serializer.serialize_str(&self.text());
        WRITING_DECIMAL.with(|mark| mark.set(false));
        result
    }
}

/// serde_json's compact layout, except that the string a [`Decimal`] writes
/// is written without quotes: a raw JSON number, chosen by the writer while
/// it writes, never by a search of the text afterwards.
struct DecimalFormatter {
    /// Inside a decimal's string.
    raw: bool,
}

impl serde_json::ser::Formatter for DecimalFormatter {
    fn begin_string<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        self.raw = writing_decimal();
        if self.raw {
            Ok(())
        } else {
            writer.write_all(b"\"")
        }
    }

    fn end_string<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        if std::mem::take(&mut self.raw) {
            Ok(())
        } else {
            writer.write_all(b"\"")
        }
    }
}

/// JSON text of `value`, with every [`Decimal`] written as a number: the
/// one writer of JSON that may hold a profile (the page, saved files, the CLI).
pub fn to_json<T: Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(256);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, DecimalFormatter { raw: false });
    value.serialize(&mut serializer)?;
    // serde_json writes UTF-8 only, so the lossy branch never runs; it
    // spares the module an error path.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// A measured share for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The counts or amounts themselves, e.g. 合格处方数 over 处方总数.
    Ratio {
        numerator: Decimal,
        denominator: Decimal,
    },
    /// A rate already worked out, in percent (e.g. 96.5 for 96.5 %).
    Percent(Decimal),
}

impl Measure {
    /// How the rate compares with `limit` percent; `None` when the
    /// denominator is zero (no rate can be worked out).
    pub fn compare_percent(self, limit: Decimal) -> Option<Ordering> {
        match self {
            Measure::Percent(p) => Some(p.cmp(&limit)),
            Measure::Ratio {
                numerator,
                denominator,
            } => {
                if denominator.is_zero() {
                    return None;
                }
                // numerator / denominator × 100 against limit / SCALE … in units:
                // 100 × n × SCALE  vs  limit × d  (all in ten-thousandths).
                let left = u128::from(numerator.0) * 100 * u128::from(SCALE);
                let right = u128::from(limit.0) * u128::from(denominator.0);
                Some(left.cmp(&right))
            }
        }
    }

    /// The rate in percent, to four places, with `…` when it goes on
    /// (never rounded, so that it never seems to meet a threshold it misses).
    pub fn percent_text(self) -> Option<String> {
        match self {
            Measure::Percent(p) => Some(format!("{}%", p.text())),
            Measure::Ratio {
                numerator,
                denominator,
            } => {
                if denominator.is_zero() {
                    return None;
                }
                let scaled = u128::from(numerator.0) * 100 * u128::from(SCALE);
                let d = u128::from(denominator.0);
                let units = scaled / d;
                let exact = scaled % d == 0;
                let units = u64::try_from(units).ok()?;
                Some(if exact {
                    format!("{}%", Decimal(units).text())
                } else {
                    format!("{}.{:04}…%", units / SCALE, units % SCALE)
                })
            }
        }
    }

    /// The arithmetic shown in a finding, e.g. `960 ÷ 1000 = 96%`.
    pub fn arithmetic(self) -> String {
        match self {
            Measure::Percent(p) => format!("填报比率 {}%", p.text()),
            Measure::Ratio {
                numerator,
                denominator,
            } => match self.percent_text() {
                Some(rate) => format!("{} ÷ {} = {rate}", numerator.text(), denominator.text()),
                None => format!(
                    "{} ÷ {}：分母为 0，无法计算",
                    numerator.text(),
                    denominator.text()
                ),
            },
        }
    }
}

impl Serialize for Measure {
    /// `{ "numerator": …, "denominator": … }` or `{ "percent": … }`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Measure::Ratio {
                numerator,
                denominator,
            } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("numerator", numerator)?;
                map.serialize_entry("denominator", denominator)?;
                map.end()
            }
            Measure::Percent(p) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("percent", p)?;
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap_or_else(|| panic!("decimal {text}"))
    }

    fn ratio(n: &str, den: &str) -> Measure {
        Measure::Ratio {
            numerator: d(n),
            denominator: d(den),
        }
    }

    #[test]
    fn decimals_read_exactly_and_refuse_what_they_cannot_hold() {
        assert_eq!(d("95").text(), "95");
        assert_eq!(d("95.5").text(), "95.5");
        assert_eq!(d("0.0001").text(), "0.0001");
        assert_eq!(d("12345.6700").text(), "12345.67");
        for bad in [
            "",
            "-1",
            "+1",
            "1.+5",
            "1e3",
            "1.",
            ".5",
            "1.23456",
            "abc",
            "1000000000001",
        ] {
            assert_eq!(Decimal::parse(bad), None, "{bad}");
        }
        assert_eq!(d("1000000000000").text(), "1000000000000");
    }

    #[test]
    fn rates_compare_exactly_on_the_boundary() {
        let limit = Decimal::whole(95);
        assert_eq!(
            ratio("95", "100").compare_percent(limit),
            Some(Ordering::Equal)
        );
        assert_eq!(
            ratio("949", "1000").compare_percent(limit),
            Some(Ordering::Less)
        );
        assert_eq!(
            ratio("951", "1000").compare_percent(limit),
            Some(Ordering::Greater)
        );
        // 19/20 = 95 % exactly; 0.1 + 0.2 style float traps do not arise.
        assert_eq!(
            ratio("0.19", "0.2").compare_percent(limit),
            Some(Ordering::Equal)
        );
        assert_eq!(ratio("1", "0").compare_percent(limit), None);
        assert_eq!(
            Measure::Percent(d("95")).compare_percent(limit),
            Some(Ordering::Equal)
        );
        assert_eq!(
            Measure::Percent(d("94.9999")).compare_percent(limit),
            Some(Ordering::Less)
        );
        // The largest inputs do not overflow.
        let big = ratio("1000000000000", "0.0001");
        assert_eq!(big.compare_percent(limit), Some(Ordering::Greater));
    }

    #[test]
    fn the_arithmetic_is_shown_without_rounding_across_a_boundary() {
        assert_eq!(ratio("960", "1000").arithmetic(), "960 ÷ 1000 = 96%");
        assert_eq!(ratio("1", "3").arithmetic(), "1 ÷ 3 = 33.3333…%");
        assert_eq!(
            ratio("8000001", "100000000").percent_text().as_deref(),
            Some("8.0000…%")
        );
        assert_eq!(ratio("1", "0").arithmetic(), "1 ÷ 0：分母为 0，无法计算");
        assert_eq!(Measure::Percent(d("7.5")).arithmetic(), "填报比率 7.5%");
    }

    #[test]
    fn measures_write_out_as_they_are_read() {
        let json = to_json(&ratio("960", "1000.5")).expect("json");
        assert_eq!(json, r#"{"numerator":960,"denominator":1000.5}"#);
        let json = to_json(&Measure::Percent(d("8"))).expect("json");
        assert_eq!(json, r#"{"percent":8}"#);
        let json = to_json(&(ratio("0.0001", "12.34"), "text", ratio("1", "2.5"))).expect("json");
        assert_eq!(
            json,
            r#"[{"numerator":0.0001,"denominator":12.34},"text",{"numerator":1,"denominator":2.5}]"#
        );
        let plain = to_json(&"a \u{1f} b").expect("json");
        assert_eq!(plain, serde_json::to_string(&"a \u{1f} b").expect("json"));
        // Text that looks like what an earlier writer used to mark decimals
        // stays text, beside a decimal.
        let marker = "\u{1f}\u{1e}dingdian-decimal:5";
        let json = to_json(&(marker, ratio("1", "2.5"))).expect("json");
        let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(back[0], marker);
        assert_eq!(
            json,
            r#"["\u001f\u001edingdian-decimal:5",{"numerator":1,"denominator":2.5}]"#
        );
        // The mark is the decimal's alone: the next string is text again.
        let json = to_json(&(Measure::Percent(d("7.25")), "7.25")).expect("json");
        assert_eq!(json, r#"[{"percent":7.25},"7.25"]"#);
    }
}
