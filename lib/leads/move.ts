import type { CsvMapping, RejectedRow } from "@/lib/csv";

import type { DedupeMode } from "./dedupe";

/** Rejected rows kept on the lead list for the "download rejected" file. */
export const KEPT_REJECTED_ROWS = 100;

/** The part of a pg client or a PGlite transaction the import uses. */
export interface Queryer {
  query<R = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<{ rows: R[] }>;
}

/**
 * Columns of a staging table, in COPY order. The same names as in `leads`
 * plus the two duplicate keys; `id` is drawn from the leads sequence as
 * rows arrive, so ids follow the file's row order.
 */
export const STAGING_COLUMNS = [
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
  "email_key",
  "name_key",
] as const;

const MOVED_COLUMNS = STAGING_COLUMNS.join(", ");
const FROM_STAGED = STAGING_COLUMNS.map((c) => `s.${c}`).join(", ");

/**
 * A row's first copy: the smallest id among the rows sharing its email
 * key or its name key. Ids follow the file's row order, so that is the
 * earliest row. Not transitive on purpose: two rows are one lead only
 * when they share a key.
 */
function firstIdSql(from: string, where = ""): string {
  return `
    SELECT s.*,
      least(
        CASE WHEN email_key IS NOT NULL
          THEN min(id) OVER (PARTITION BY email_key) END,
        CASE WHEN name_key IS NOT NULL
          THEN min(id) OVER (PARTITION BY name_key) END
      ) AS first_id
    FROM ${from} s ${where}`;
}

/**
 * Copies staged rows into `leads`: all of them when flagging (repeats
 * pointing at their first copy), only the first copies when merging.
 * With the candidate keys known ($4, $5), the window reads only the rows
 * holding one; with none, there is nothing to look for.
 */
function moveSql(table: string, narrowed: boolean): string {
  const where = narrowed
    ? "WHERE email_key = ANY($4::text[]) OR name_key = ANY($5::text[])"
    : "";
  return `
    WITH repeats AS (
      SELECT id, first_id FROM (${firstIdSql(table, where)}) f
      WHERE first_id < id
    ),
    inserted AS (
      INSERT INTO leads (id, team_id, list_id, duplicate_of, ${MOVED_COLUMNS})
      SELECT s.id, $1::uuid, $2::uuid, r.first_id,
        ${FROM_STAGED}
      FROM ${table} s LEFT JOIN repeats r ON r.id = s.id
      WHERE NOT ($3::boolean AND r.first_id IS NOT NULL)
      RETURNING duplicate_of
    )
    SELECT count(*)::int AS inserted, count(duplicate_of)::int AS flagged
    FROM inserted`;
}

/**
 * The same rule applied to rows already in `leads` (PostgreSQL copies
 * straight into it): repeats are deleted when merging, flagged otherwise.
 * Only rows holding a candidate key can be repeats or first copies, so
 * when the candidates are known the window reads those rows alone.
 */
function dedupeInPlaceSql(merge: boolean, narrowed: boolean): string {
  const where = narrowed
    ? `WHERE list_id = $1 AND (email_key = ANY($2::text[])
         OR name_key = ANY($3::text[]))`
    : "WHERE list_id = $1";
  const repeats = `
    WITH repeats AS (
      SELECT id, first_id
      FROM (${firstIdSql("leads", where)}) f
      WHERE first_id < id
    )`;
  return merge
    ? `${repeats}, gone AS (
         DELETE FROM leads l USING repeats r
         WHERE l.list_id = $1 AND l.id = r.id
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`
    : `${repeats}, flagged AS (
         UPDATE leads l SET duplicate_of = r.first_id FROM repeats r
         WHERE l.list_id = $1 AND l.id = r.id
         RETURNING 1)
       SELECT count(*)::int AS n FROM flagged`;
}

/** Keys that may repeat within the list; null when not tracked. */
export type RepeatCandidates = {
  email: string[] | null;
  name: string[] | null;
};

