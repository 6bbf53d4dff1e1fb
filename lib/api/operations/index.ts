import { icpDraftSchema } from "@/lib/ai/schema";
import { embedOperations } from "@/lib/embed/api-operations";
import { env } from "@/lib/env";

import { icpStatsSchema } from "../icp-schemas";
import { buildOpenApiDocument } from "../openapi";
import type { ApiOperation } from "../openapi";
import { generateOperations } from "./generate";
import { icpOperations } from "./icps";
import {
  jobOperations,
  leadListOperations,
  leadListSharedSchemas,
} from "./lead-lists";
import { scoreOperations, scoreSharedSchemas } from "./score";

/** Every documented endpoint; each API area adds its list here. */
export const apiOperations: ApiOperation[] = [
  ...icpOperations,
  ...generateOperations,
  ...scoreOperations,
  ...leadListOperations,
  ...jobOperations,
  ...embedOperations,
];

export const API_VERSION = "1.0.0";

function overview(): string {
  const e = env();
  const mb = (e.API_MAX_BODY_BYTES / (1024 * 1024)).toLocaleString("en-US", {
    maximumFractionDigits: 1,
  });
  return [
    "Manage ICPs and score leads against them from your own systems.",
    "**Authentication.** Create a key under Settings → API keys and send " +
      "it as `Authorization: Bearer icp_live_…`. Read keys may call read " +
      "endpoints (listing, getting, scoring); write keys may call all. A " +
      "missing, unknown or revoked key is a 401; a read key on a write " +
      "endpoint is a 403. Cookies are ignored.",
    '**Errors** are JSON: `{ "error": { "code", "message", ' +
      '"details"? } }`. Branch on `code`; `message` is for people.',
    `**Rate limits.** ${e.RATE_LIMIT_PER_KEY_PER_MIN} requests per minute ` +
      `per key and ${e.RATE_LIMIT_PER_TEAM_PER_MIN} per team, in fixed ` +
      "one-minute windows. Responses carry `RateLimit-Limit`, " +
      "`RateLimit-Remaining` and `RateLimit-Reset`; past the limit the " +
      "answer is a 429 with `Retry-After` in seconds.",
    `**Bodies** are JSON, at most ${mb} MB (larger is a 413). Malformed ` +
      "JSON is a 400 `invalid_json`; another content type is a 415.",
    "**Idempotency.** POST endpoints accept an `Idempotency-Key` header. " +
      "The same key with the same body within 24 hours replays the first " +
      "answer with `Idempotent-Replayed: true`; with another body it is a " +
      "422. While the first request runs, a duplicate waits for it, or " +
      "gets a 409 `idempotency_in_progress` if it takes long.",
    '**Pagination.** Lists return `{ "data", "nextCursor" }`; pass ' +
      "`nextCursor` back as `cursor` until it is null.",
  ].join("\n\n");
}

export function apiDocument(serverUrl?: string): Record<string, unknown> {
  return buildOpenApiDocument(
    {
      title: "ICP Studio API",
      version: API_VERSION,
      description: overview(),
      serverUrl,
    },
    apiOperations,
    {
      requests: scoreSharedSchemas.requests,
      responses: {
        ...scoreSharedSchemas.responses,
        ...leadListSharedSchemas.responses,
        IcpStats: icpStatsSchema,
        IcpDraft: icpDraftSchema,
      },
    },
  );
}
