// The browser side of a consumer: the engine through the JS API, and the
// Web Component from the same package, both bundled by the project's tool.
import 'dingdian/dingdian-check.js';
import { run } from './check.js';

const out = document.getElementById('result');
run().then((line) => { out.textContent = line; }, (error) => { out.textContent = `error|${error}`; });
const component = document.querySelector('dingdian-check');
component.addEventListener('dingdian-report', (event) => {
  document.getElementById('component').textContent = `report|${event.detail.report.conclusion.label}`;
});
component.addEventListener('dingdian-error', (event) => {
  document.getElementById('component').textContent = `error|${event.detail.message}`;
});
