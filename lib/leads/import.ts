import { getDbHandle } from "@/db/client";
import type { DbHandle } from "@/db/client";
import {
  CsvError,
  parseCsvStream,
  suggestMapping,
  type CsvMapping,
  type CsvSource,
  type RejectedRow,
} from "@/lib/csv";

import type { DedupeMode } from "./dedupe";
import type { ImportProgress } from "./import-events";
import { createLeadRowEncoder } from "./lead-row";
import { KEPT_REJECTED_ROWS } from "./move";
import { openLeadSink } from "./sink";

export type { ImportPhase, ImportProgress } from "./import-events";

// Rows die young in small batches: with 5,000 the parsed rows outlived
// the young generation and garbage collection took a third of the
// import. The database still gets its rows in writes of about 1 MB.
const PARSE_BATCH_ROWS = 500;
const SINK_WRITE_CHARS = 1 << 20;

export interface ImportLeadListInput {
  teamId: string;
  name: string;
  /** Where the list came from, shown on the lists page. */
  source?: "csv" | "api" | "demo";
  createdBy?: string | null;
  /** Column -> field; the suggested mapping when omitted. */
  mapping?: CsvMapping;
  dedupe?: DedupeMode;
  maxBytes?: number;
  maxRows?: number;
  /** Rows parsed per batch. */
  batchSize?: number;
  /** Encoded characters gathered before each write to the database. */
  writeChars?: number;
  /**
   * Repeat keys listed for a narrowed duplicate check; past this many the
   * whole list is checked (PostgreSQL).
   */
  maxRepeatCandidates?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The database to use; the app's by default. */
  handle?: DbHandle;
}

export interface ImportedLeadList {
  id: string;
  name: string;
  source: string;
  createdAt: Date;
  rowCount: number;
  rejectedCount: number;
  duplicateCount: number;
  columns: string[];
  /** The first rejected rows with their row numbers and reasons. */
  rejected: RejectedRow[];
}

/**
 * Streams a CSV file into a new lead list. Every row is normalised and
 * stored with its raw values; rows that cannot be used are counted and
 * the first ones kept with their reason. Rows go to a private staging
 * table as they arrive, and the list is created, ready, in the same
 * transaction that moves them into `leads`: a failure, a malformed file
 * or an aborted upload leaves no list and no leads.
 *
 * Throws CsvError for a file that cannot be imported.
 */
export async function importLeadList(
  source: CsvSource,
  input: ImportLeadListInput,
): Promise<ImportedLeadList> {
  const handle = input.handle ?? (await getDbHandle());
  const dedupe = input.dedupe ?? "merge";
  const sink = await openLeadSink(handle, {
    teamId: input.teamId,
    name: input.name,
    source: input.source ?? "csv",
    createdBy: input.createdBy ?? null,
    maxRepeatCandidates: input.maxRepeatCandidates,
  });
  try {
    let headers: string[] | null = null;
    let mapping: CsvMapping | null = input.mapping ?? null;
    let encode: ReturnType<typeof createLeadRowEncoder> | null = null;
    const rejected: RejectedRow[] = [];
    let rejectedCount = 0;
    let staged = 0;
    let pending = "";
    let progress: ImportProgress = {
      phase: "reading",
      bytesRead: 0,
      rowsRead: 0,
      rowsAccepted: 0,
      rowsRejected: 0,
    };

    const batches = parseCsvStream(source, {
      mapping: input.mapping,
      batchSize: input.batchSize ?? PARSE_BATCH_ROWS,
      maxBytes: input.maxBytes,
      maxRows: input.maxRows,
      signal: input.signal,
    });
    for await (const batch of batches) {
      if (headers === null) {
        headers = batch.header.headers;
        mapping ??= suggestMapping(headers).mapping;
        encode = createLeadRowEncoder(sink.linePrefix, sink.seen);
      }
      for (const row of batch.rows) pending += encode!(row);
      if (pending.length >= (input.writeChars ?? SINK_WRITE_CHARS)) {
        await sink.append(pending);
        pending = "";
      }
      staged += batch.rows.length;
      rejectedCount += batch.rejected.length;
      for (const row of batch.rejected) {
        if (rejected.length < KEPT_REJECTED_ROWS) rejected.push(row);
      }
      progress = {
        phase: "reading",
        bytesRead: batch.bytesRead,
        rowsRead: batch.rowsRead,
        rowsAccepted: batch.rowsAccepted,
        rowsRejected: batch.rowsRejected,
      };
      input.onProgress?.(progress);
      input.signal?.throwIfAborted();
    }

    if (pending) await sink.append(pending);
    pending = "";

    if (staged === 0 || headers === null || mapping === null) {
      const first = rejected[0];
      throw new CsvError(
        "no_rows",
        `None of the ${rejectedCount} rows could be used.` +
          (first ? ` Row ${first.rowNumber}: ${first.reason}` : ""),
        { badRows: rejectedCount, rowsChecked: rejectedCount },
      );
    }

    input.onProgress?.({ ...progress, phase: "saving" });
    const listName = input.name;
    const listSource = input.source ?? "csv";
    const columns = headers;
    const chosen = mapping;
    input.signal?.throwIfAborted();
    const moved = await sink.finish({
      columns,
      mapping: chosen,
      dedupe,
      staged,
      rejected,
      rejectedCount,
    });
    return {
      id: moved.id,
      name: listName,
      source: listSource,
      createdAt: moved.createdAt,
      rowCount: moved.rowCount,
      rejectedCount,
      duplicateCount: moved.duplicateCount,
      columns,
      rejected,
    };
  } finally {
    await sink.discard();
  }
}
