//! The report's dates as an iCalendar file (RFC 5545), for the office's
//! calendar: one all-day event per date, citing its article; reminders
//! (VALARM) before the institution's own deadlines; a duty that recurs
//! (「每月5日前」) as one repeating event (RRULE); a deadline the text lets
//! be read two ways as one event with a note on the other reading.
//!
//! Each event's UID is made of the institution (its place and name), the
//! rule and the date, so that two institutions' calendars never collide
//! and importing a newer file updates the events instead of doubling them.
//! The engine has no clock: the caller gives the creation time (DTSTAMP).

use std::fmt::Write;

use chrono::{Datelike, NaiveDateTime};

use super::{DateKind, Finding, KeyDate, Report};
use crate::catalog::HAS_AUDIT;
use crate::dates::{calendar, chinese_date, compact_date};

/// How the calendar is written: when it is made, and which dates it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcsOptions {
    /// The creation time (UTC), written as every event's DTSTAMP.
    pub created: NaiveDateTime,
    /// Dates before the as-of date too (by default they are left out).
    pub include_past: bool,
}

impl IcsOptions {
    /// The defaults for a report: created at the start of its as-of date
    /// (UTC), past dates left out. Callers with a clock give the time.
    pub fn for_report(report: &Report) -> IcsOptions {
        IcsOptions {
            created: report.as_of.and_time(chrono::NaiveTime::MIN),
            include_past: false,
        }
    }
}

/// Working days before a deadline of the first reminder; the second is the
/// day before.
const REMINDER_WORKING_DAYS: u32 = 3;

/// Renders the report's dates with the default options ([`IcsOptions::for_report`]).
pub fn render_ics(report: &Report) -> String {
    render_ics_with(report, &IcsOptions::for_report(report))
}

/// Renders every date of the report's decisive findings as all-day events.
/// Deterministic: the same report and options give the same file.
pub fn render_ics_with(report: &Report, options: &IcsOptions) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//dingdian//dingdian {}//ZH",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!(
            "X-WR-CALNAME:{}",
            escape(&format!(
                "医保定点时限（{}）",
                report
                    .institution_name
                    .as_deref()
                    .unwrap_or(report.jurisdiction.name)
            ))
        ),
    ];
    let institution = institution_key(report);
    let stamp = utc_stamp(options.created);
    let mut uids: Vec<String> = Vec::new();
    for finding in report.findings.iter().filter(|f| !f.draft) {
        let mut dates = finding.dates.iter().peekable();
        while let Some(date) = dates.next() {
            // The date just after, when it is this deadline's other reading
            // (only the self-audit's duties have two readings or repeat: the
            // page's first engine, without it, leaves this code out).
            let other = dates.next_if(|d| HAS_AUDIT && d.calendar.other_reading);
            if date.date < report.as_of && !options.include_past {
                continue;
            }
            let base = match repeats(date) {
                Some(_) => format!("{institution}-{}-repeating", finding.rule_id),
                None => format!(
                    "{institution}-{}-{}",
                    finding.rule_id,
                    compact_date(date.date)
                ),
            };
            let taken = uids.iter().filter(|u| u.as_str() == base).count();
            uids.push(base.clone());
            let uid = match taken {
                0 => base,
                n => format!("{base}-{}", n.saturating_add(1)),
            };
            event(&mut lines, finding, date, other, &uid, &stamp);
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
    }
    out
}

