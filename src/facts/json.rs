//! Just enough JSON for reading a profile, on text serde_json has already
//! checked (`serde::de::IgnoredAny`): the members of an object in the order
//! of the text, and the scalars as serde's messages name them. Reading by
//! hand keeps serde's deserialising machinery, its `Unexpected` (and with it
//! the standard library's float formatting) and `BTreeMap` out of the wasm
//! module.

/// The members of a JSON object in the order of the text, each value as
/// its text, or `None` when `raw` is not an object. `raw` is known to be
/// valid JSON (checked by serde_json first), so the scan only finds where
/// each member starts and ends.
pub(crate) fn object_entries(raw: &str) -> Option<Vec<(String, &str)>> {
    let raw = raw.trim();
    let bytes = raw.as_bytes();
    if bytes.first() != Some(&b'{') {
        return None;
    }
    let mut entries = Vec::new();
    let mut at = skip_space(bytes, 1);
    while bytes.get(at) == Some(&b'"') {
        let key_end = skip_string(bytes, at)?;
        let quoted = raw.get(at..key_end)?;
        // A key with a lone surrogate matches no field; it is shown as written.
        let key = decode_string(quoted).unwrap_or_else(|| quoted.to_string());
        at = skip_space(bytes, key_end);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        let start = skip_space(bytes, at.saturating_add(1));
        let end = skip_value(bytes, start)?;
        entries.push((key, raw.get(start..end)?));
        at = skip_space(bytes, end);
        if bytes.get(at) == Some(&b',') {
            at = skip_space(bytes, at.saturating_add(1));
        }
    }
    Some(entries)
}

/// The elements of a JSON array, each as its text, or `None` when `raw` is
/// not an array. `raw` is known to be valid JSON.
pub(crate) fn array_items(raw: &str) -> Option<Vec<&str>> {
    let raw = raw.trim();
    let bytes = raw.as_bytes();
    if bytes.first() != Some(&b'[') {
        return None;
    }
    let mut items = Vec::new();
    let mut at = skip_space(bytes, 1);
    while !matches!(bytes.get(at), Some(b']') | None) {
        let end = skip_value(bytes, at)?;
        items.push(raw.get(at..end)?);
        at = skip_space(bytes, end);
        if bytes.get(at) == Some(&b',') {
            at = skip_space(bytes, at.saturating_add(1));
        }
    }
    Some(items)
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        at = at.saturating_add(1);
    }
    at
}

/// The end of the string that opens at `at` (just after its closing quote).
fn skip_string(bytes: &[u8], at: usize) -> Option<usize> {
    let mut at = at.saturating_add(1);
    loop {
        match bytes.get(at)? {
            b'\\' => at = at.saturating_add(2),
            b'"' => return Some(at.saturating_add(1)),
            _ => at = at.saturating_add(1),
        }
    }
}

/// The end of the value that starts at `at`.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => skip_string(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut at = at;
            loop {
                match bytes.get(at)? {
                    b'"' => {
                        at = skip_string(bytes, at)?;
                        continue;
                    }
                    b'{' | b'[' => depth = depth.saturating_add(1),
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return Some(at.saturating_add(1));
                        }
                    }
                    _ => {}
                }
                at = at.saturating_add(1);
            }
        }
        _ => {
            let mut end = at;
            while !matches!(
                bytes.get(end),
                Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') | None
            ) {
                end = end.saturating_add(1);
            }
            Some(end)
        }
    }
}

/// A JSON value as far as the profile's checks need it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Leaf {
    Null,
    Bool(bool),
    /// An integer from 0 to `u64::MAX`.
    Unsigned(u64),
    /// A negative integer from `i64::MIN`.
    Signed(i64),
    /// Any other number (serde_json reads it as `f64`), with its text.
    Float,
    Str(String),
    /// A string with an escape that stands for no character (a lone
    /// surrogate such as `\ud800`).
    BadStr,
    Array,
    Object,
}

