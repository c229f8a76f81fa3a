// The example portal's own code: the JS API, and listening to the component.
import init, { check } from './dingdian.js';

const example = {
  jurisdiction: 'jiangsu',
  institution: { name: '示例诊所', kind: 'clinic', licence: 'clinic_record_certificate', operating_since: '2026-09-01', beds: 0 },
  staff: { physicians_first_registered_here: 1 },
};

document.getElementById('run-api').addEventListener('click', async () => {
  await init();
  const result = check(example, '2026-11-22');
  const out = document.getElementById('api-output');
  if (result.type === 'failure') {
    out.textContent = result.errors.map((e) => `${e.field}：${e.message}`).join('\n');
    return;
  }
  const report = result.value;
  const failing = report.findings.filter((f) => f.outcome === 'fail').map((f) => `· ${f.citation.text}「${f.quote}」`);
  out.textContent = [report.conclusion.summary, ...failing].join('\n');
});

document.getElementById('component').addEventListener('dingdian-report', (event) => {
  const { report } = event.detail;
  document.getElementById('event-output').textContent =
    `${report.jurisdiction.name}：${report.conclusion.may_apply}（${report.findings.length} 条结论）`;
});
