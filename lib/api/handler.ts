import "server-only";

import crypto from "node:crypto";

import type { z } from "zod";

import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  hitRateLimits,
  releaseIdempotencyKey,
} from "@/db/queries/api-limits";
import type { IdempotencyClaim } from "@/db/queries/api-limits";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

import { authenticate } from "./auth";
import type { ApiKeyContext, ApiScope } from "./auth";
import {
  declaredLength,
  limitBodyStream,
  readBodyBytes,
  tooLarge,
} from "./body";
import { ApiError, exposedError } from "./errors";
import { validationError } from "./validation";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export type ApiRouteOptions<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
  R extends boolean,
> = {
  /** A read key may call read routes only; write routes need a write key. */
  scope: ApiScope;
  /** A JSON body, parsed with this schema (400 with field errors). */
  body?: B;
  /** Hands the handler the body as a size-limited stream instead. */
  rawBody?: R;
  /** For raw bodies: accepted media types (415 otherwise). */
  contentTypes?: readonly string[];
  /** Body limit in bytes; API_MAX_BODY_BYTES when absent. */
  maxBytes?: number;
  query?: Q;
  params?: P;
  /** POST only: honour the Idempotency-Key header. Not for raw bodies. */
  idempotent?: boolean;
  /** Status of a plain (non-Response) result; 200 when absent. */
  status?: number;
};

export type ApiContext<B, Q, P, R extends boolean> = {
  req: Request;
  url: URL;
  key: ApiKeyContext;
  team: { id: string };
  body: R extends true ? ReadableStream<Uint8Array> : Out<B>;
  query: Q extends Schema ? z.output<Q> : Record<string, string>;
  params: P extends Schema ? z.output<P> : Record<string, string>;
  requestId: string;
  log: typeof logger;
};

type RouteContext = { params?: Promise<unknown> };

export type ApiRouteHandler = (
  req: Request,
  ctx: RouteContext,
) => Promise<Response>;

/** A concurrent duplicate waits this long for the first to finish. */
const IDEMPOTENCY_WAIT_MS = 5_000;
const IDEMPOTENCY_POLL_MS = 100;
const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,255}$/;
const JSON_TYPE_RE = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * The one way to write a public API route: authenticate the key ->
 * rate-limit key and team -> enforce the body size -> parse JSON, query
 * and params -> idempotency -> handler -> error mapping -> logging.
 * Handlers return a Response, or data sent as JSON (undefined: 204).
 */
export function apiRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R extends boolean = false,
>(
  opts: ApiRouteOptions<B, Q, P, R>,
  handler: (ctx: ApiContext<B, Q, P, R>) => unknown,
): ApiRouteHandler {
  if (opts.rawBody && (opts.body || opts.idempotent)) {
    throw new Error("apiRoute: rawBody excludes body and idempotent");
  }

  return async (req, routeCtx) => {
    const started = performance.now();
    const url = new URL(req.url);
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    const log = logger.child({ requestId });
    let key: ApiKeyContext | undefined;
    let rateHeaders: Record<string, string> = {};
    let res: Response;

    try {
      key = await authenticate(req.headers, opts.scope);

      const e = env();
      const rate = await hitRateLimits([
        { bucket: `key:${key.id}`, limit: e.RATE_LIMIT_PER_KEY_PER_MIN },
        { bucket: `team:${key.teamId}`, limit: e.RATE_LIMIT_PER_TEAM_PER_MIN },
      ]);
      const tightest = [...rate.counts].sort(
        (a, b) => a.remaining - b.remaining,
      )[0]!;
      rateHeaders = {
        "RateLimit-Limit": String(tightest.limit),
        "RateLimit-Remaining": String(tightest.remaining),
        "RateLimit-Reset": String(rate.resetSeconds),
      };
      if (!rate.allowed) {
        const per = rate.blockedBy!.bucket.startsWith("key:") ? "key" : "team";
        throw new ApiError(
          "rate_limited",
          `Rate limit of ${rate.blockedBy!.limit} requests per minute ` +
            `per ${per} reached. Retry after ${rate.resetSeconds} s.`,
          {
            headers: { "Retry-After": String(rate.resetSeconds) },
            details: {
              limit: rate.blockedBy!.limit,
              per,
              retryAfterSeconds: rate.resetSeconds,
            },
          },
        );
      }

      const params = parseWith(
        opts.params,
        ((await routeCtx?.params) ?? {}) as Record<string, unknown>,
        "The path is not valid.",
      );
      const query = parseWith(
        opts.query,
        Object.fromEntries(url.searchParams),
        "The query parameters are not valid.",
      );

      const maxBytes = opts.maxBytes ?? e.API_MAX_BODY_BYTES;
      const limits = { maxBytes, expectedLength: declaredLength(req.headers) };
      if (limits.expectedLength !== null && limits.expectedLength > maxBytes) {
        throw tooLarge(maxBytes);
      }

      let body: unknown;
      let bytes: Uint8Array | undefined;
      if (opts.rawBody) {
        checkRawType(req.headers, opts.contentTypes);
        body = limitBodyStream(req.body, limits);
      } else if (opts.body) {
        bytes = await readBodyBytes(req.body, limits);
        body = parseJsonBody(opts.body, bytes, req.headers);
      }

      const ctx = {
        req,
        url,
        key,
        team: { id: key.teamId },
        body,
        query,
        params,
        requestId,
        log,
      } as ApiContext<B, Q, P, R>;
      const run = async () => toResponse(await handler(ctx), opts.status);

      const idemKey = req.headers.get("idempotency-key");
      if (opts.idempotent && req.method === "POST" && idemKey !== null) {
        res = await runIdempotent({
          teamId: key.teamId,
          key: idemKey,
          requestHash: hashRequest(req.method, url, bytes),
          run,
          log,
        });
      } else {
        res = await run();
      }
    } catch (err) {
      res = errorResponse(err, log);
    }

    res = withHeaders(res, {
      "Cache-Control": "no-store",
      "X-Request-Id": requestId,
      ...rateHeaders,
    });
    log.info(
      {
        keyId: key?.id,
        teamId: key?.teamId,
        method: req.method,
        route: url.pathname,
        status: res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      "api request",
    );
    return res;
  };
}

/** Data as JSON with a status, for handlers that need more than 200. */
export function apiJson(
  data: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(data, init);
}

function toResponse(result: unknown, status = 200): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result, { status });
}

