// The Jiangsu application conditions (src/catalog/jiangsu/mod.rs, groups
// Eligibility, Condition and Refusal: 第五条, 第六条, 第九条, 第十三条第3款) written
// for json-rules-engine, for the benchmark beside dingdian (scripts/bench.sh).
// Same facts (the profile, read by JSON path), same thresholds, same
// outcomes; no citations, quotes or advice. Each dingdian rule becomes one
// json-rules-engine rule per outcome other than "pass" (fail, needs_review,
// needs_information, not_applicable, not_covered): an outcome's rule fires
// when its conditions hold, and a rule none of whose outcomes fired passes.
//
// Periods follow the convention of src/dates/mod.rs (民法典第二百零一条: the
// day of the event is not counted; a period of months ends on the
// corresponding day, or the month's last day): complete from the day after
// the last day, "turns on the reading" on the last day itself.
import { Engine } from 'json-rules-engine';

/** The dingdian rules encoded here, in catalog order. */
export const RULE_IDS = [
  'js.a5.kind-listed', 'js.a5.licence', 'js.a6.i1.operating-3-months', 'js.a6.i2.physician-first-registered',
  'js.a6.i3.principal-and-staff', 'js.a6.i3.department-100-beds', 'js.a6.i4.internal-systems',
  'js.a6.i5.interface-standard', 'js.a6.i5.national-codes', 'js.a6.i5.connected',
  'js.a6.i5.transmits-patient-data', 'js.a6.i5.direct-settlement', 'js.a6.i6.other-conditions',
  'js.a9.i1.non-basic-main-scope', 'js.a9.i2.price-policy', 'js.a9.i3.administrative-penalty',
  'js.a9.i4.fraudulent-application-3-years', 'js.a9.i5.terminated-for-violation-3-years',
  'js.a9.i6.terminated-for-breach-1-year', 'js.a9.i7.leader-caused-termination-5-years',
  'js.a9.i8.leader-dishonest', 'js.a9.i9.other-grounds', 'js.a13.p3.reassessment-after-3-months',
  'js.a13.p3.second-failure-1-year',
];

/** JS 第五十三条: in force from 2024-01-01. */
const IN_FORCE_FROM = '2024-01-01';

// ---------------------------------------------------------------- dates

function parts(date) {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
}

