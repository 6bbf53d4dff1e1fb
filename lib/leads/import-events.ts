import type { RejectedRow } from "@/lib/csv";

export type ImportPhase = "reading" | "saving";

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes of the file read so far. */
  bytesRead: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

/** What the browser learns about a finished import. */
export interface ImportSummary {
  id: string;
  name: string;
  rowCount: number;
  rejectedCount: number;
  duplicateCount: number;
  rejected: { row: number; reason: string }[];
}

/** One NDJSON line of the import route's answer. */
export type ImportEvent =
  | ({ type: "progress" } & ImportProgress)
  | {
      type: "done";
      list: ImportSummary;
      /** The scoring run started for the team's default ICP, if any. */
      scoring: { icpId: string; icpName: string } | null;
    }
  | {
      type: "error";
      error: { code: string; message: string; details?: unknown };
    };

export function toImportEvent(list: {
  id: string;
  name: string;
  rowCount: number;
  rejectedCount: number;
  duplicateCount: number;
  rejected: readonly RejectedRow[];
}): ImportSummary {
  return {
    id: list.id,
    name: list.name,
    rowCount: list.rowCount,
    rejectedCount: list.rejectedCount,
    duplicateCount: list.duplicateCount,
    rejected: list.rejected.map((r) => ({
      row: r.rowNumber,
      reason: r.reason,
    })),
  };
}

/**
 * Reads an NDJSON byte stream line by line. A last line without a newline
 * still counts; blank lines are skipped.
 */
export async function* readNdjson<T>(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<T, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done
        ? decoder.decode()
        : decoder.decode(value, { stream: true });
      let newline = buffer.indexOf("\n");
      while (newline !== -1) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) yield JSON.parse(line) as T;
        newline = buffer.indexOf("\n");
      }
      if (done) break;
    }
    const rest = buffer.trim();
    if (rest) yield JSON.parse(rest) as T;
  } finally {
    reader.releaseLock();
  }
}
