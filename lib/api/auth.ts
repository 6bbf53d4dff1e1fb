import "server-only";

import {
  getApiKeyForAuth,
  markApiKeyUsed,
  needsTouch,
} from "@/db/queries/api-keys";

import { ApiError } from "./errors";
import { parseApiKey, secretMatches } from "./keys";

export type ApiScope = "read" | "write";

export type ApiKeyContext = {
  id: string;
  name: string;
  scope: ApiScope;
  teamId: string;
};

const CHALLENGE = 'Bearer realm="icp-studio"';

function unauthorized(message: string, invalidToken = true): ApiError {
  return new ApiError("unauthorized", message, {
    headers: {
      "WWW-Authenticate": invalidToken
        ? `${CHALLENGE}, error="invalid_token"`
        : CHALLENGE,
    },
  });
}

/** The bearer token of a request, or null when there is none. */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (!value) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value);
  return match ? match[1]! : "";
}

/**
 * Resolves the API key of a request. Cookies are never looked at: a
 * browser session is not an API credential. The secret is compared in
 * constant time, and a revoked key fails on the very next request.
 */
export async function authenticate(
  headers: Headers,
  scope: ApiScope,
): Promise<ApiKeyContext> {
  const token = bearerToken(headers);
  if (token === null) {
    throw unauthorized(
      "Missing API key. Send it as `Authorization: Bearer <key>`.",
      false,
    );
  }
  const parsed = parseApiKey(token);
  if (!parsed) throw unauthorized("The API key is malformed.");

  const row = await getApiKeyForAuth(parsed.id);
  if (!row || !secretMatches(parsed.secret, row.secretHash)) {
    throw unauthorized("The API key is not valid.");
  }
  if (row.revokedAt) throw unauthorized("The API key has been revoked.");
  if (scope === "write" && row.scope !== "write") {
    throw new ApiError(
      "forbidden",
      "This API key is read-only; this endpoint needs a write key.",
    );
  }

  if (needsTouch(row)) await markApiKeyUsed(row.id);
  return { id: row.id, name: row.name, scope: row.scope, teamId: row.teamId };
}
