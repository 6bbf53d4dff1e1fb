import { CsvByteDecoder } from "./decode";
import type { CsvDelimiter } from "./delimiter";
import { CsvError } from "./errors";
import type { CsvMapping, ParsedRow, RejectedRow } from "./fields";
import { suggestMapping, validateMapping } from "./mapping";
import { CsvTextReader, type CsvHeader } from "./reader";
import { RowMapper, RowOutcome } from "./rows";

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 1_000_000;

/** Most text handed to the tokenizer at once. */
const SLICE_CHARS = 64 * 1024;

/** Rows checked before a high share of misshapen rows refuses the file. */
const MIN_ROWS_FOR_BAD_RATIO = 20;

/**
 * Anything that yields the file's bytes: a Node Readable, a web
 * ReadableStream, an async or sync iterable of chunks, or the whole file
 * as one string or byte array.
 */
export type CsvSource =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | Uint8Array
  | string;

export interface CsvProgress {
  /** Bytes taken from the source (characters for string chunks). */
  bytesRead: number;
  /** Data rows read so far, accepted and rejected, blank rows not counted. */
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

export interface ParseCsvOptions {
  /** Column -> field map; suggested from the headers when omitted. */
  mapping?: CsvMapping;
  /** Forces the delimiter instead of detecting it from the header. */
  delimiter?: CsvDelimiter;
  /** Rows (accepted plus rejected) per batch. */
  batchSize?: number;
  maxBytes?: number;
  maxRows?: number;
  /** Longest single record in characters. */
  maxRecordLength?: number;
  /** Called after every chunk read from the source. */
  onProgress?: (progress: CsvProgress) => void;
  signal?: AbortSignal;
}

export interface CsvBatch extends CsvProgress {
  header: CsvHeader;
  rows: ParsedRow[];
  rejected: RejectedRow[];
}

/**
 * Streams a CSV file as batches of leads and row-level rejections while
 * holding at most one chunk, one batch and one partial record in memory.
 *
 * File-level problems throw a CsvError. Most are found before the first
 * batch (encoding, header, mapping, a file whose first rows are mostly
 * misshapen), but some only show at the end (an unterminated quote, too
 * many rows), after batches were handed out: store batches in a staging
 * area or a transaction and keep them only when the iteration completes.
 */
export async function* parseCsvStream(
  source: CsvSource,
  options: ParseCsvOptions = {},
): AsyncGenerator<CsvBatch, void, undefined> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const decoder = new CsvByteDecoder();
  const reader = new CsvTextReader({
    delimiter: options.delimiter,
    maxRecordLength: options.maxRecordLength,
  });

  let mapper: RowMapper | null = null;
  let bytesRead = 0;
  let rowsRead = 0;
  let rowsAccepted = 0;
  let rowsRejected = 0;
  let misshapen = 0;
  let batch = { rows: [] as ParsedRow[], rejected: [] as RejectedRow[] };

  const progress = (): CsvProgress => ({
    bytesRead,
    rowsRead,
    rowsAccepted,
    rowsRejected,
  });

  const checkShape = (final: boolean) => {
    if (misshapen === 0) return;
    if (!final && rowsRead < MIN_ROWS_FOR_BAD_RATIO) return;
    if (misshapen * 2 <= rowsRead) return;
    const width = reader.header?.headers.length ?? 0;
    throw new CsvError(
      "too_many_bad_rows",
      `${misshapen} of ${rowsRead} rows do not have the ${width} columns ` +
        "of the header row. Check that the first row is the header and " +
        "that values containing the delimiter are quoted.",
      { badRows: misshapen, rowsChecked: rowsRead },
    );
  };

  const takeBatch = (): CsvBatch => {
    const out: CsvBatch = {
      header: reader.header!,
      rows: batch.rows,
      rejected: batch.rejected,
      ...progress(),
    };
    batch = { rows: [], rejected: [] };
    return out;
  };

  let final = false;
  const chunks = readChunks(source)[Symbol.asyncIterator]();
  try {
    while (!final) {
      options.signal?.throwIfAborted();
      const next = await chunks.next();
      let text: string;
      if (next.done) {
        final = true;
        text = decoder.decode(new Uint8Array(0), true);
      } else {
        const chunk = next.value;
        bytesRead +=
          typeof chunk === "string" ? chunk.length : chunk.byteLength;
        if (bytesRead > maxBytes) {
          throw new CsvError(
            "too_large",
            `The file is larger than ${formatBytes(maxBytes)}. Split it ` +
              "into smaller files.",
            { limit: maxBytes },
          );
        }
        text = decoder.decode(chunk, false);
      }

      // Big chunks go through in slices: tokenizing a whole megabyte at
      // once keeps thousands of records alive and the GC copying them.
      const pieces = sliceText(text);
      for (let p = 0; p < pieces.length; p++) {
        const last = final && p === pieces.length - 1;
        const { records, firstRowNumber } = reader.push(pieces[p]!, last);
        if (reader.header !== null && mapper === null) {
          mapper = createMapper(reader.header.headers, options.mapping);
        }

        for (let i = 0; i < records.length; i++) {
          const outcome = mapper!.apply(records[i]!, firstRowNumber + i, batch);
          if (outcome === RowOutcome.Blank) continue;
          rowsRead++;
          if (outcome === RowOutcome.Accepted) {
            rowsAccepted++;
          } else {
            rowsRejected++;
            if (outcome === RowOutcome.WrongColumnCount) misshapen++;
          }
          if (rowsRead > maxRows) {
            throw new CsvError(
              "too_large",
              `The file has more than ${maxRows.toLocaleString("en-US")} ` +
                "rows. Split it into smaller files.",
              { limit: maxRows, rowNumber: firstRowNumber + i },
            );
          }
          if (batch.rows.length + batch.rejected.length >= batchSize) {
            checkShape(false);
            yield takeBatch();
          }
        }
      }
      options.onProgress?.(progress());
    }
  } finally {
    // Stopping early (an error, a break) must not leave the upload open.
    if (!final) await chunks.return?.();
  }

  if (rowsRead === 0) {
    throw new CsvError(
      "no_rows",
      "The file has a header row but no data rows.",
      { rowNumber: reader.header?.rowNumber },
    );
  }
  checkShape(true);
  if (batch.rows.length + batch.rejected.length > 0) yield takeBatch();
}

function sliceText(text: string): string[] {
  if (text.length <= SLICE_CHARS) return [text];
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += SLICE_CHARS) {
    pieces.push(text.slice(at, at + SLICE_CHARS));
  }
  return pieces;
}

function createMapper(headers: string[], mapping?: CsvMapping): RowMapper {
  const chosen = mapping ?? suggestMapping(headers).mapping;
  const validation = validateMapping(headers, chosen);
  if (!validation.ok) {
    throw new CsvError(
      "invalid_mapping",
      validation.issues.map((issue) => issue.message).join(" "),
      { issues: validation.issues },
    );
  }
  return new RowMapper(headers, chosen);
}

async function* readChunks(
  source: CsvSource,
): AsyncGenerator<Uint8Array | string, void, undefined> {
  if (typeof source === "string" || source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    yield* source as AsyncIterable<Uint8Array | string>;
    return;
  }
  const reader = source.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${Math.round(n / (1024 * 1024))} MB`
    : `${Math.round(n / 1024)} KB`;
}