/// Reads the value `raw` (valid JSON) as serde_json would classify it.
pub(crate) fn leaf(raw: &str) -> Leaf {
    let raw = raw.trim();
    match raw.as_bytes().first() {
        Some(b'n') => Leaf::Null,
        Some(b't') => Leaf::Bool(true),
        Some(b'f') => Leaf::Bool(false),
        Some(b'"') => decode_string(raw).map_or(Leaf::BadStr, Leaf::Str),
        Some(b'[') => Leaf::Array,
        Some(b'{') => Leaf::Object,
        _ => number(raw),
    }
}

/// A number as serde_json reads it: an integer that fits `u64` (or, when
/// negative and not `-0`, `i64`) stays an integer; anything else is a float.
fn number(raw: &str) -> Leaf {
    let (negative, digits) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Leaf::Float;
    }
    let Ok(magnitude) = digits.parse::<u64>() else {
        return Leaf::Float;
    };
    if !negative {
        return Leaf::Unsigned(magnitude);
    }
    match 0i64.checked_sub_unsigned(magnitude) {
        Some(value) if magnitude != 0 => Leaf::Signed(value),
        _ => Leaf::Float,
    }
}

/// The exact value of the JSON number `raw` times 10^`places`, when that is
/// a whole number from 0 to `u64::MAX`: `scaled_number("94.25", 4)` is
/// 942500. Read by value, as JSON and a JSON Schema validator read numbers
/// (`100`, `100.0` and `1e2` are one number; `-0` is 0), from the text and
/// without floating point, whose parsing tables would grow the wasm module.
/// `None` for a negative value, more than `places` decimal places, or a
/// value too large.
pub(crate) fn scaled_number(raw: &str, places: u32) -> Option<u64> {
    let bytes = raw.trim().as_bytes();
    let (negative, bytes) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    // One pass over the mantissa (a single loop over bytes keeps the code
    // small): the digits up to the last non-zero one, the zeros after it,
    // and how many digits follow the point.
    let mut value = 0u64;
    let mut zeros = 0usize;
    let mut decimals = 0usize;
    let mut point = false;
    let mut at = 0usize;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                decimals = decimals.saturating_add(usize::from(point));
                if byte == b'0' {
                    zeros = zeros.saturating_add(usize::from(value > 0));
                } else {
                    for _ in 0..zeros {
                        value = value.checked_mul(10)?;
                    }
                    zeros = 0;
                    value = value
                        .checked_mul(10)?
                        .checked_add(u64::from(byte.saturating_sub(b'0')))?;
                }
            }
            b'.' => point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        at = at.saturating_add(1);
    }
    if value == 0 {
        return Some(0);
    }
    if negative {
        return None;
    }
    let exponent = bytes.get(at.saturating_add(1)..).unwrap_or_default();
    let (minus, exponent) = match exponent.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, exponent),
    };
    let mut magnitude = 0usize;
    for &byte in exponent {
        // Beyond any value a profile holds, either way.
        if magnitude > 10_000 || !byte.is_ascii_digit() {
            return None;
        }
        magnitude = magnitude
            .saturating_mul(10)
            .saturating_add(usize::from(byte.saturating_sub(b'0')));
    }
    let (up, down) = if minus {
        (0, magnitude)
    } else {
        (magnitude, 0)
    };
    let up = up.saturating_add(zeros).saturating_add(places as usize);
    let down = down.saturating_add(decimals);
    if down > up {
        return None;
    }
    (down..up).try_fold(value, |v, _| v.checked_mul(10))
}

/// The characters of the JSON string `raw` (with its quotes); `None` for a
/// lone surrogate.
pub(crate) fn decode_string(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let escaped = match chars.next()? {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let first = hex4(&mut chars)?;
                if (0xD800..0xDC00).contains(&first) {
                    if chars.next()? != '\\' || chars.next()? != 'u' {
                        return None;
                    }
                    let second = hex4(&mut chars)?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))?
                } else {
                    char::from_u32(first)?
                }
            }
            _ => return None,
        };
        out.push(escaped);
    }
    Some(out)
}

fn hex4(chars: &mut std::str::Chars) -> Option<u32> {
    let mut value = 0;
    for _ in 0..4 {
        value = value * 16 + chars.next()?.to_digit(16)?;
    }
    Some(value)
}

