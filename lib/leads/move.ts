import type { CsvMapping, RejectedRow } from "@/lib/csv";

import type { DedupeMode } from "./dedupe";
import type { Queryer } from "./staging";

/** Rejected rows kept on the lead list for the "download rejected" file. */
export const KEPT_REJECTED_ROWS = 100;

const LEAD_COLUMNS = [
  "row_number",
  "ref",
  "first_name",
  "last_name",
  "email",
  "linkedin_url",
  "company",
  "title",
  "role",
  "role_key",
  "department",
  "seniority",
  "industry",
  "employee_count",
  "company_size",
  "technologies",
  "country",
  "state",
  "city",
  "raw",
  "extra",
].join(", ");

/**
 * Marks every row that repeats an earlier one (same email ignoring case,
 * or same first name, last name and company) with the id of the first row
 * sharing that key, then copies the rows into `leads`: all of them when
 * flagging, only the firsts when merging. Ids were drawn in file order,
 * so the smallest id of a key is its first row.
 */
function moveSql(table: string): string {
  return `
    WITH firsts AS (
      SELECT s.*,
        least(
          CASE WHEN email_key IS NOT NULL
            THEN min(id) OVER (PARTITION BY email_key) END,
          CASE WHEN name_key IS NOT NULL
            THEN min(id) OVER (PARTITION BY name_key) END
        ) AS first_id
      FROM ${table} s
    ),
    inserted AS (
      INSERT INTO leads (id, team_id, list_id, duplicate_of, ${LEAD_COLUMNS})
      SELECT id, $1::uuid, $2::uuid,
        CASE WHEN first_id < id THEN first_id END,
        ${LEAD_COLUMNS}
      FROM firsts
      WHERE NOT $3::boolean OR first_id IS NULL OR first_id >= id
      ORDER BY id
      RETURNING duplicate_of
    )
    SELECT count(*)::int AS inserted, count(duplicate_of)::int AS flagged
    FROM inserted`;
}

export interface MoveInput {
  teamId: string;
  name: string;
  source: string;
  createdBy: string | null;
  columns: string[];
  mapping: CsvMapping;
  dedupe: DedupeMode;
  /** Rows that went into the staging table. */
  staged: number;
  rejected: RejectedRow[];
  rejectedCount: number;
}

export interface MovedList {
  id: string;
  createdAt: Date;
  rowCount: number;
  duplicateCount: number;
}

/**
 * Creates the lead list, ready, and moves the staged rows into it. Runs
 * inside the import's one transaction: a failure leaves neither.
 */
export async function moveIntoLeads(
  q: Queryer,
  table: string,
  input: MoveInput,
): Promise<MovedList> {
  const rejected = input.rejected.slice(0, KEPT_REJECTED_ROWS).map((r) => ({
    row: r.rowNumber,
    reason: r.reason,
    cells: r.cells,
  }));
  const { rows: created } = await q.query<{ id: string; created_at: Date }>(
    `INSERT INTO lead_lists (team_id, name, source, status, rejected_count,
       columns, mapping, rejected, created_by)
     VALUES ($1, $2, $3, 'ready', $4, $5::text::jsonb, $6::text::jsonb,
       $7::text::jsonb, $8)
     RETURNING id, created_at`,
    [
      input.teamId,
      input.name,
      input.source,
      input.rejectedCount,
      JSON.stringify(input.columns),
      JSON.stringify(input.mapping),
      JSON.stringify(rejected),
      input.createdBy,
    ],
  );
  const list = created[0]!;

  const { rows: counted } = await q.query<{
    inserted: number;
    flagged: number;
  }>(moveSql(table), [input.teamId, list.id, input.dedupe === "merge"]);
  const inserted = Number(counted[0]?.inserted ?? 0);
  const duplicateCount =
    input.dedupe === "merge"
      ? input.staged - inserted
      : Number(counted[0]?.flagged ?? 0);

  await q.query(
    `UPDATE lead_lists SET row_count = $2, duplicate_count = $3
     WHERE id = $1`,
    [list.id, inserted, duplicateCount],
  );
  return {
    id: list.id,
    createdAt: new Date(list.created_at),
    rowCount: inserted,
    duplicateCount,
  };
}
