import { execFileSync } from "node:child_process";

import { sql } from "drizzle-orm";

import type { DbHandle } from "@/db/client";
import { scoredLeadSql } from "@/lib/scoring-sql";
import type { ScoreSqlParams } from "@/lib/scoring-sql";

// The bench CSV's columns, in file order, as columns of a leads-shaped
// table. Technologies land in `role` as text and are split when scored.
const CSV_COLUMNS = [
  "first_name",
  "last_name",
  "title",
  "company",
  "email",
  "seniority",
  "department",
  "company_size",
  "industry",
  "role",
  "city",
  "state",
  "country",
  "ref",
];

const TEAM = "00000000-0000-4000-8000-000000000001";
const LIST = "00000000-0000-4000-8000-000000000002";
const ICP = "00000000-0000-4000-8000-000000000003";

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * What the database alone needs for the same work: tables shaped like
 * `leads` and `lead_scores` (same indexes, no foreign keys), the file
 * loaded with psql's \copy, and every lead scored by one INSERT … SELECT
 * of the same scoring expression.
 */
export async function floorImportAndScore(input: {
  handle: Extract<DbHandle, { kind: "postgres" }>;
  url: string;
  file: string;
  params: ScoreSqlParams;
}): Promise<{ copy: number; score: number; total: number }> {
  const { pool } = input.handle;
  await pool.query("DROP TABLE IF EXISTS floor_scores, floor_leads");
  await pool.query(
    `CREATE TABLE floor_leads (LIKE leads INCLUDING DEFAULTS
       INCLUDING IDENTITY INCLUDING INDEXES)`,
  );
  await pool.query(
    `ALTER TABLE floor_leads
       ALTER COLUMN team_id SET DEFAULT '${TEAM}',
       ALTER COLUMN list_id SET DEFAULT '${LIST}',
       ALTER COLUMN row_number SET DEFAULT 0`,
  );
  await pool.query(
    "CREATE TABLE floor_scores (LIKE lead_scores INCLUDING ALL)",
  );

  const started = performance.now();
  execFileSync(
    "psql",
    [
      input.url,
      "-v",
      "ON_ERROR_STOP=1",
      "-qc",
      `\\copy floor_leads (${CSV_COLUMNS.join(", ")}) FROM '${input.file}' ` +
        "WITH (FORMAT csv, HEADER true)",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const copy = seconds(started);

  const scoring = performance.now();
  await input.handle.db.execute(insertScores(input.params, false));
  const score = seconds(scoring);
  return { copy, score, total: seconds(started) };
}

/** The floor of a re-score: one INSERT … ON CONFLICT DO UPDATE. */
export async function floorRescore(input: {
  handle: Extract<DbHandle, { kind: "postgres" }>;
  params: ScoreSqlParams;
}): Promise<number> {
  const started = performance.now();
  await input.handle.db.execute(insertScores(input.params, true));
  return seconds(started);
}

function insertScores(params: ScoreSqlParams, upsert: boolean) {
  const scored = scoredLeadSql(params);
  const conflict = upsert
    ? sql`ON CONFLICT (icp_id, lead_id) DO UPDATE SET
          icp_version = excluded.icp_version, score = excluded.score,
          fit = excluded.fit, scored_at = excluded.scored_at`
    : sql``;
  return sql`
    INSERT INTO floor_scores (lead_id, icp_id, team_id, list_id,
      icp_version, score, fit, scored_at)
    SELECT l.id, ${ICP}::uuid, l.team_id, l.list_id, ${upsert ? 2 : 1},
      sc.score, sc.fit, now()
    FROM (
      SELECT id, team_id, list_id, title, lower(title) AS role_key,
        department,
        seniority, industry, company_size,
        string_to_array(role, ', ') AS technologies, country, state, city
      FROM floor_leads
    ) l CROSS JOIN LATERAL (${scored}) sc
    ${conflict}`;
}
