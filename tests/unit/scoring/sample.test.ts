import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  compileIcp,
  normalizeIcpCriteria,
  normalizeLead,
  scoreLead,
  type ScoreResult,
} from "@/lib/scoring";

// The shared evaluation sample sits beside the repository checkout.
const SAMPLE = path.resolve(
  import.meta.dirname,
  "../../../../shared/samples/leads-sample.json",
);

type Truth = Record<string, unknown>;
interface Sample {
  icps: { key: string; input: unknown; truth: Record<string, string[]> }[];
  leads: { ref: string; surface: Record<string, unknown>; truth: Truth }[];
}

// Mirrors /work/shared/eval/score-eval.mjs: truth per criterion, or
// undefined/null when the ICP does not set it or the lead lacks the data.
type TruthOf = (
  t: Truth,
  i: Record<string, string[]>,
) => boolean | null | undefined;
const has = (list: string[] | undefined, v: unknown) =>
  list && (v == null ? null : list.includes(v as string));
const CRITERIA: Record<string, TruthOf> = {
  industry: (t, i) => has(i.industries, t.industry),
  companySize: (t, i) => has(i.companySizes, t.companySize),
  technologies: (t, i) =>
    i.technologies &&
    (t.technologies == null
      ? null
      : (t.technologies as string[]).some((x) => i.technologies!.includes(x))),
  jobTitle: (t, i) => has(i.jobTitles, t.jobTitle),
  department: (t, i) => has(i.departments, t.department),
  seniority: (t, i) => has(i.seniorities, t.seniority),
  country: (t, i) => has(i.countries, t.country),
  state: (t, i) => has(i.states, t.state),
  city: (t, i) => has(i.cities, t.city),
};

function auc(pairs: [number, boolean][]): number {
  const pos = pairs.filter((p) => p[1]).map((p) => p[0]);
  const neg = pairs.filter((p) => !p[1]).map((p) => p[0]);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

function evaluate(data: Sample) {
  let right = 0;
  let n = 0;
  const wrong: string[] = [];
  const pairs: [number, boolean][] = [];
  for (const icp of data.icps) {
    const compiled = compileIcp(normalizeIcpCriteria(icp.input));
    for (const lead of data.leads) {
      const r: ScoreResult = scoreLead(compiled, normalizeLead(lead.surface));
      let known = 0;
      let matched = 0;
      for (const [name, truthOf] of Object.entries(CRITERIA)) {
        const truth = truthOf(lead.truth, icp.truth);
        if (truth === undefined || truth === null) continue;
        known++;
        if (truth) matched++;
        n++;
        const got = r.criteria[name as keyof ScoreResult["criteria"]]?.matched;
        if (got === truth) right++;
        else wrong.push(`${icp.key} ${lead.ref} ${name}: ${truth} got ${got}`);
      }
      if (known >= 3) {
        const trueFit = matched === known;
        if (trueFit || matched / known <= 0.5) pairs.push([r.score, trueFit]);
      }
    }
  }
  return { accuracy: right / n, auc: auc(pairs), wrong };
}

const present = existsSync(SAMPLE);
if (!present) {
  console.warn(`Skipping the shared-sample evaluation: ${SAMPLE} is absent.`);
}

describe("shared lead sample", () => {
  it.skipIf(!present)(
    "scores per-criterion accuracy >= 0.98 and fit AUC >= 0.99",
    () => {
      const data = JSON.parse(readFileSync(SAMPLE, "utf8")) as Sample;
      const { accuracy, auc: fitAuc, wrong } = evaluate(data);
      expect(accuracy, wrong.slice(0, 10).join("\n")).toBeGreaterThanOrEqual(
        0.98,
      );
      expect(fitAuc).toBeGreaterThanOrEqual(0.99);
    },
  );
});