export interface NewList {
  teamId: string;
  name: string;
  source: string;
  createdBy: string | null;
}

export interface ListDetails {
  columns: string[];
  mapping: CsvMapping;
  dedupe: DedupeMode;
  /** Rows written to the staging table or straight into `leads`. */
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

/** The list row, `importing` until the rows are in and counted. */
export async function insertList(
  q: Queryer,
  list: NewList,
  status: "importing" | "ready",
): Promise<{ id: string; createdAt: Date }> {
  const { rows } = await q.query<{ id: string; created_at: Date }>(
    `INSERT INTO lead_lists (team_id, name, source, status, created_by)
     VALUES ($1, $2, $3, $4, $5)
     RETURNING id, created_at`,
    [list.teamId, list.name, list.source, status, list.createdBy],
  );
  const row = rows[0]!;
  return { id: row.id, createdAt: new Date(row.created_at) };
}

/** Marks the list ready with its counts, columns and rejected rows. */
async function completeList(
  q: Queryer,
  listId: string,
  details: ListDetails,
  counts: { rowCount: number; duplicateCount: number },
): Promise<void> {
  const rejected = details.rejected
    .slice(0, KEPT_REJECTED_ROWS)
    .map((r) => ({ row: r.rowNumber, reason: r.reason, cells: r.cells }));
  await q.query(
    `UPDATE lead_lists SET status = 'ready', row_count = $2,
       duplicate_count = $3, rejected_count = $4, columns = $5::text::jsonb,
       mapping = $6::text::jsonb, rejected = $7::text::jsonb
     WHERE id = $1`,
    [
      listId,
      counts.rowCount,
      counts.duplicateCount,
      details.rejectedCount,
      JSON.stringify(details.columns),
      JSON.stringify(details.mapping),
      JSON.stringify(rejected),
    ],
  );
}

/**
 * Creates the lead list and moves the staged rows into it. Runs inside
 * the import's one transaction: a failure leaves neither.
 */
export async function moveIntoLeads(
  q: Queryer,
  table: string,
  list: NewList,
  details: ListDetails,
  candidates: RepeatCandidates,
): Promise<MovedList> {
  const created = await insertList(q, list, "importing");
  const narrowed = candidates.email !== null && candidates.name !== null;
  const params: unknown[] = [
    list.teamId,
    created.id,
    details.dedupe === "merge",
  ];
  if (narrowed) params.push(candidates.email, candidates.name);
  const { rows } = await q.query<{ inserted: number; flagged: number }>(
    moveSql(table, narrowed),
    params,
  );
  const rowCount = Number(rows[0]?.inserted ?? 0);
  const duplicateCount =
    details.dedupe === "merge"
      ? details.staged - rowCount
      : Number(rows[0]?.flagged ?? 0);
  await completeList(q, created.id, details, { rowCount, duplicateCount });
  return { ...created, rowCount, duplicateCount };
}

/**
 * Settles a list whose rows were copied straight into `leads` in the
 * still open transaction: repeats are merged or flagged, then the list
 * is marked ready.
 */
export async function settleCopiedList(
  q: Queryer,
  list: { id: string; createdAt: Date },
  details: ListDetails,
  candidates: RepeatCandidates,
): Promise<MovedList> {
  const merge = details.dedupe === "merge";
  const { email, name } = candidates;
  let duplicateCount = 0;
  if (email === null || name === null) {
    const { rows } = await q.query<{ n: number }>(
      dedupeInPlaceSql(merge, false),
      [list.id],
    );
    duplicateCount = Number(rows[0]?.n ?? 0);
  } else if (email.length > 0 || name.length > 0) {
    const { rows } = await q.query<{ n: number }>(
      dedupeInPlaceSql(merge, true),
      [list.id, email, name],
    );
    duplicateCount = Number(rows[0]?.n ?? 0);
  }
  const rowCount = merge ? details.staged - duplicateCount : details.staged;
  await completeList(q, list.id, details, { rowCount, duplicateCount });
  return { ...list, rowCount, duplicateCount };
}
