import { connection } from "next/server";
import { z } from "zod";

import { declaredLength, limitBodyStream } from "@/lib/api/body";
import { isApiError } from "@/lib/api/errors";
import { getTeamContext } from "@/lib/auth/session";
import { isCsvError, LEAD_FIELDS } from "@/lib/csv";
import { env } from "@/lib/env";
import { scoreNewList } from "@/lib/leads/auto-score";
import { DEDUPE_MODES } from "@/lib/leads/dedupe";
import { importLeadList } from "@/lib/leads/import";
import type { ImportProgress } from "@/lib/leads/import";
import { toImportEvent, type ImportEvent } from "@/lib/leads/import-events";
import { logger } from "@/lib/logger";

const querySchema = z.object({
  name: z.string().trim().min(1).max(100),
  mapping: z
    .string()
    .max(100_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Mapping is not JSON" });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), z.enum(LEAD_FIELDS).nullable()))
    .optional(),
  dedupe: z.enum(DEDUPE_MODES).default("merge"),
});

/**
 * A browser always sends Origin on a POST; like server actions, the import
 * only accepts it from the host it was sent to.
 */
function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** How often progress lines go out while a file streams in. */
const PROGRESS_EVERY_MS = 200;

function jsonError(status: number, code: string, message: string) {
  return Response.json(
    { error: { code, message } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Imports the request body, a CSV file, as a new lead list of the
 * caller's active team. The body is read as a stream; the answer is
 * NDJSON: progress lines while it is read and saved, then one "done" or
 * "error" line. Closing the request cancels the import without a trace.
 */
export async function POST(req: Request) {
  await connection();
  const ctx = await getTeamContext();
  if (!ctx) return jsonError(401, "unauthorized", "Sign in again.");
  if (!sameOrigin(req.headers)) {
    return jsonError(403, "forbidden", "Cross-site imports are refused.");
  }

  const url = new URL(req.url);
  const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return jsonError(
      400,
      "validation_failed",
      "Give the list a name (up to 100 characters) and a valid mapping.",
    );
  }
  const maxBytes = env().IMPORT_MAX_BYTES;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > maxBytes) {
    return jsonError(
      413,
      "payload_too_large",
      `The file is larger than ${Math.round(maxBytes / 1048576)} MB.`,
    );
  }
  if (!req.body) return jsonError(400, "empty_file", "The file is empty.");

  // Errors when the body ends short of its Content-Length, e.g. cut off by
  // a proxy, so a truncated file is never imported as if it were whole.
  const body = limitBodyStream(req.body, {
    maxBytes,
    expectedLength: declared ? declaredLength(req.headers) : null,
  });
  const { name, mapping, dedupe } = parsed.data;
  const teamId = ctx.team.id;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The client went away; the abort signal stops the import.
        }
      };
      let lastSent = 0;
      const onProgress = (p: ImportProgress) => {
        const now = Date.now();
        if (p.phase === "reading" && now - lastSent < PROGRESS_EVERY_MS) {
          return;
        }
        lastSent = now;
        send({ type: "progress", ...p });
      };

      try {
        const list = await importLeadList(body, {
          teamId,
          name,
          mapping,
          dedupe,
          createdBy: ctx.user.id,
          source: "csv",
          maxBytes,
          signal: req.signal,
          onProgress,
        });
        const scoring = await scoreNewList({ teamId, listId: list.id });
        logger.info(
          { teamId, listId: list.id, rows: list.rowCount },
          "lead list imported",
        );
        send({ type: "done", list: toImportEvent(list), scoring });
      } catch (err) {
        if (req.signal.aborted) {
          logger.info({ teamId }, "lead list import cancelled");
        } else if (isApiError(err)) {
          send({
            type: "error",
            error: { code: err.code, message: err.message },
          });
        } else if (isCsvError(err)) {
          send({
            type: "error",
            error: {
              code: err.code,
              message: err.message,
              details: err.details,
            },
          });
        } else {
          logger.error({ err, teamId }, "lead list import failed");
          send({
            type: "error",
            error: {
              code: "internal",
              message: "The import failed. Nothing was saved; try again.",
            },
          });
        }
      } finally {
        try {
          controller.close();
        } catch {
          // already closed by a cancelled response
        }
      }
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
}
