import { isEmbedOriginAllowed, recordEmbedToken } from "@/db/queries/embed";
import { getIcp } from "@/db/queries/icps";
import { getLeadList } from "@/db/queries/leads";
import { ApiError } from "@/lib/api/errors";
import { apiJson, apiRoute } from "@/lib/api/handler";
import { embedSessionBodySchema } from "@/lib/embed/api-schemas";
import type { EmbedSessionBody } from "@/lib/embed/api-schemas";
import { embedKeys } from "@/lib/embed/keys";
import { signEmbedToken } from "@/lib/embed/token";
import { embedPath } from "@/lib/embed/views";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";

/** The record a single-record view shows, if it is the team's. */
async function recordExists(teamId: string, body: EmbedSessionBody) {
  if (!body.id) return true;
  if (body.view === "icp") {
    return (await getIcp({ teamId, id: body.id })) !== undefined;
  }
  return (await getLeadList({ teamId, id: body.id })) !== undefined;
}

export const POST = apiRoute(
  { scope: "read", body: embedSessionBodySchema, status: 201 },
  async ({ team, key, body, url, log }) => {
    if (!body.readOnly && key.scope !== "write") {
      throw new ApiError(
        "forbidden",
        "A read key can only create read-only sessions.",
      );
    }
    const allowed = await isEmbedOriginAllowed({
      teamId: team.id,
      origin: body.origin,
    });
    if (!allowed) {
      throw new ApiError(
        "forbidden",
        `${body.origin} may not embed this team's views. Add it under ` +
          "Settings → Embedding or with PUT /api/v1/embed/origins.",
      );
    }
    if (!(await recordExists(team.id, body))) {
      throw notFound(body.view === "icp" ? "ICP" : "Lead list");
    }

    const id = body.id?.toLowerCase() ?? null;
    const launch = await signEmbedToken(
      "launch",
      {
        teamId: team.id,
        view: body.view,
        id,
        readOnly: body.readOnly,
        origin: body.origin,
      },
      embedKeys().launch,
      { ttlSeconds: env().EMBED_TOKEN_TTL_SECONDS },
    );
    await recordEmbedToken({
      jti: launch.jti,
      teamId: team.id,
      expiresAt: launch.expiresAt,
    });

    const base = env().AUTH_URL ? new URL(env().AUTH_URL!).origin : url.origin;
    const target = new URL(embedPath({ view: body.view, id }), base);
    target.searchParams.set("token", launch.token);
    if (body.theme) target.searchParams.set("theme", body.theme);
    if (body.accent) target.searchParams.set("accent", body.accent);

    log.info(
      {
        teamId: team.id,
        view: body.view,
        readOnly: body.readOnly,
        origin: body.origin,
      },
      "embed session created",
    );
    return apiJson(
      { url: target.toString(), expiresAt: launch.expiresAt.toISOString() },
      { status: 201 },
    );
  },
);
