/**
 * The describe-to-ICP quality metric: macro F1 over the draft's list
 * fields, with "must" values that count for recall and "ok" values that
 * are merely tolerated. Enum fields compare exactly; free-text fields match
 * when their normalised strings are equal or one's word set contains the
 * other's. Used by the unit test and by scripts/eval-describe-offline.ts.
 */

export type GoldAlternatives = string | string[];
export type GoldField =
  GoldAlternatives[] | { must?: GoldAlternatives[]; ok?: GoldAlternatives[] };

export type GoldCase = {
  id: string;
  description: string;
  expect: Partial<Record<string, GoldField>>;
};

export const ENUM_FIELDS = ["companySizes", "seniorities", "countries"];
export const TEXT_FIELDS = [
  "industries",
  "jobTitles",
  "departments",
  "technologies",
  "states",
  "cities",
];

function norm(s: string): string {
  return String(s)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9+]+/g, " ")
    .trim();
}

const STOP = new Set(["of", "the", "and", "a"]);

function words(s: string): Set<string> {
  return new Set(
    norm(s)
      .split(" ")
      .filter((w) => w && !STOP.has(w)),
  );
}

function same(a: string, b: string): boolean {
  if (norm(a) === norm(b)) return true;
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return false;
  const sub = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return sub(A, B) || sub(B, A);
}

/** [true positives, must count, returned count, returned and acceptable] */
export type FieldCounts = [number, number, number, number];

export function scoreField(
  expect: GoldField | undefined,
  gotValues: unknown,
  isEnum: boolean,
): FieldCounts {
  const got = (Array.isArray(gotValues) ? gotValues : []).map(String);
  let must: GoldAlternatives[];
  let ok: GoldAlternatives[];
  if (Array.isArray(expect)) {
    must = expect;
    ok = [];
  } else if (expect) {
    must = expect.must ?? [];
    ok = expect.ok ?? [];
  } else {
    must = [];
    ok = [];
  }
  if (isEnum) {
    const eq = (a: string, b: GoldAlternatives) => norm(a) === norm(String(b));
    const tp = must.filter((m) => got.some((g) => eq(g, m))).length;
    const good = got.filter(
      (g) => must.some((m) => eq(g, m)) || ok.some((o) => eq(g, o)),
    ).length;
    return [tp, must.length, got.length, good];
  }
  const alts = must.map((m) => (Array.isArray(m) ? m : [m]));
  const okAlts = ok.map((m) => (Array.isArray(m) ? m : [m]));
  const tp = alts.filter((alt) =>
    got.some((g) => alt.some((a) => same(g, a))),
  ).length;
  const good = got.filter(
    (g) =>
      alts.some((alt) => alt.some((a) => same(g, a))) ||
      okAlts.some((alt) => alt.some((a) => same(g, a))),
  ).length;
  return [tp, alts.length, got.length, good];
}

export type FieldReport = {
  field: string;
  recall: number;
  precision: number;
  f1: number;
};

export type EvalReport = {
  macroF1: number;
  fields: FieldReport[];
  /** Per case, the fields that missed a value or returned a wrong one. */
  misses: { id: string; field: string; got: unknown }[];
};

export function evaluateDrafts(
  gold: GoldCase[],
  draftOf: (description: string) => Record<string, unknown>,
): EvalReport {
  const all = [...ENUM_FIELDS, ...TEXT_FIELDS];
  const totals = new Map<string, FieldCounts>(
    all.map((f) => [f, [0, 0, 0, 0]]),
  );
  const misses: EvalReport["misses"] = [];
  for (const g of gold) {
    const draft = draftOf(g.description);
    for (const f of all) {
      const r = scoreField(g.expect[f], draft[f], ENUM_FIELDS.includes(f));
      const t = totals.get(f)!;
      r.forEach((v, i) => (t[i] = (t[i] ?? 0) + v));
      if (r[0] < r[1] || r[3] < r[2]) {
        misses.push({ id: g.id, field: f, got: draft[f] ?? [] });
      }
    }
  }
  const fields: FieldReport[] = [];
  for (const [field, [tp, must, ret, good]] of totals) {
    if (!must && !ret) continue;
    const recall = must ? tp / must : 1;
    const precision = ret ? good / ret : 1;
    const f1 =
      precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    fields.push({ field, recall, precision, f1 });
  }
  const macroF1 = fields.length
    ? fields.reduce((s, f) => s + f.f1, 0) / fields.length
    : 0;
  return { macroF1, fields, misses };
}
