// The calendar (.ics) as two independent parsers read it, through the
// built package in Node: ical.js (the JavaScript one calendar apps use) and
// Python's icalendar. Both must read every file; the events must carry
// their reminders (3 working days and 1 day before, at 09:00), stable UIDs
// (per institution, rule and date: the same on a re-import, never shared by
// two institutions), DTSTAMP as the given creation time, a monthly duty as
// one repeating event with the other reading of 「前」 noted, and no past
// dates unless asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { calendar } from '../../pkg/dingdian-node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = (name) => JSON.parse(readFileSync(join(root, 'examples', name), 'utf8'));

function ics(profile, asOf, options) {
  const result = calendar(profile, asOf, options);
  assert.equal(result.type, 'success', JSON.stringify(result.errors));
  return result.value;
}

/** The events as ical.js reads them. */
function icalEvents(text) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      stamp: vevent.getFirstPropertyValue('dtstamp').toString(),
      rrule: vevent.getFirstPropertyValue('rrule')?.toString() ?? null,
      recurring: event.isRecurring(),
      alarms: vevent.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()),
      category: vevent.getFirstPropertyValue('categories'),
      next: event.isRecurring() ? (() => {
        const it = event.iterator();
        return [it.next(), it.next(), it.next()].map((t) => t?.toString());
      })() : null,
    };
  });
}

/** The events as Python's icalendar reads them (scripts/setup.sh installs it). */
function pythonEvents(text) {
  const script = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
out = []
for e in cal.walk('VEVENT'):
    out.append({
        'uid': str(e.get('uid')),
        'start': e.decoded('dtstart').isoformat(),
        'stamp': e.decoded('dtstamp').isoformat(),
        'rrule': e.get('rrule').to_ical().decode() if e.get('rrule') else None,
        'alarms': [str(a.get('trigger').to_ical().decode()) for a in e.walk('VALARM')],
        'summary': str(e.get('summary')),
    })
json.dump({'name': str(cal.get('x-wr-calname')), 'events': out}, sys.stdout, ensure_ascii=False)
`;
  const run = spawnSync('python3', ['-c', script], { input: text, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const NOW = '2026-11-22T08:30:05.000Z';

test('both parsers read every example calendar alike', () => {
  const names = ['nantong-renewal.json', 'nantong-hospital.json', 'jilin-change.json', 'jilin-pharmacy.json',
    'nantong-centre-audit.json', 'jilin-township-centre.json'];
  let events = 0;
  for (const name of names) {
    const text = ics(example(name), '2026-11-22', { now: NOW });
    const js = icalEvents(text);
    const py = pythonEvents(text);
    assert.equal(py.events.length, js.length, name);
    for (const [i, event] of js.entries()) {
      assert.equal(py.events[i].uid, event.uid, name);
      assert.equal(py.events[i].start, event.start, name);
      assert.equal(py.events[i].summary, event.summary, name);
      assert.equal(event.stamp, '2026-11-22T08:30:05Z', name);
      assert.equal(py.events[i].stamp, '2026-11-22T08:30:05+00:00', name);
      assert.deepEqual(py.events[i].alarms, event.alarms, name);
    }
    assert.equal(new Set(js.map((e) => e.uid)).size, js.length, `${name}: one UID per event`);
    events += js.length;
  }
  assert.ok(events >= 10, `${events} events`);
});

test('an institution\'s deadline has reminders 3 working days and 1 day before; other dates none', () => {
  const text = ics(example('jilin-change.json'), '2026-11-22', { now: NOW });
  const events = icalEvents(text);
  const deadlines = events.filter((e) => e.category === '本机构截止日');
  assert.ok(deadlines.length >= 2);
  // 告知变更注册地址 by Monday 2026-12-07: 3 working days before is Wednesday 12-02.
  const notice = deadlines.find((e) => e.start === '2026-12-07');
  assert.deepEqual(notice.alarms, ['-P4DT15H', '-PT15H']);
  assert.match(notice.description, /截止前 3 个工作日（2026年12月2日）和前 1 日，上午 9 时/);
  for (const other of events.filter((e) => e.category !== '本机构截止日')) assert.deepEqual(other.alarms, []);
  const py = pythonEvents(text).events.find((e) => e.start === '2026-12-07');
  assert.deepEqual(py.alarms, ['-P4DT15H', '-PT15H']);
});

test('UIDs are the same on a re-import and differ between two institutions', () => {
  const profile = example('nantong-renewal.json');
  const first = icalEvents(ics(profile, '2026-11-22', { now: NOW })).map((e) => e.uid);
  const again = icalEvents(ics(profile, '2026-11-22', { now: '2026-12-01T01:00:00Z' })).map((e) => e.uid);
  assert.deepEqual(again, first, 're-importing updates the same events');
  const other = structuredClone(profile);
  other.institution.name = `${profile.institution.name}（分院）`;
  const second = icalEvents(ics(other, '2026-11-22', { now: NOW })).map((e) => e.uid);
  assert.equal(second.length, first.length);
  for (const uid of second) assert.ok(!first.includes(uid), `${uid} shared by two institutions`);
  // A later check still names an event it shares with the earlier one by the same UID.
  const later = icalEvents(ics(profile, '2026-12-15', { now: NOW })).map((e) => e.uid);
  assert.ok(later.some((uid) => first.includes(uid)));
});

test('a monthly duty is one repeating event, the other reading of 「前」 a note on it', () => {
  const text = ics(example('nantong-centre-audit.json'), '2026-11-22', { now: NOW });
  const events = icalEvents(text).filter((e) => e.uid.includes('nt.a46.p1.detail-statement-before-5th'));
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event.rrule, 'FREQ=MONTHLY;BYMONTHDAY=4');
  assert.deepEqual(event.next, ['2026-12-04', '2027-01-04', '2027-02-04']);
  assert.match(event.description, /另一读法：.*含当日读法.*2026年12月5日（每次为5日）/);
  const py = pythonEvents(text).events.filter((e) => e.uid === event.uid);
  assert.equal(py.length, 1);
  assert.equal(py[0].rrule, 'FREQ=MONTHLY;BYMONTHDAY=4');
});

test('past dates are left out unless includePast is set', () => {
  const profile = example('nantong-renewal.json');
  // The renewal application is due by 2026-12-31; on 2027-01-15 that is past.
  const starts = (options) => icalEvents(ics(profile, '2027-01-15', options)).map((e) => e.start);
  assert.ok(!starts({ now: NOW }).includes('2026-12-31'));
  assert.ok(starts({ now: NOW, includePast: true }).includes('2026-12-31'));
  assert.ok(starts({ now: NOW }).every((d) => d >= '2027-01-15'));
});

test('DTSTAMP: the time given, or the as-of date; wrong options are refused naming the field', () => {
  const profile = example('nantong-renewal.json');
  assert.ok(icalEvents(ics(profile, '2026-11-22')).every((e) => e.stamp === '2026-11-22T00:00:00Z'));
  assert.ok(icalEvents(ics(profile, '2026-11-22', { now: '2026-11-23T01:02:03.456Z' })).every((e) => e.stamp === '2026-11-23T01:02:03Z'));
  const wrong = calendar(profile, '2026-11-22', { now: 'yesterday' });
  assert.equal(wrong.type, 'failure');
  assert.equal(wrong.errors[0].field, 'options.now');
  const past = calendar(profile, '2026-11-22', { includePast: 'yes' });
  assert.equal(past.type, 'failure');
  assert.equal(past.errors[0].field, 'options.includePast');
  assert.equal(calendar(profile, '2026-11-22', { now: null, includePast: null }).type, 'success');
});