function withHeaders(res: Response, headers: Record<string, string>) {
  const merged = new Headers(res.headers);
  for (const [k, v] of Object.entries(headers)) merged.set(k, v);
  return new Response(res.body, {
    status: res.status,
    statusText: res.statusText,
    headers: merged,
  });
}

export function errorResponse(err: unknown, log = logger): Response {
  const exposed = exposedError(err);
  if (exposed) {
    return Response.json(exposed.body, {
      status: exposed.status,
      headers: exposed.headers,
    });
  }
  log.error({ err }, "api request failed");
  return Response.json(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side. Please try again.",
      },
    },
    { status: 500 },
  );
}

function parseWith<S extends Schema | undefined>(
  schema: S,
  value: Record<string, unknown>,
  message: string,
): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, message);
  return parsed.data;
}

function mediaType(headers: Headers): string {
  return (headers.get("content-type") ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
}

function checkRawType(headers: Headers, accepted?: readonly string[]) {
  if (!accepted?.length) return;
  const type = mediaType(headers);
  if (!accepted.includes(type)) {
    throw new ApiError(
      "unsupported_media_type",
      `Send the body as ${accepted.join(" or ")}.`,
    );
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** An empty body parses as undefined, so a schema may make it optional. */
function parseJsonBody(schema: Schema, bytes: Uint8Array, headers: Headers) {
  let value: unknown;
  if (bytes.byteLength > 0) {
    if (!JSON_TYPE_RE.test(mediaType(headers))) {
      throw new ApiError(
        "unsupported_media_type",
        "Send the body as JSON with `Content-Type: application/json`.",
      );
    }
    try {
      value = JSON.parse(utf8.decode(bytes));
    } catch {
      throw new ApiError("invalid_json", "The request body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function hashRequest(method: string, url: URL, body?: Uint8Array) {
  const h = crypto.createHash("sha256");
  h.update(`${method} ${url.pathname}${url.search}\n`);
  if (body) h.update(body);
  return h.digest("hex");
}

async function runIdempotent(input: {
  teamId: string;
  key: string;
  requestHash: string;
  run: () => Promise<Response>;
  log: typeof logger;
}): Promise<Response> {
  if (!IDEMPOTENCY_KEY_RE.test(input.key)) {
    throw new ApiError(
      "invalid_idempotency_key",
      "Idempotency-Key must be 1-255 visible ASCII characters.",
    );
  }
  const ref = { teamId: input.teamId, key: input.key };
  const deadline = Date.now() + IDEMPOTENCY_WAIT_MS;
  let claim: IdempotencyClaim;
  for (;;) {
    claim = await claimIdempotencyKey({
      ...ref,
      requestHash: input.requestHash,
    });
    if (claim.state !== "pending" || Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, IDEMPOTENCY_POLL_MS));
  }

  switch (claim.state) {
    case "replay":
      return new Response(claim.status === 204 ? null : claim.body, {
        status: claim.status,
        headers: {
          ...(claim.status === 204
            ? {}
            : { "Content-Type": "application/json" }),
          "Idempotent-Replayed": "true",
        },
      });
    case "mismatch":
      throw new ApiError(
        "idempotency_key_reused",
        "This Idempotency-Key was used with a different request.",
      );
    case "pending":
      throw new ApiError(
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still running.",
        { headers: { "Retry-After": "1" } },
      );
  }

  let res: Response;
  try {
    res = await input.run();
  } catch (err) {
    res = errorResponse(err, input.log);
  }
  if (res.status >= 500) {
    // A failure on our side is not an answer to keep: let a retry run.
    await releaseIdempotencyKey(ref).catch((err: unknown) =>
      input.log.error({ err }, "could not release idempotency key"),
    );
    return res;
  }
  const text = await res.text();
  await completeIdempotencyKey({ ...ref, status: res.status, body: text });
  return new Response(res.status === 204 ? null : text, {
    status: res.status,
    headers: res.headers,
  });
}
