import type { CsvMapping } from "@/lib/csv";
import type { DedupeMode } from "@/lib/leads/dedupe";
import { readNdjson, type ImportEvent } from "@/lib/leads/import-events";

export type UploadResult =
  | Extract<ImportEvent, { type: "done" }>
  | Extract<ImportEvent, { type: "error" }>;

/**
 * Streams a file to the import route and reports its NDJSON progress
 * lines. The browser sends the File from disk; the server reads it as a
 * stream, so its progress is the upload's progress. Aborting the signal
 * cancels the import on the server too.
 */
export async function uploadLeadList(input: {
  file: Blob;
  name: string;
  mapping: CsvMapping;
  dedupe: DedupeMode;
  signal: AbortSignal;
  onProgress: (event: Extract<ImportEvent, { type: "progress" }>) => void;
}): Promise<UploadResult> {
  const params = new URLSearchParams({
    name: input.name,
    mapping: JSON.stringify(input.mapping),
    dedupe: input.dedupe,
  });
  const res = await fetch(`/leads/import?${params}`, {
    method: "POST",
    headers: { "Content-Type": "text/csv" },
    body: input.file,
    signal: input.signal,
  });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code: string; message: string };
    } | null;
    return {
      type: "error",
      error: body?.error ?? {
        code: "internal",
        message: `The import failed (HTTP ${res.status}).`,
      },
    };
  }
  for await (const event of readNdjson<ImportEvent>(res.body)) {
    if (event.type === "progress") input.onProgress(event);
    else return event;
  }
  return {
    type: "error",
    error: {
      code: "internal",
      message: "The connection closed before the import finished.",
    },
  };
}