function text({ y, m, d }) {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `date` + `months` calendar months, the day clamped to the month's end. */
function addMonths(date, months) {
  const { y, m, d } = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return text({ y: year, m: month, d: Math.min(d, daysInMonth(year, month)) });
}

function nextDay(date) {
  const { y, m, d } = parts(date);
  return d < daysInMonth(y, m) ? text({ y, m, d: d + 1 }) : m < 12 ? text({ y, m: m + 1, d: 1 }) : text({ y: y + 1, m: 1, d: 1 });
}

/** Where `asOf` stands in the period of `months` from `start`. */
function standing(start, months, asOf) {
  const last = addMonths(start, months);
  if (asOf >= nextDay(last)) return 'complete';
  if (asOf >= last) return 'turns_on_reading';
  return 'running';
}

// ---------------------------------------------------------------- rules

const at = (path) => ({ fact: 'profile', path: `$.${path}` });
const is = (path, operator, value) => ({ ...at(path), operator, value });
const missing = (path) => is(path, 'missing', true);
const present = (path) => is(path, 'missing', false);
/** The period's standing, a fact computed from the profile and the as-of date. */
const period = (path, months, value) => ({ fact: 'standing', params: { path, months }, operator: 'equal', value });
const after = (path) => ({ ...at(path), operator: 'dateAfter', value: { fact: 'asOf' } });

const outcomes = [];
/** Adds the rule for one outcome of a dingdian rule. */
function when(id, outcome, conditions) {
  outcomes.push({ id, outcome, conditions });
}

// 第五条: the kinds listed, and the licences named.
when('js.a5.kind-listed', 'needs_information', [missing('institution.kind')]);
when('js.a5.kind-listed', 'fail', [is('institution.kind', 'in', ['other', 'retail_pharmacy'])]);
// Three-valued: no licence at all fails whatever the kind.
when('js.a5.licence', 'needs_information', [
  { any: [missing('institution.licence'), { all: [missing('institution.kind'), is('institution.licence', 'notEqual', 'none')] }] },
]);
when('js.a5.licence', 'fail', [is('institution.licence', 'equal', 'none')]);
when('js.a5.licence', 'fail', [
  is('institution.kind', 'equal', 'military_civilian_service'),
  is('institution.licence', 'notEqual', 'military_civilian_service_licence'), present('institution.licence'),
]);
when('js.a5.licence', 'fail', [
  present('institution.kind'), is('institution.kind', 'notEqual', 'military_civilian_service'),
  is('institution.licence', 'in', ['military_civilian_service_licence', 'none']),
]);
when('js.a5.licence', 'needs_review', [
  present('institution.kind'), is('institution.kind', 'notEqual', 'military_civilian_service'),
  is('institution.licence', 'equal', 'tcm_clinic_record_certificate'),
]);

// 第六条（一）: in operation for at least 3 months.
when('js.a6.i1.operating-3-months', 'needs_information', [missing('institution.operating_since')]);
when('js.a6.i1.operating-3-months', 'fail', [present('institution.operating_since'), after('institution.operating_since')]);
when('js.a6.i1.operating-3-months', 'fail', [
  present('institution.operating_since'), { not: after('institution.operating_since') },
  period('institution.operating_since', 3, 'running'),
]);
when('js.a6.i1.operating-3-months', 'needs_review', [
  present('institution.operating_since'), { not: after('institution.operating_since') },
  period('institution.operating_since', 3, 'turns_on_reading'),
]);

// 第六条（二）: at least one physician first registered here.
when('js.a6.i2.physician-first-registered', 'needs_information', [missing('staff.physicians_first_registered_here')]);
when('js.a6.i2.physician-first-registered', 'fail', [is('staff.physicians_first_registered_here', 'lessThan', 1)]);

// 第六条（三）: the principal in charge, insurance staff; a department from 100 beds.
// Three-valued: one part known to fail decides, the other unanswered.
const noPrincipalOrStaff = { any: [is('staff.principal_in_charge_of_insurance', 'equal', false), is('staff.insurance_staff', 'equal', 0)] };
when('js.a6.i3.principal-and-staff', 'needs_information', [
  { any: [missing('staff.principal_in_charge_of_insurance'), missing('staff.insurance_staff')] },
  { not: noPrincipalOrStaff },
]);
when('js.a6.i3.principal-and-staff', 'fail', [noPrincipalOrStaff]);
when('js.a6.i3.department-100-beds', 'needs_information', [missing('institution.beds')]);
when('js.a6.i3.department-100-beds', 'not_applicable', [is('institution.beds', 'lessThan', 100)]);
const noDepartmentOrStaff = { any: [is('staff.insurance_department', 'equal', false), is('staff.insurance_department_full_time_staff', 'equal', 0)] };
when('js.a6.i3.department-100-beds', 'needs_information', [
  is('institution.beds', 'greaterThanInclusive', 100),
  { any: [missing('staff.insurance_department'), missing('staff.insurance_department_full_time_staff')] },
  { not: noDepartmentOrStaff },
]);
when('js.a6.i3.department-100-beds', 'fail', [is('institution.beds', 'greaterThanInclusive', 100), noDepartmentOrStaff]);

// 第六条（四）: internal management systems.
when('js.a6.i4.internal-systems', 'needs_information', [missing('systems.internal_management')]);
when('js.a6.i4.internal-systems', 'fail', [is('systems.internal_management', 'equal', false)]);

// 第六条（五）: the information system (a plan to retrofit suffices); each
// capability turns on the reading when not yet in place.
when('js.a6.i5.interface-standard', 'needs_information', [missing('it.interface_standard')]);
when('js.a6.i5.interface-standard', 'fail', [is('it.interface_standard', 'equal', 'no')]);
for (const [id, path] of [
  ['js.a6.i5.national-codes', 'it.national_codes'],
  ['js.a6.i5.connected', 'it.connected'],
  ['js.a6.i5.transmits-patient-data', 'it.transmits_all_patient_data'],
  ['js.a6.i5.direct-settlement', 'it.direct_settlement'],
]) {
  when(id, 'needs_information', [missing(path)]);
  when(id, 'needs_review', [is(path, 'equal', false)]);
}

// 第六条（六）: the other conditions of law.
when('js.a6.i6.other-conditions', 'needs_information', [missing('institution.other_conditions_met')]);
when('js.a6.i6.other-conditions', 'fail', [is('institution.other_conditions_met', 'equal', false)]);

// 第九条: the grounds for refusing an application.
when('js.a9.i1.non-basic-main-scope', 'needs_information', [missing('institution.main_scope')]);
when('js.a9.i1.non-basic-main-scope', 'fail', [present('institution.main_scope'), is('institution.main_scope', 'notEqual', 'basic_medical')]);
when('js.a9.i2.price-policy', 'needs_information', [missing('history.price_policy_followed')]);
when('js.a9.i2.price-policy', 'fail', [is('history.price_policy_followed', 'equal', false)]);
for (const [id, path] of [
  ['js.a9.i3.administrative-penalty', 'history.unfulfilled_administrative_penalty'],
  ['js.a9.i8.leader-dishonest', 'history.leader_dishonest'],
  ['js.a9.i9.other-grounds', 'history.other_refusal_ground'],
]) {
  when(id, 'needs_information', [missing(path)]);
  when(id, 'fail', [is(path, 'equal', true)]);
}

/** A ground that bars an application for `months` from its date, with the
 * liability that must also be met, if any (checks::lookback). */
function lookback(id, occurred, on, months, liability, guard = []) {
  const happened = [...guard, is(occurred, 'equal', true)];
  const dated = [...happened, present(on), { not: after(on) }];
  when(id, 'needs_information', [...guard, missing(occurred)]);
  when(id, 'needs_information', [...happened, missing(on)]);
  when(id, 'needs_review', [...happened, present(on), after(on)]);
  when(id, 'fail', [...dated, period(on, months, 'running')]);
  const over = { any: [period(on, months, 'turns_on_reading'), period(on, months, 'complete')] };
  if (liability) {
    when(id, 'needs_information', [...dated, over, missing(liability)]);
    when(id, 'fail', [...dated, over, is(liability, 'equal', false)]);
    when(id, 'needs_review', [...dated, period(on, months, 'turns_on_reading'), is(liability, 'equal', true)]);
  } else {
    when(id, 'needs_review', [...dated, period(on, months, 'turns_on_reading')]);
  }
}

lookback('js.a9.i4.fraudulent-application-3-years', 'history.fraudulent_application',
  'history.fraudulent_application_discovered_on', 36);
lookback('js.a9.i5.terminated-for-violation-3-years', 'history.terminated_for_violation',
  'history.terminated_for_violation_on', 36, 'history.violation_penalty_fulfilled');
lookback('js.a9.i6.terminated-for-breach-1-year', 'history.terminated_for_breach',
  'history.terminated_for_breach_on', 12, 'history.breach_liability_fulfilled');
// 第九条（七）: the leader's former institution of the same kind, 5 years.
when('js.a9.i7.leader-caused-termination-5-years', 'needs_information', [
  is('history.leader_caused_termination', 'equal', true), missing('history.leader_previous_institution'),
]);
when('js.a9.i7.leader-caused-termination-5-years', 'needs_review', [
  is('history.leader_caused_termination', 'equal', true), present('history.leader_previous_institution'),
  is('history.leader_previous_institution', 'notEqual', 'medical_institution'),
]);
lookback('js.a9.i7.leader-caused-termination-5-years', 'history.leader_caused_termination',
  'history.leader_termination_on', 60, null,
  [{ any: [missing('history.leader_caused_termination'), is('history.leader_previous_institution', 'equal', 'medical_institution'), is('history.leader_caused_termination', 'equal', false)] }]);

// 第十三条第3款: after a failed assessment, the agency reassesses after 3
// months of rectification; after a second failure, 1 year before applying again.
when('js.a13.p3.reassessment-after-3-months', 'needs_information', [missing('history.assessment')]);
when('js.a13.p3.reassessment-after-3-months', 'not_applicable', [present('history.assessment'), is('history.assessment', 'notEqual', 'failed_once')]);
when('js.a13.p3.reassessment-after-3-months', 'needs_information', [is('history.assessment', 'equal', 'failed_once'), missing('history.assessment_failure_notified_on')]);
when('js.a13.p3.reassessment-after-3-months', 'needs_review', [is('history.assessment', 'equal', 'failed_once'), present('history.assessment_failure_notified_on')]);
when('js.a13.p3.second-failure-1-year', 'needs_information', [missing('history.assessment')]);
when('js.a13.p3.second-failure-1-year', 'needs_information', [is('history.assessment', 'equal', 'failed_again'), missing('history.assessment_failure_notified_on')]);
when('js.a13.p3.second-failure-1-year', 'fail', [
  is('history.assessment', 'equal', 'failed_again'), present('history.assessment_failure_notified_on'),
  period('history.assessment_failure_notified_on', 12, 'running'),
]);
when('js.a13.p3.second-failure-1-year', 'needs_review', [
  is('history.assessment', 'equal', 'failed_again'), present('history.assessment_failure_notified_on'),
  period('history.assessment_failure_notified_on', 12, 'turns_on_reading'),
]);

/** The rules apply to a medical institution's new designation while the
 * Jiangsu rules are in force (the engine's plan and the rules' applicability). */
const APPLIES = [
  { not: is('institution.kind', 'equal', 'retail_pharmacy') },
  { any: [missing('application.kind'), is('application.kind', 'equal', 'new_designation')] },
  { fact: 'asOf', operator: 'dateOnOrAfter', value: IN_FORCE_FROM },
];

/** Outcomes other than "needs information" need every fact they read; the
 * first outcome that fires for a rule is its outcome (priority in this order). */
const PRIORITY = { not_covered: 6, needs_information: 5, not_applicable: 4, fail: 3, needs_review: 2 };

function lookup(profile, path) {
  let node = profile;
  for (const key of path.split('.')) node = node?.[key];
  return node;
}

/** A json-rules-engine engine holding the Jiangsu rules. */
export function jiangsuEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('missing', (value, expected) => (value === undefined || value === null) === expected);
  // Dates as YYYY-MM-DD strings compare as text (the built-in comparisons take numbers only).
  engine.addOperator('dateAfter', (value, other) => typeof value === 'string' && value > other);
  engine.addOperator('dateBefore', (value, other) => typeof value === 'string' && value < other);
  engine.addOperator('dateOnOrAfter', (value, other) => typeof value === 'string' && value >= other);
  engine.addFact('standing', (params, almanac) =>
    Promise.all([almanac.factValue('profile'), almanac.factValue('asOf')]).then(([profile, asOf]) => {
      const start = lookup(profile, params.path);
      return typeof start === 'string' ? standing(start, params.months, asOf) : undefined;
    }));
  for (const [index, { id, outcome, conditions }] of outcomes.entries()) {
    engine.addRule({
      name: `${id}#${index}`,
      priority: PRIORITY[outcome],
      conditions: { all: [...APPLIES, ...conditions] },
      event: { type: outcome, params: { rule: id } },
    });
  }
  for (const id of RULE_IDS) {
    engine.addRule({
      name: `${id}#not-covered`,
      priority: PRIORITY.not_covered,
      conditions: { all: [{ fact: 'asOf', operator: 'dateBefore', value: IN_FORCE_FROM }] },
      event: { type: 'not_covered', params: { rule: id } },
    });
  }
  return engine;
}

/** Checks `profile` as of `asOf` (YYYY-MM-DD): each rule id with its outcome. */
export async function checkJiangsu(engine, profile, asOf) {
  const { events } = await engine.run({ profile, asOf });
  const outcome = Object.fromEntries(RULE_IDS.map((id) => [id, 'pass']));
  const rank = (o) => PRIORITY[o] ?? 0;
  for (const event of events) {
    const id = event.params.rule;
    if (rank(event.type) > rank(outcome[id])) outcome[id] = event.type;
  }
  return outcome;
}