/// One event: the date, what it is and cites, its repetition, the other
/// reading, and the reminders of an institution's deadline.
fn event(
    lines: &mut Vec<String>,
    finding: &Finding,
    date: &KeyDate,
    other: Option<&KeyDate>,
    uid: &str,
    stamp: &str,
) {
    let estimate = date.basis.suffix();
    let summary = format!("{}{estimate}（{}）", date.label, finding.citation.text);
    let mut description = format!(
        "{}：{}{estimate}",
        date.kind.label(),
        chinese_date(date.date)
    );
    if let Some(months) = repeats(date) {
        let every = if months == 3 {
            "每季初（1、4、7、10月）"
        } else {
            "每月"
        };
        let _ = write!(description, "\n重复：{every}{}日", date.date.day());
    }
    if let Some(other) = other {
        let _ = write!(
            description,
            "\n另一读法：{}：{}",
            other.label,
            chinese_date(other.date)
        );
        if repeats(other).is_some() {
            let _ = write!(description, "（每次为{}日）", other.date.day());
        }
    }
    let _ = write!(
        description,
        "\n依据：{}\n原文：「{}」\n{}",
        finding.citation.text, finding.quote, finding.detail
    );
    if let Some(note) = &date.note {
        let _ = write!(description, "\n{note}");
    }
    let (alarms, told) = match date.kind {
        DateKind::Deadline => reminders(date),
        _ => (Vec::new(), String::new()),
    };
    if !told.is_empty() {
        let _ = write!(description, "\n提醒：{told}");
    }
    let next_day = date.date.succ_opt().unwrap_or(date.date);
    lines.extend([
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}@dingdian"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", compact_date(date.date)),
        format!("DTEND;VALUE=DATE:{}", compact_date(next_day)),
    ]);
    if let Some(months) = repeats(date) {
        let interval = match months {
            1 => String::new(),
            n => format!(";INTERVAL={n}"),
        };
        lines.push(format!(
            "RRULE:FREQ=MONTHLY{interval};BYMONTHDAY={}",
            date.date.day()
        ));
    }
    lines.extend([
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("CATEGORIES:{}", escape(date.kind.label())),
        "TRANSP:TRANSPARENT".into(),
    ]);
    for trigger in &alarms {
        lines.extend([
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("TRIGGER:{trigger}"),
            format!("DESCRIPTION:{}", escape(&format!("即将截止：{summary}"))),
            "END:VALARM".into(),
        ]);
    }
    lines.push("END:VEVENT".into());
}

/// The reminders of a deadline, at 09:00 on the day: 3 working days before
/// (by the holiday calendar; for a repeating duty, whose days off differ
/// from month to month, 3 days before) and the day before. The triggers,
/// relative to the event's start (00:00 of the deadline), and what the
/// description says of them.
fn reminders(date: &KeyDate) -> (Vec<String>, String) {
    let first = match repeats(date) {
        Some(_) => Some((3, "截止前 3 天".to_string())),
        None => calendar::subtract_working_days(date.date, REMINDER_WORKING_DAYS)
            .ok()
            .map(|r| {
                (
                    i64::from(date.date.num_days_from_ce()) - i64::from(r.date.num_days_from_ce()),
                    format!(
                        "截止前 {REMINDER_WORKING_DAYS} 个工作日（{}）",
                        chinese_date(r.date)
                    ),
                )
            }),
    };
    match first.filter(|(days, _)| *days > 1) {
        Some((days, text)) => (
            vec![before_at_nine(days), before_at_nine(1)],
            format!("{text}和前 1 日，上午 9 时"),
        ),
        None => (
            vec![before_at_nine(1)],
            "截止前 1 日，上午 9 时".to_string(),
        ),
    }
}

/// How many months apart a date repeats, if it does.
fn repeats(date: &KeyDate) -> Option<u8> {
    date.calendar.every_months.filter(|_| HAS_AUDIT)
}

/// The trigger for 09:00 on the day `days` before the start (00:00).
fn before_at_nine(days: i64) -> String {
    match days.saturating_sub(1) {
        0 => "-PT15H".to_string(),
        whole => format!("-P{whole}DT15H"),
    }
}

