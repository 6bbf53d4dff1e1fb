/**
 * Scores the offline engine on gold descriptions, offline and in-process,
 * with the metric of shared/eval/describe-eval.mjs.
 * Usage: tsx scripts/eval-describe-offline.ts [GOLD.json ...] [--verbose]
 */
import { readFileSync } from "node:fs";

import { evaluateDrafts, type GoldCase } from "@/lib/ai/eval-metric";
import { extractDraftOffline } from "@/lib/ai/offline";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const files = args.filter((a) => !a.startsWith("--"));
if (!files.length) files.push("../shared/samples/describe-sample.json");

const gold: GoldCase[] = files.flatMap(
  (f) => JSON.parse(readFileSync(f, "utf8")) as GoldCase[],
);
const byId = new Map(gold.map((g) => [g.id, g]));
const report = evaluateDrafts(gold, (d) => extractDraftOffline(d));

if (verbose) {
  let last = "";
  for (const m of report.misses) {
    if (m.id !== last) {
      console.log(`${m.id} ${byId.get(m.id)?.description.slice(0, 90)}`);
      last = m.id;
    }
    const want = JSON.stringify(byId.get(m.id)?.expect[m.field] ?? []);
    console.log(`    ${m.field}: got ${JSON.stringify(m.got)} want ${want}`);
  }
}
for (const f of report.fields) {
  const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(4);
  console.log(
    `${f.field.padEnd(13)} recall ${pct(f.recall)}  precision ${pct(f.precision)}  F1 ${f.f1.toFixed(2)}`,
  );
}
console.log(
  `offline: macro F1 ${report.macroF1.toFixed(3)} over ${gold.length} descriptions`,
);
