import "server-only";

import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import type { EmbedLaunch } from "@/components/embed/embed-shell";
import { consumeEmbedToken, isEmbedOriginAllowed } from "@/db/queries/embed";
import { embedKeys } from "@/lib/embed/keys";
import { checkFrameRequest } from "@/lib/embed/request";
import { parseAccent, parseEmbedTheme } from "@/lib/embed/theme";
import { SESSION_TTL_SECONDS, signEmbedToken } from "@/lib/embed/token";
import type { EmbedClaims } from "@/lib/embed/token";
import { embedPath } from "@/lib/embed/views";
import type { EmbedTarget } from "@/lib/embed/views";
import { logger } from "@/lib/logger";

export type EmbedSearchParams = Promise<
  Record<string, string | string[] | undefined>
>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Opens an embedded view once: the launch token is checked again (the
 * proxy may not be the only way in), spent atomically, and exchanged for
 * a short-lived session token bound to the same team, view and origin.
 * Anything wrong is a 404 page that says the link cannot be used.
 */
const launch = cache(
  async (pathname: string, token: string | null): Promise<EmbedClaims> => {
    const h = await headers();
    const check = await checkFrameRequest(
      {
        pathname,
        token,
        referer: h.get("referer"),
        fetchDest: h.get("sec-fetch-dest"),
      },
      embedKeys().launch,
    );
    if (!check.ok) notFound();
    const { claims } = check;

    const spent = await consumeEmbedToken({
      jti: claims.jti,
      teamId: claims.teamId,
    });
    if (!spent) {
      logger.info(
        { teamId: claims.teamId, view: claims.view },
        "embed launch token refused: already used or unknown",
      );
      notFound();
    }
    const allowed = await isEmbedOriginAllowed({
      teamId: claims.teamId,
      origin: claims.origin,
    });
    if (!allowed) notFound();
    return claims;
  },
);

export async function launchEmbed(
  target: EmbedTarget,
  searchParams: EmbedSearchParams,
): Promise<EmbedLaunch> {
  const search = await searchParams;
  const claims = await launch(embedPath(target), first(search.token));

  const session = await signEmbedToken(
    "session",
    {
      teamId: claims.teamId,
      view: claims.view,
      id: claims.id,
      readOnly: claims.readOnly,
      origin: claims.origin,
    },
    embedKeys().session,
    { ttlSeconds: SESSION_TTL_SECONDS },
  );
  return {
    claims,
    sessionToken: session.token,
    theme: parseEmbedTheme(first(search.theme)),
    accent: parseAccent(first(search.accent)),
  };
}
