import { z } from "zod";

import { hitRateLimits } from "@/db/queries/api-limits";
import {
  aiConfigFromEnv,
  AiInputError,
  AiProviderError,
  generateIcpDraft,
  streamIcpDraft,
  validateDescription,
} from "@/lib/ai";
import type { IcpDraft } from "@/lib/ai";
import { ApiError, exposedError } from "@/lib/api/errors";
import type { ApiErrorCode } from "@/lib/api/errors";
import { getTeamContext } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

import type { GenerateEvent, GenerateResult } from "./protocol";

const NO_STORE = { "Cache-Control": "private, no-store" };
/** A description is at most 2,000 characters; JSON escaping aside. */
const MAX_BODY_BYTES = 16 * 1024;
/** Offline drafts fill the form a field at a time, as a model's would. */
const OFFLINE_STEP_MS = 40;
/** Model calls cost money: drafts per user and minute with a provider. */
const PROVIDER_DRAFTS_PER_MINUTE = 20;

const bodySchema = z.object({ description: z.unknown().optional() });

type Log = typeof logger;

function fail(err: unknown, log: Log): Response {
  const exposed = exposedError(err);
  if (exposed) {
    return Response.json(exposed.body, {
      status: exposed.status,
      headers: { ...NO_STORE, ...exposed.headers },
    });
  }
  log.error({ err }, "ICP draft failed");
  return Response.json(
    { error: { code: "internal", message: "Something went wrong." } },
    { status: 500, headers: NO_STORE },
  );
}

/**
 * The error a caller sees for an AI failure, as the public API maps it.
 * Provider errors may carry the prompt or the model's answer in their
 * cause, so only the code and message are logged.
 */
function toApiError(err: unknown, log: Log): unknown {
  if (err instanceof AiInputError) {
    return new ApiError("validation_failed", err.message, {
      details: { fieldErrors: { description: err.issues } },
    });
  }
  if (err instanceof AiProviderError) {
    log.warn({ aiError: err.code, msg: err.message }, "AI draft failed");
    return new ApiError(`ai_${err.code}` as ApiErrorCode, err.message);
  }
  return err;
}

async function readBody(req: Request): Promise<unknown> {
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) {
    throw new ApiError("payload_too_large", "The request body is too large.");
  }
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new ApiError("payload_too_large", "The request body is too large.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(
      "invalid_json",
      'Send a JSON body: { "description": "…" }.',
    );
  }
}

function resultOf(r: {
  draft: IcpDraft;
  engine: GenerateResult<IcpDraft>["engine"];
  model?: string;
  notice?: string;
}): GenerateResult<IcpDraft> {
  return {
    draft: r.draft,
    engine: r.engine,
    ...(r.model ? { model: r.model } : {}),
    ...(r.notice ? { notice: r.notice } : {}),
  };
}

/**
 * Drafts an ICP from a plain-English description for the signed-in user.
 * Nothing is saved. The answer is `{ draft, engine, model?, notice? }`, or,
 * with `Accept: application/x-ndjson`, one JSON line per partial draft
 * ending in a `done` (or `error`) line. A provider failure falls back to
 * the offline engine with a notice, so the user always gets a draft.
 */
export async function POST(req: Request): Promise<Response> {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  let log = logger.child({ requestId, route: "icps.generate" });

  const ctx = await getTeamContext();
  if (!ctx) {
    return fail(
      new ApiError("unauthorized", "Sign in to generate an ICP."),
      log,
    );
  }
  log = log.child({ teamId: ctx.team.id, userId: ctx.user.id });

  let description: string;
  try {
    const parsed = bodySchema.safeParse(await readBody(req));
    if (!parsed.success) {
      throw new ApiError(
        "validation_failed",
        'Send a JSON object: { "description": "…" }.',
      );
    }
    description = validateDescription(parsed.data.description);
  } catch (err) {
    return fail(toApiError(err, log), log);
  }

  const config = aiConfigFromEnv(env());
  if (config) {
    const limit = await hitRateLimits([
      {
        bucket: `icps-generate:user:${ctx.user.id}`,
        limit: PROVIDER_DRAFTS_PER_MINUTE,
      },
    ]);
    if (!limit.allowed) {
      return fail(
        new ApiError(
          "rate_limited",
          "Too many drafts in a minute. Wait a moment and try again.",
          { headers: { "Retry-After": String(limit.resetSeconds) } },
        ),
        log,
      );
    }
  }
  const options = {
    config,
    fallbackToOffline: true,
    signal: req.signal,
  };
  const accept = req.headers.get("accept") ?? "";

  if (!accept.includes("application/x-ndjson")) {
    try {
      const result = await generateIcpDraft(description, options);
      log.info({ engine: result.engine, model: result.model }, "ICP drafted");
      return Response.json(resultOf(result), { headers: NO_STORE });
    } catch (err) {
      return fail(toApiError(err, log), log);
    }
  }

  const draftStream = streamIcpDraft(description, {
    ...options,
    offlineStepMs: OFFLINE_STEP_MS,
  });

  const encoder = new TextEncoder();
  const line = (event: GenerateEvent<IcpDraft>) =>
    encoder.encode(`${JSON.stringify(event)}\n`);
  const iterator = draftStream[Symbol.asyncIterator]();

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        line({
          type: "start",
          engine: config ? "provider" : "offline",
          ...(config ? { model: config.model } : {}),
        }),
      );
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (!next.done) {
          controller.enqueue(line({ type: "partial", draft: next.value }));
          return;
        }
        const result = await draftStream.result;
        log.info(
          { engine: result.engine, model: result.model, streamed: true },
          "ICP drafted",
        );
        controller.enqueue(line({ type: "done", ...resultOf(result) }));
        controller.close();
      } catch (err) {
        const exposed = exposedError(toApiError(err, log));
        if (!exposed) log.error({ err }, "ICP draft stream failed");
        controller.enqueue(
          line({
            type: "error",
            error: exposed
              ? {
                  code: exposed.body.error.code,
                  message: exposed.body.error.message,
                }
              : { code: "internal", message: "Something went wrong." },
          }),
        );
        controller.close();
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });

  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // Proxies must pass each line on as it is written.
      "X-Accel-Buffering": "no",
    },
  });
}
