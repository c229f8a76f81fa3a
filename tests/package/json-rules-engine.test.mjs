// The json-rules-engine version of the Jiangsu application conditions that
// the benchmark runs beside dingdian (bench/json-rules-engine/jiangsu.mjs)
// decides as dingdian does: on random Jiangsu and Nantong profiles, every
// one of its 24 rules gives the outcome of the release module in dist/pkg.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkJiangsu, jiangsuEngine, RULE_IDS } from '../../bench/json-rules-engine/jiangsu.mjs';

const engine = await import(new URL('../../dist/pkg/dingdian.js', import.meta.url));
engine.initSync({ module: readFileSync(fileURLToPath(new URL('../../dist/pkg/dingdian_bg.wasm', import.meta.url))) });

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `date` moved by months and days (UTC calendar). */
function shift(date, months, days) {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last) + days);
  return d.toISOString().slice(0, 10);
}

export function profiles(count, seed = 1) {
  const next = random(seed);
  const pick = (...values) => values[Math.floor(next() * values.length)];
  const yesNo = () => pick(undefined, true, false, true);
  /** A date near the end of a period of `months` before `asOf`, or after it. */
  const around = (asOf, months) => pick(undefined, shift(asOf, -months, pick(-2, -1, 0, 1, 2)), shift(asOf, 0, pick(1, 30)), shift(asOf, -months - 12, 0));
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const asOf = pick('2023-12-31', '2024-01-01', '2024-02-29', '2025-03-31', '2026-11-22');
    const set = (object, path, value) => {
      if (value === undefined) return;
      const [section, field] = path.split('.');
      object[section] ??= {};
      object[section][field] = value;
    };
    const p = { jurisdiction: pick('jiangsu', 'nantong') };
    set(p, 'application.kind', pick(undefined, 'new_designation'));
    set(p, 'institution.kind', pick(undefined, 'general_hospital', 'clinic', 'other', 'military_civilian_service', 'tcm_hospital'));
    set(p, 'institution.licence', pick(undefined, 'practice_licence', 'clinic_record_certificate', 'tcm_clinic_record_certificate', 'military_civilian_service_licence', 'none'));
    set(p, 'institution.operating_since', around(asOf, 3));
    set(p, 'staff.physicians_first_registered_here', pick(undefined, 0, 1, 3));
    set(p, 'staff.principal_in_charge_of_insurance', yesNo());
    set(p, 'staff.insurance_staff', pick(undefined, 0, 2));
    set(p, 'institution.beds', pick(undefined, 0, 99, 100, 300));
    set(p, 'staff.insurance_department', yesNo());
    set(p, 'staff.insurance_department_full_time_staff', pick(undefined, 0, 1));
    set(p, 'systems.internal_management', yesNo());
    set(p, 'it.interface_standard', pick(undefined, 'in_place', 'retrofit_planned', 'no'));
    for (const f of ['national_codes', 'connected', 'transmits_all_patient_data', 'direct_settlement']) set(p, `it.${f}`, yesNo());
    set(p, 'institution.other_conditions_met', yesNo());
    set(p, 'institution.main_scope', pick(undefined, 'basic_medical', 'medical_cosmetology', 'other_non_basic'));
    for (const f of ['price_policy_followed', 'unfulfilled_administrative_penalty', 'leader_dishonest', 'other_refusal_ground']) set(p, `history.${f}`, yesNo());
    set(p, 'history.fraudulent_application', yesNo());
    set(p, 'history.fraudulent_application_discovered_on', around(asOf, 36));
    set(p, 'history.terminated_for_violation', yesNo());
    set(p, 'history.terminated_for_violation_on', around(asOf, 36));
    set(p, 'history.violation_penalty_fulfilled', yesNo());
    set(p, 'history.terminated_for_breach', yesNo());
    set(p, 'history.terminated_for_breach_on', around(asOf, 12));
    set(p, 'history.breach_liability_fulfilled', yesNo());
    set(p, 'history.leader_caused_termination', yesNo());
    set(p, 'history.leader_previous_institution', pick(undefined, 'medical_institution', 'retail_pharmacy'));
    set(p, 'history.leader_termination_on', around(asOf, 60));
    set(p, 'history.assessment', pick(undefined, 'none', 'failed_once', 'failed_again'));
    set(p, 'history.assessment_failure_notified_on', around(asOf, pick(3, 12)));
    out.push({ profile: p, asOf });
  }
  return out;
}

test('the json-rules-engine rules decide each Jiangsu condition as dingdian does', async () => {
  const jre = jiangsuEngine();
  let compared = 0;
  for (const { profile, asOf } of profiles(1500)) {
    const result = engine.check(profile, asOf);
    assert.equal(result.type, 'success', JSON.stringify(result.errors));
    const theirs = await checkJiangsu(jre, profile, asOf);
    const findings = result.value.findings.filter((f) => RULE_IDS.includes(f.rule_id));
    assert.equal(findings.length, RULE_IDS.length);
    for (const f of findings) {
      assert.equal(theirs[f.rule_id], f.outcome, `${f.rule_id} as of ${asOf}: ${JSON.stringify(profile)}`);
      compared += 1;
    }
  }
  assert.equal(compared, 1500 * RULE_IDS.length);
});
