import { listEmbedOrigins, replaceEmbedOrigins } from "@/db/queries/embed";
import { apiRoute } from "@/lib/api/handler";
import { embedOriginsBodySchema } from "@/lib/embed/api-schemas";

export const GET = apiRoute({ scope: "read" }, async ({ team }) => {
  return { origins: await listEmbedOrigins(team.id) };
});

export const PUT = apiRoute(
  { scope: "write", body: embedOriginsBodySchema },
  async ({ team, body, log }) => {
    const origins = await replaceEmbedOrigins({
      teamId: team.id,
      origins: body.origins,
    });

    log.info(
      { teamId: team.id, origins: origins.length },
      "embed origins replaced",
    );
    return { origins };
  },
);
