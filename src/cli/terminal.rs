//! Text as a terminal may show it: every character that a terminal acts on
//! rather than shows is written as a visible escape, so that nothing read
//! from an input (a name, a key, a value echoed in an error) can move the
//! cursor, hide text, recolour it, retitle the window or forge a line.

use std::borrow::Cow;

/// Whether a terminal acts on `c` instead of showing it: C0 and C1 controls
/// and DEL (escape sequences, carriage return, backspace …), and the
/// Unicode controls that reorder or break lines (bidirectional overrides
/// and isolates, line and paragraph separators).
fn acts(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every character a terminal would act on written as `\u{…}`.
/// Line feeds are kept where `keep_newlines` (the command's own layout) and
/// escaped otherwise (a single message).
pub fn terminal_safe(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    escape(text, |c| keep_newlines && c == '\n')
}

/// As [`terminal_safe`] for an iCalendar text, whose lines end in CRLF.
pub(crate) fn safe_keeping_crlf(text: &str) -> Cow<'_, str> {
    escape(text, |c| c == '\n' || c == '\r')
}

fn escape(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    let needs = |c: char| acts(c) && !keep(c);
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_not_acted_on() {
        assert_eq!(
            terminal_safe("甲\u{1b}[8m乙\r\n结论：可以申请", false),
            "甲\\u{1b}[8m乙\\u{d}\\u{a}结论：可以申请"
        );
        assert_eq!(terminal_safe("a\nb", true), "a\nb");
        assert_eq!(terminal_safe("a\rb\u{7}", true), "a\\u{d}b\\u{7}");
        for c in [
            '\u{0}', '\u{1f}', '\u{7f}', '\u{80}', '\u{9b}', '\u{9f}', '\u{202e}', '\u{2066}',
            '\u{2028}',
        ] {
            assert_eq!(
                terminal_safe(&c.to_string(), true),
                format!("\\u{{{:x}}}", u32::from(c)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn printable_text_is_kept() {
        for kept in [
            " ",
            "~",
            "\u{a0}",
            "中文（一）",
            "「」",
            "\u{200d}",
            "\u{206a}",
            "\\u{1b}",
        ] {
            assert!(
                matches!(terminal_safe(kept, false), Cow::Borrowed(_)),
                "{kept:?}"
            );
        }
    }

    #[test]
    fn a_calendar_keeps_its_line_ends() {
        assert_eq!(
            safe_keeping_crlf("BEGIN:VCALENDAR\r\nX:\u{1b}\r\n"),
            "BEGIN:VCALENDAR\r\nX:\\u{1b}\r\n"
        );
    }
}
