// What every consumer project runs: start the engine as the package's
// README says (`await init()`), check a profile, and say what came back.
import init, { check, catalogVersion } from 'dingdian';

export const profile = {
  jurisdiction: 'jilin',
  institution: { name: '示例药店', kind: 'retail_pharmacy' },
};

/** `success|<verdict>|<findings>|<catalog version>`, or the errors. */
export async function run() {
  await init();
  const result = check(profile, '2026-11-22');
  if (result.type !== 'success') return `failure|${result.errors.map((e) => e.message).join(';')}`;
  const report = result.value;
  return ['success', report.conclusion.label, report.findings.length, catalogVersion()].join('|');
}
