/** One line of the bench table. */
export type Row = {
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, when it has a floor or reference. */
  reference?: { label: string; value: number };
  /** Goal: a bound on the ratio to the reference, or on the value. */
  goal?: { on: "ratio" | "value"; max?: number; min?: number } | string;
};

/** Rows other engineers' benches return: goal a number, text or null. */
export type ExternalRow = {
  name: string;
  value: number;
  unit: string;
  goal: number | string | null;
};

const higherIsBetter = (unit: string) => unit.endsWith("/s");

export function fromExternal(r: ExternalRow): Row {
  if (r.goal === null) return { name: r.name, value: r.value, unit: r.unit };
  if (typeof r.goal === "number") {
    const bound = higherIsBetter(r.unit) ? { min: r.goal } : { max: r.goal };
    return { ...r, goal: { on: "value", ...bound } };
  }
  const match = /^\s*(>=|<=|≥|≤)\s*([\d.,_]+)/.exec(r.goal);
  if (!match) return { ...r, goal: r.goal };
  const n = Number(match[2]!.replace(/[,_]/g, ""));
  const min = match[1] === ">=" || match[1] === "≥";
  return { ...r, goal: { on: "value", ...(min ? { min: n } : { max: n }) } };
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toLocaleString("en-US", {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
}

function ratioOf(row: Row): number | null {
  return row.reference ? row.value / row.reference.value : null;
}

function goalText(row: Row): string {
  const g = row.goal;
  if (!g) return "";
  if (typeof g === "string") return g;
  const unit = g.on === "ratio" ? "×" : ` ${row.unit}`;
  if (g.max !== undefined) return `≤ ${fmt(g.max)}${unit}`;
  if (g.min !== undefined) return `≥ ${fmt(g.min)}${unit}`;
  return "";
}

function verdict(row: Row): string {
  const g = row.goal;
  if (!g || typeof g === "string") return "";
  const x = g.on === "ratio" ? ratioOf(row) : row.value;
  if (x === null) return "";
  const ok =
    (g.max === undefined || x <= g.max) && (g.min === undefined || x >= g.min);
  return ok ? "yes" : "no";
}

/** The table as Markdown. */
export function markdownTable(rows: Row[]): string {
  const lines = [
    "| Measure | Value | Floor / reference | Ratio | Goal | Met |",
    "| --- | ---: | --- | ---: | --- | --- |",
  ];
  for (const row of rows) {
    const ratio = ratioOf(row);
    lines.push(
      [
        "",
        row.name,
        `${fmt(row.value)} ${row.unit}`,
        row.reference
          ? `${row.reference.label}: ${fmt(row.reference.value)} ${row.unit}`
          : "",
        ratio === null ? "" : `${fmt(ratio)}×`,
        goalText(row),
        verdict(row),
        "",
      ]
        .join(" | ")
        .trim(),
    );
  }
  return lines.join("\n");
}