/// The institution's part of every UID: its place and name, hashed (FNV-1a,
/// 64 bits), so that two institutions never share a UID and the name does
/// not show in it.
fn institution_key(report: &Report) -> String {
    use crate::facts::{Choice, Jurisdiction};
    let place = Jurisdiction::VALUES
        .iter()
        .position(|&j| j == report.jurisdiction.code)
        .and_then(|i| Jurisdiction::OPTIONS.get(i))
        .map_or("", |o| o.value);
    let text = format!(
        "{place}\u{1f}{}",
        report.institution_name.as_deref().unwrap_or_default()
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A UTC date-time as iCalendar writes it: `20261122T083000Z`.
fn utc_stamp(time: NaiveDateTime) -> String {
    use chrono::Timelike;
    let seconds = time.num_seconds_from_midnight();
    let clock = seconds / 3600 * 10_000 + seconds / 60 % 60 * 100 + seconds % 60;
    format!("{}T{:06}Z", compact_date(time.date()), clock)
}

/// Escapes a text value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character,
/// continuation lines starting with a space; ends every line with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::engine::check;
    use crate::facts::{ApplicationKind, Jurisdiction};

    fn renewal_report() -> Report {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-03-31"));
        check(&p, date("2026-11-22"))
    }

    fn unfolded(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    /// The events of a calendar, each as its unfolded lines.
    fn events(ics: &str) -> Vec<String> {
        unfolded(ics)
            .split("BEGIN:VEVENT\r\n")
            .skip(1)
            .map(|e| e.split("END:VEVENT").next().unwrap_or_default().to_string())
            .collect()
    }

    #[test]
    fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
        let ics = render_ics(&renewal_report());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
            assert!(!line.contains('\n'));
        }
    }

    #[test]
    fn a_deadline_becomes_an_all_day_event_citing_its_article() {
        let report = renewal_report();
        let ics = render_ics(&report);
        let unfolded = unfolded(&ics);
        assert!(
            unfolded.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101"),
            "{unfolded}"
        );
        assert!(
            unfolded.contains("SUMMARY:提出续签申请的最迟日（江苏 第三十六条）"),
            "{unfolded}"
        );
        let key = institution_key(&report);
        assert!(unfolded.contains(&format!(
            "UID:{key}-js.a36.renewal-3-months-20261231@dingdian"
        )));
        assert_eq!(ics, render_ics(&report), "deterministic");
    }

    /// DTSTAMP is the time the caller gives; without one, the as-of date.
    #[test]
    fn dtstamp_is_the_creation_time_the_caller_gives() {
        let report = renewal_report();
        assert!(render_ics(&report).contains("DTSTAMP:20261122T000000Z\r\n"));
        let created = date("2026-11-23").and_hms_opt(8, 30, 5).expect("time");
        let ics = render_ics_with(
            &report,
            &IcsOptions {
                created,
                include_past: false,
            },
        );
        assert!(ics.contains("DTSTAMP:20261123T083005Z\r\n"));
        assert!(!ics.contains("DTSTAMP:20261122"));
    }

    /// UIDs: the same for the same institution, rule and date whenever the
    /// file is made; different for another institution.
    #[test]
    fn uids_are_stable_per_institution_rule_and_date() {
        let uids = |report: &Report, created: NaiveDateTime| -> Vec<String> {
            let ics = render_ics_with(
                report,
                &IcsOptions {
                    created,
                    include_past: true,
                },
            );
            unfolded(&ics)
                .lines()
                .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
                .collect()
        };
        let monday = date("2026-11-23").and_hms_opt(1, 0, 0).expect("time");
        let later = date("2026-12-01").and_hms_opt(9, 0, 0).expect("time");
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-03-31"));
        p.institution.name = Some("甲医院".into());
        let a = check(&p, date("2026-11-22"));
        p.institution.name = Some("乙医院".into());
        let b = check(&p, date("2026-11-22"));
        assert!(!uids(&a, monday).is_empty());
        assert_eq!(uids(&a, monday), uids(&a, later), "re-import updates");
        for uid in uids(&a, monday) {
            assert!(!uids(&b, monday).contains(&uid), "{uid} is shared");
        }
        let all = uids(&a, monday);
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(all.len(), unique.len(), "{all:?}");
    }

    #[test]
    fn dates_before_the_as_of_date_are_left_out_unless_asked_for() {
        // The Jiangsu clinic's 「满3个月」 date (2026-12-02) is ahead; a
        // check a year later puts it in the past.
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.institution.operating_since = Some(date("2026-09-01"));
        let report = check(&p, date("2027-06-01"));
        let dated: Vec<&KeyDate> = report.findings.iter().flat_map(|f| &f.dates).collect();
        assert!(dated.iter().any(|d| d.date < report.as_of), "{dated:?}");
        let default = render_ics(&report);
        assert!(!unfolded(&default).contains("DTSTART;VALUE=DATE:20261202"));
        let created = report.as_of.and_time(chrono::NaiveTime::MIN);
        let all = render_ics_with(
            &report,
            &IcsOptions {
                created,
                include_past: true,
            },
        );
        assert!(unfolded(&all).contains("DTSTART;VALUE=DATE:20261202"));
        // A date on the as-of day itself is not past.
        let on_the_day = check(&p, date("2026-12-02"));
        assert!(unfolded(&render_ics(&on_the_day)).contains("DTSTART;VALUE=DATE:20261202"));
    }

    /// An institution's own deadline carries two reminders, 3 working days
    /// and 1 day before, at 09:00; other dates carry none.
    #[test]
    fn deadlines_carry_reminders_three_working_days_and_one_day_before() {
        let ics = render_ics(&renewal_report());
        let deadline = events(&ics)
            .into_iter()
            .find(|e| e.contains("DTSTART;VALUE=DATE:20261231"))
            .expect("the renewal deadline");
        // 2026-12-31 is a Thursday: 3 working days before is Monday 12-28.
        assert!(deadline.contains("TRIGGER:-P2DT15H\r\n"), "{deadline}");
        assert!(deadline.contains("TRIGGER:-PT15H\r\n"), "{deadline}");
        assert_eq!(deadline.matches("BEGIN:VALARM").count(), 2);
        assert!(deadline.contains("截止前 3 个工作日（2026年12月28日）"));
        for other in events(&ics)
            .iter()
            .filter(|e| !e.contains("CATEGORIES:本机构截止日"))
        {
            assert!(!other.contains("VALARM"), "{other}");
        }
        // Over a weekend the working days reach further back.
        let monday = KeyDate::new(DateKind::Deadline, "x", date("2026-12-21"));
        assert_eq!(reminders(&monday).0[0], "-P4DT15H", "Wednesday 12-16");
    }

    fn nantong_audit() -> Report {
        let mut p = baseline(Jurisdiction::Nantong);
        p.application.kind = Some(ApplicationKind::Designated);
        p.institution.kind = Some(crate::facts::InstitutionKind::Clinic);
        check(&p, date("2026-11-22"))
    }

    /// 「每月5日前」 is one event repeating every month; its two readings of
    /// 「前」 are one event, with the other reading in the description.
    #[test]
    fn a_monthly_duty_is_one_repeating_event_with_the_other_reading_noted() {
        if !crate::catalog::HAS_AUDIT {
            return;
        }
        let report = nantong_audit();
        let finding = report
            .findings
            .iter()
            .find(|f| f.rule_id == "nt.a46.p1.detail-statement-before-5th")
            .expect("the monthly statement");
        assert_eq!(finding.dates.len(), 2, "two readings in the report");
        let ics = render_ics(&report);
        let monthly: Vec<String> = events(&ics)
            .into_iter()
            .filter(|e| e.contains("nt.a46.p1.detail-statement-before-5th"))
            .collect();
        assert_eq!(monthly.len(), 1, "{monthly:?}");
        let event = &monthly[0];
        assert!(event.contains("DTSTART;VALUE=DATE:20261204\r\n"), "{event}");
        assert!(
            event.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=4\r\n"),
            "{event}"
        );
        assert!(event.contains("另一读法：认证上月医疗、生育医疗费用明细表的最迟日（含当日读法）：2026年12月5日（每次为5日）"), "{event}");
        assert!(event.contains("-repeating@dingdian"), "{event}");
        assert!(
            event.contains("TRIGGER:-P2DT15H") && event.contains("TRIGGER:-PT15H"),
            "{event}"
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let folded = fold(&"医".repeat(40));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), "医".repeat(40));
    }
}
