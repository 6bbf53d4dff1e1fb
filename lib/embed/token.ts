import crypto from "node:crypto";

import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";

import { normalizeOrigin } from "./origins";
import { EMBED_VIEWS, viewNeedsId } from "./views";
import type { EmbedView } from "./views";

export const EMBED_ISSUER = "icp-studio";

/** A launch link is for loading the page right away, not for keeping. */
export const MAX_LAUNCH_TTL_SECONDS = 600;

/** How long an opened embed may call back for data and changes. */
export const SESSION_TTL_SECONDS = 30 * 60;

/** Partners' and our clocks may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 5;

const MAX_TOKEN_LENGTH = 4096;

/**
 * Two token kinds, each with its own key and `typ`, so a session token can
 * never open a page and a launch token can never call the embed API.
 */
const KINDS = {
  launch: { typ: "embed-launch+jwt", maxTtl: MAX_LAUNCH_TTL_SECONDS },
  session: { typ: "embed-session+jwt", maxTtl: SESSION_TTL_SECONDS },
} as const;

export type EmbedTokenKind = keyof typeof KINDS;

export type EmbedKeys = Record<EmbedTokenKind, Uint8Array>;

/**
 * Embed signing keys, derived from the app secret with HKDF so that the
 * secret itself never signs anything a partner gets to see.
 */
export function deriveEmbedKeys(secret: string): EmbedKeys {
  const derive = (info: string) =>
    new Uint8Array(
      crypto.hkdfSync("sha256", secret, "icp-studio/embed", info, 32),
    );
  return {
    launch: derive("embed-launch-token/v1"),
    session: derive("embed-session-token/v1"),
  };
}

/** What a token lets its holder see, and where it may be framed. */
export type EmbedGrant = {
  teamId: string;
  view: EmbedView;
  /** The ICP or lead list of a single-record view; null for the dashboard. */
  id: string | null;
  readOnly: boolean;
  /** The partner origin: the token's audience and the only frame parent. */
  origin: string;
};

export type EmbedClaims = EmbedGrant & {
  jti: string;
  issuedAt: Date;
  expiresAt: Date;
};

export type TokenFailure =
  | "missing"
  | "malformed"
  | "algorithm"
  | "signature"
  | "expired"
  | "audience"
  | "claims";

export type VerifyResult =
  { ok: true; claims: EmbedClaims } | { ok: false; reason: TokenFailure };

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i)
  .transform((s) => s.toLowerCase());

const payloadSchema = z.object({
  team: uuid,
  view: z.enum(EMBED_VIEWS),
  id: uuid.optional(),
  readOnly: z.boolean(),
  aud: z.string(),
  jti: z.string().min(16).max(64),
  iat: z.number().int(),
  exp: z.number().int(),
});

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export async function signEmbedToken(
  kind: EmbedTokenKind,
  grant: EmbedGrant,
  key: Uint8Array,
  opts: { ttlSeconds: number; now?: Date; jti?: string },
): Promise<{ token: string; jti: string; expiresAt: Date }> {
  const { typ, maxTtl } = KINDS[kind];
  if (!Number.isInteger(opts.ttlSeconds) || opts.ttlSeconds < 1) {
    throw new Error("Embed token lifetime must be a positive whole number");
  }
  if (opts.ttlSeconds > maxTtl) {
    throw new Error(`An embed ${kind} token lives at most ${maxTtl} s`);
  }
  const origin = normalizeOrigin(grant.origin);
  if (!origin.ok || origin.origin !== grant.origin) {
    throw new Error("An embed token's origin must be a normalised origin");
  }
  if (viewNeedsId(grant.view) !== (grant.id !== null)) {
    throw new Error(
      `The ${grant.view} view ${grant.id ? "has no" : "needs an"} id`,
    );
  }

  const iat = seconds(opts.now ?? new Date());
  const exp = iat + opts.ttlSeconds;
  const jti = opts.jti ?? crypto.randomBytes(16).toString("base64url");
  const token = await new SignJWT({
    team: grant.teamId,
    view: grant.view,
    ...(grant.id ? { id: grant.id } : {}),
    readOnly: grant.readOnly,
  })
    .setProtectedHeader({ alg: "HS256", typ })
    .setIssuer(EMBED_ISSUER)
    .setAudience(grant.origin)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(jti)
    .sign(key);
  return { token, jti, expiresAt: new Date(exp * 1000) };
}

/**
 * Verifies a token of one kind: HS256 only (`alg: none` and every other
 * algorithm are refused), our issuer, the kind's `typ`, an unexpired
 * lifetime no longer than the kind allows, and — when the caller knows
 * who is framing the page — that exact audience.
 */
export async function verifyEmbedToken(
  kind: EmbedTokenKind,
  token: string | null | undefined,
  key: Uint8Array,
  opts: { audience?: string; now?: Date } = {},
): Promise<VerifyResult> {
  if (!token) return { ok: false, reason: "missing" };
  if (
    token.length > MAX_TOKEN_LENGTH ||
    !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)
  ) {
    return { ok: false, reason: "malformed" };
  }
  const { typ, maxTtl } = KINDS[kind];
  const now = opts.now ?? new Date();

  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ["HS256"],
      issuer: EMBED_ISSUER,
      typ,
      audience: opts.audience,
      requiredClaims: ["jti", "iat", "exp", "aud"],
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (err) {
    return { ok: false, reason: failureOf(err) };
  }

  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: "claims" };
  const p = parsed.data;
  const origin = normalizeOrigin(p.aud);
  if (!origin.ok || origin.origin !== p.aud) {
    return { ok: false, reason: "audience" };
  }
  const nowSeconds = seconds(now);
  if (
    p.exp - p.iat > maxTtl ||
    p.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS ||
    viewNeedsId(p.view) !== (p.id !== undefined)
  ) {
    return { ok: false, reason: "claims" };
  }
  return {
    ok: true,
    claims: {
      teamId: p.team,
      view: p.view,
      id: p.id ?? null,
      readOnly: p.readOnly,
      origin: p.aud,
      jti: p.jti,
      issuedAt: new Date(p.iat * 1000),
      expiresAt: new Date(p.exp * 1000),
    },
  };
}

function failureOf(err: unknown): TokenFailure {
  if (err instanceof errors.JWTExpired) return "expired";
  if (err instanceof errors.JWTClaimValidationFailed) {
    return err.claim === "aud" ? "audience" : "claims";
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return "algorithm";
  if (err instanceof errors.JWSSignatureVerificationFailed) return "signature";
  return "malformed";
}