/// How serde names a value that is not what was expected (``integer `5` ``,
/// `string "x"`, `null`, …), as in serde's own error messages.
pub(crate) fn unexpected(raw: &str) -> String {
    match leaf(raw) {
        Leaf::Null => "null".to_string(),
        Leaf::Bool(b) => format!("boolean `{b}`"),
        Leaf::Unsigned(u) => format!("integer `{u}`"),
        Leaf::Signed(i) => format!("integer `{i}`"),
        Leaf::Float => format!("floating point `{}`", decimal_text(raw.trim())),
        Leaf::Str(s) => format!("string {s:?}"),
        Leaf::BadStr => format!("string {}", raw.trim()),
        Leaf::Array => "sequence".to_string(),
        Leaf::Object => "map".to_string(),
    }
}

/// A JSON number as serde_json writes the `f64` it stands for in its
/// messages (the shortest digits that read back as the same `f64`, as
/// `zmij` writes them): plainly with at least one decimal place when the
/// first digit's power of ten is from -5 to 15 (`1e2` → `100.0`, `-0` →
/// `-0.0`, `0.50` → `0.5`), else in scientific form (`1e+300`, `1.5e-7`).
/// Written from the text rather than the `f64`, which keeps a float
/// formatter out of the wasm module; exact for the up to 15 significant
/// digits every `f64` keeps, and as written beyond that.
pub(crate) fn decimal_text(number: &str) -> String {
    let (negative, unsigned) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (
            unsigned.get(..at).unwrap_or_default(),
            unsigned
                .get(at.saturating_add(1)..)
                .and_then(|e| e.trim_start_matches('+').parse::<i64>().ok()),
        ),
        None => (unsigned, Some(0)),
    };
    let Some(exponent) = exponent.filter(|e| e.abs() <= 400) else {
        return number.to_string();
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = whole.chars().chain(fraction.chars()).collect();
    let digits = all.trim_start_matches('0');
    let leading = all.len().saturating_sub(digits.len());
    let digits = digits.trim_end_matches('0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push_str("0.0");
        return out;
    }
    let to_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    // The power of ten of the first significant digit.
    let power = to_i64(whole.len())
        .saturating_sub(to_i64(leading))
        .saturating_sub(1)
        .saturating_add(exponent);
    let count = to_i64(digits.len());
    let zeros = |n: i64| std::iter::repeat_n('0', usize::try_from(n).unwrap_or(0));
    if (-5..=15).contains(&power) {
        if power < 0 {
            out.push_str("0.");
            out.extend(zeros(-power - 1));
            out.push_str(digits);
        } else if count <= power + 1 {
            out.push_str(digits);
            out.extend(zeros(power + 1 - count));
            out.push_str(".0");
        } else {
            let (int, frac) = digits.split_at(usize::try_from(power + 1).unwrap_or(0));
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        }
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push_str(if power < 0 { "e-" } else { "e+" });
        out.push_str(&power.abs().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_classified_as_serde_json_reads_them() {
        assert_eq!(leaf("null"), Leaf::Null);
        assert_eq!(leaf(" true "), Leaf::Bool(true));
        assert_eq!(leaf("18446744073709551615"), Leaf::Unsigned(u64::MAX));
        assert_eq!(leaf("18446744073709551616"), Leaf::Float);
        assert_eq!(leaf("-9223372036854775808"), Leaf::Signed(i64::MIN));
        assert_eq!(leaf("-9223372036854775809"), Leaf::Float);
        assert_eq!(leaf("-0"), Leaf::Float);
        assert_eq!(leaf("1.0"), Leaf::Float);
        assert_eq!(leaf("1e2"), Leaf::Float);
        assert_eq!(
            leaf(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#),
            Leaf::Str("a\"\\/\u{8}\u{c}\n\r\té😀".into())
        );
        assert_eq!(leaf(r#""\ud800""#), Leaf::BadStr);
        assert_eq!(leaf("[1]"), Leaf::Array);
        assert_eq!(leaf("{}"), Leaf::Object);
    }

    #[test]
    fn numbers_are_read_by_their_exact_value() {
        for (text, value) in [
            ("0", 0),
            ("-0", 0),
            ("-0.0e7", 0),
            ("0e99999999999999999999", 0),
            ("100", 100),
            ("100.0", 100),
            ("100.000", 100),
            ("1e2", 100),
            ("1E+2", 100),
            ("1.5e1", 15),
            ("1000e-1", 100),
            ("4294967295.0", 4_294_967_295),
            ("42949672950e-1", 4_294_967_295),
            ("0.000000000000000000001e21", 1),
        ] {
            assert_eq!(scaled_number(text, 0), Some(value), "{text}");
        }
        for text in [
            "1.5",
            "-1",
            "-1e0",
            "1e-2",
            "1e30",
            "1e99999999999999999999",
            "123456789012345678901234567890",
        ] {
            assert_eq!(scaled_number(text, 0), None, "{text}");
        }
        for (text, value) in [
            ("94.9", 949_000),
            ("94.1234", 941_234),
            ("94.12340000", 941_234),
            ("0094.5", 945_000),
            ("1.5e-2", 150),
            ("1e-4", 1),
            ("12.5e1", 1_250_000),
            ("1000000000000.9999", 10_000_000_000_009_999),
        ] {
            assert_eq!(scaled_number(text, 4), Some(value), "{text}");
        }
        for text in [
            "94.12345",
            "1e-5",
            "-1",
            "-0.5",
            "1e21",
            "1e-99999999999999999999",
        ] {
            assert_eq!(scaled_number(text, 4), None, "{text}");
        }
    }

    #[test]
    fn strings_decode_as_serde_json_decodes_them() {
        for text in [
            r#""""#,
            r#""plain""#,
            r#""\u4e2d\u6587""#,
            r#""tab\tand\\""#,
            r#""\uD834\uDD1E""#,
        ] {
            let expected: String = serde_json::from_str(text).expect("valid");
            assert_eq!(decode_string(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn unexpected_values_are_named_as_serde_names_them() {
        use serde::de::Unexpected;
        assert_eq!(unexpected("true"), Unexpected::Bool(true).to_string());
        assert_eq!(unexpected("5"), Unexpected::Unsigned(5).to_string());
        assert_eq!(unexpected("-5"), Unexpected::Signed(-5).to_string());
        assert_eq!(
            unexpected(r#""一\"百""#),
            Unexpected::Str("一\"百").to_string()
        );
        assert_eq!(unexpected("[]"), Unexpected::Seq.to_string());
        assert_eq!(unexpected("{}"), Unexpected::Map.to_string());
        assert_eq!(unexpected("null"), "null");
        // serde_json names floats in its own way (`zmij`), not as `Unexpected` does.
        let serde_json_names = |text: &str| {
            let e = serde_json::from_str::<bool>(text).expect_err("not a bool");
            let message = e.to_string();
            let start = message.find("invalid type: ").expect("invalid type") + 14;
            let end = message.find(", expected").expect("expected");
            message[start..end].to_string()
        };
        for text in [
            "1.5",
            "1e2",
            "-0",
            "-0.0",
            "0.50",
            "1E-7",
            "123.456e3",
            "1e21",
            "-2.5E+3",
            "1e300",
            "1e-300",
            "0.000012345",
            "0.0000012345",
            "1234567890123456.0",
            "123456789012345.6",
            "12345678901234.5e1",
            "9.5e15",
            "9.5e16",
            "100e-2",
            "0.1",
            "7e0",
            "1.25e-5",
            "1.25e-6",
            "-123.0e10",
            "0.00",
        ] {
            assert_eq!(unexpected(text), serde_json_names(text), "{text}");
        }
    }

    #[test]
    fn members_and_elements_come_in_the_order_of_the_text() {
        let entries =
            object_entries(r#" { "b" : [1, {"x": "]"}] , "a":"\"}", "c" : {} } "#).expect("object");
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(entries[0].1, r#"[1, {"x": "]"}]"#);
        assert_eq!(entries[1].1, r#""\"}""#);
        assert_eq!(
            array_items(r#"[ "a" , 1.5,[2] ]"#),
            Some(vec![r#""a""#, "1.5", "[2]"])
        );
        assert_eq!(array_items("[]"), Some(vec![]));
        assert_eq!(object_entries("[]"), None);
        assert_eq!(object_entries("{}"), Some(vec![]));
    }
}
