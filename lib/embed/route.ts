import "server-only";

import crypto from "node:crypto";

import type { z } from "zod";

import { isEmbedOriginAllowed } from "@/db/queries/embed";
import { hitRateLimits } from "@/db/queries/api-limits";
import { readBodyBytes } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handler";
import { validationError } from "@/lib/api/validation";
import { logger } from "@/lib/logger";

import { embedKeys } from "./keys";
import { verifyEmbedToken } from "./token";
import type { EmbedClaims } from "./token";
import type { EmbedView } from "./views";

/** Per open embed: enough for any person clicking, not for scraping. */
const REQUESTS_PER_SESSION_PER_MIN = 120;
const MAX_BODY_BYTES = 16 * 1024;

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export type EmbedRouteContext<P, B> = {
  req: Request;
  url: URL;
  session: EmbedClaims;
  params: Out<P>;
  body: Out<B>;
  log: typeof logger;
};

type RouteContext = { params?: Promise<unknown> };

const CHALLENGE = 'Embed realm="icp-studio"';

function unauthorized(message: string): ApiError {
  return new ApiError("unauthorized", message, {
    headers: { "WWW-Authenticate": CHALLENGE },
  });
}

/** The session token of `Authorization: Embed <token>`, or null. */
export function embedSessionToken(headers: Headers): string | null {
  const match = /^Embed[ \t]+(\S+)[ \t]*$/i.exec(
    headers.get("authorization") ?? "",
  );
  return match ? match[1]! : null;
}

/**
 * The one way to write an /api/embed route: a session token (never a
 * cookie) -> the views it may serve -> read-only sessions refused any
 * write -> the origin still allowed -> rate limit -> params and body ->
 * handler -> errors in the API's shape.
 */
export function embedRoute<
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  opts: { views: readonly EmbedView[]; write?: boolean; params?: P; body?: B },
  handler: (ctx: EmbedRouteContext<P, B>) => Promise<unknown>,
): (req: Request, ctx: RouteContext) => Promise<Response> {
  return async (req, routeCtx) => {
    const url = new URL(req.url);
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    const log = logger.child({ requestId });
    let session: EmbedClaims | undefined;
    let res: Response;

    try {
      const verified = await verifyEmbedToken(
        "session",
        embedSessionToken(req.headers),
        embedKeys().session,
      );
      if (!verified.ok) {
        throw unauthorized(
          verified.reason === "expired"
            ? "The embedded session has expired. Reload the embed."
            : "Send the embedded session as `Authorization: Embed <token>`.",
        );
      }
      session = verified.claims;
      if (!opts.views.includes(session.view)) {
        throw new ApiError(
          "forbidden",
          "This embedded view cannot reach that data.",
        );
      }
      if (opts.write && session.readOnly) {
        throw new ApiError("forbidden", "This embedded view is read-only.");
      }
      const allowed = await isEmbedOriginAllowed({
        teamId: session.teamId,
        origin: session.origin,
      });
      if (!allowed) {
        throw unauthorized("This site may no longer embed the team's data.");
      }
      const rate = await hitRateLimits([
        {
          bucket: `embed:${session.jti}`,
          limit: REQUESTS_PER_SESSION_PER_MIN,
        },
      ]);
      if (!rate.allowed) {
        throw new ApiError("rate_limited", "Too many requests. Slow down.", {
          headers: { "Retry-After": String(rate.resetSeconds) },
        });
      }

      const params = parse(
        opts.params,
        (await routeCtx?.params) ?? {},
        "The path is not valid.",
      );
      let body: unknown;
      if (opts.body) {
        const bytes = await readBodyBytes(req.body, {
          maxBytes: MAX_BODY_BYTES,
          expectedLength: null,
        });
        body = parse(opts.body, parseJson(bytes), "The request is not valid.");
      }

      const result = await handler({
        req,
        url,
        session,
        params: params as Out<P>,
        body: body as Out<B>,
        log,
      });
      res = Response.json(result);
    } catch (err) {
      res = errorResponse(err, log);
    }

    res.headers.set("Cache-Control", "no-store");
    res.headers.set("X-Request-Id", requestId);
    log.info(
      {
        teamId: session?.teamId,
        view: session?.view,
        method: req.method,
        route: url.pathname,
        status: res.status,
      },
      "embed request",
    );
    return res;
  };
}

function parse(schema: Schema | undefined, value: unknown, message: string) {
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, message);
  return parsed.data;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function parseJson(bytes: Uint8Array): unknown {
  if (!bytes.byteLength) return undefined;
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
}
