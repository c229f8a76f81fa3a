//! Chinese numerals as used in article numbers (第五十三条).

/// The value of a Chinese numeral up to 999 (`十` = 10, `五十三` = 53,
/// `一百零二` = 102), or `None` if it is not one.
pub fn chinese_numeral_value(numeral: &str) -> Option<u32> {
    fn digit(c: char) -> Option<u32> {
        Some(match c {
            '零' | '〇' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    }
    if numeral.is_empty() {
        return None;
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    for c in numeral.chars() {
        match c {
            '百' => {
                total = total.checked_add(pending.take().unwrap_or(1).checked_mul(100)?)?;
            }
            '十' => {
                total = total.checked_add(pending.take().unwrap_or(1).checked_mul(10)?)?;
            }
            c => {
                let d = digit(c)?;
                if pending.is_some_and(|p| p != 0) {
                    return None;
                }
                pending = Some(d);
            }
        }
    }
    // Checked: a numeral of millions of 百 is no article number, not a panic.
    total.checked_add(pending.unwrap_or(0))
}

/// The Chinese numeral for `n` (1..=999), as written in article numbers.
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS.get(d as usize).copied().unwrap_or("");
    let (hundreds, tens, ones) = (n / 100, (n / 10) % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(digit(hundreds));
        out.push('百');
        if tens == 0 && ones > 0 {
            out.push('零');
        }
    }
    if tens > 0 {
        if !(hundreds == 0 && tens == 1) {
            out.push_str(digit(tens));
        }
        out.push('十');
    }
    if ones > 0 || n == 0 {
        out.push_str(digit(ones));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_numerals_read_and_write_both_ways() {
        for (text, value) in [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("五十三", 53),
            ("八十", 80),
            ("一百", 100),
            ("一百零二", 102),
            ("一百二十", 120),
        ] {
            assert_eq!(chinese_numeral_value(text), Some(value), "{text}");
            assert_eq!(chinese_numeral(value), text, "{value}");
        }
        assert_eq!(chinese_numeral_value(""), None);
        assert_eq!(chinese_numeral_value("条"), None);
        assert_eq!(chinese_numeral_value("三四"), None);
    }
}
