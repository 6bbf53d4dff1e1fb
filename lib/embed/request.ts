import { verifyEmbedToken } from "./token";
import type { EmbedClaims, TokenFailure } from "./token";
import { targetOfPath } from "./views";

export type FrameRequest = {
  pathname: string;
  token: string | null;
  /** The Referer header: the framing page's origin, when it sends one. */
  referer: string | null;
  /** Sec-Fetch-Dest: what the browser loads the page into. */
  fetchDest: string | null;
};

export type FrameFailure = TokenFailure | "not_framed" | "wrong_page";

export type FrameCheck =
  { ok: true; claims: EmbedClaims } | { ok: false; reason: FrameFailure };

/** Browsers name the destination of a frame navigation one of these. */
const FRAME_DESTINATIONS = new Set(["iframe", "frame"]);

export function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    const origin = new URL(referer).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The checks a request for an embed page passes before anything renders:
 * it is a frame load (when the browser says what it loads), the launch
 * token is genuine and unexpired, it was made for the origin framing the
 * page (when the browser names that origin; frame-ancestors enforces it
 * regardless), and it is for this very page.
 */
export async function checkFrameRequest(
  req: FrameRequest,
  launchKey: Uint8Array,
  now?: Date,
): Promise<FrameCheck> {
  if (req.fetchDest && !FRAME_DESTINATIONS.has(req.fetchDest)) {
    return { ok: false, reason: "not_framed" };
  }
  const audience = refererOrigin(req.referer) ?? undefined;
  const verified = await verifyEmbedToken("launch", req.token, launchKey, {
    audience,
    now,
  });
  if (!verified.ok) return verified;

  const { claims } = verified;
  const target = targetOfPath(req.pathname);
  if (!target || target.view !== claims.view || target.id !== claims.id) {
    return { ok: false, reason: "wrong_page" };
  }
  return { ok: true, claims };
}

const MESSAGES: Record<FrameFailure, string> = {
  missing: "This embed link has no token.",
  malformed: "This embed link's token is malformed.",
  algorithm: "This embed link's token is not signed the way we sign.",
  signature: "This embed link's token has been altered.",
  expired: "This embed link has expired. Ask for a new one.",
  audience: "This embed link was made for another site.",
  claims: "This embed link's token is not valid.",
  not_framed: "This page can only be shown inside a partner's page.",
  wrong_page: "This embed link is for another page.",
};

export function frameFailureMessage(reason: FrameFailure): string {
  return MESSAGES[reason];
}

/** The one parent that may frame a page made for this origin. */
export function frameAncestorsFor(origin: string): string {
  return `frame-ancestors ${origin}`;
}
