// A portal's TypeScript code using the wasm package as published (pkg/):
// it type-checks against the declarations that ship with it.
import init, {
  check,
  questionnaire,
  jurisdictions,
  rules,
  article,
  labels,
  catalogVersion,
  calendar,
  findingsCsv,
  save,
  readSaved,
  compare,
} from "../../pkg/dingdian.js";
import type { Finding, Profile, Report, Result } from "../../pkg/dingdian.js";

export async function selfCheck(profile: Profile, asOf: string): Promise<string[]> {
  await init();
  const result: Result<Report> = check(profile, asOf);
  if (result.type === "failure") {
    return result.errors.map((e) => `${e.field ?? "输入"}：${e.message}`);
  }
  const report = result.value;
  const failing: Finding[] = report.findings.filter((f) => !f.draft && f.outcome === "fail");
  return [
    `${report.jurisdiction.name} ${report.as_of}：${report.conclusion.may_apply}（规则 ${report.catalog_version} ${report.rules_hash}）`,
    ...failing.map((f) => `${f.citation.text}「${f.quote}」：${f.advice}`),
  ];
}

export function everything(asOf: string): void {
  const profile: Profile = { jurisdiction: "nantong", institution: { beds: 260, kind: "general_hospital" } };
  const groups = questionnaire(profile);
  if (groups.type === "success") {
    for (const group of groups.value) {
      for (const q of group.questions) {
        if (q.kind.type === "choice") q.kind.options.forEach((o) => o.label);
      }
    }
  }
  jurisdictions().map((j) => j.documents.map((d) => d.status.kind));
  const jilin = rules("jilin");
  if (jilin.type === "success") jilin.value.forEach((r) => r.citation.article);
  const a6 = article("JS", "第六条");
  if (a6.type === "success") a6.value.text.length;
  labels().outcomes.map((o) => o.label);
  catalogVersion().length;
  const ics = calendar(profile, asOf);
  const csv = findingsCsv(JSON.stringify(profile), asOf);
  const saved = save(profile, asOf);
  if (saved.type === "success" && ics.type === "success" && csv.type === "success") {
    const back = readSaved(saved.value);
    if (back.type === "success") back.value.profile.jurisdiction;
    const diff = compare(saved.value, saved.value);
    if (diff.type === "success") diff.value.changes.map((c) => c.change);
  }
}
