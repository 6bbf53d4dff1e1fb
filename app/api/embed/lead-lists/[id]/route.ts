import { z } from "zod";

import { loadLeadListView } from "@/lib/embed/data";
import { embedRoute } from "@/lib/embed/route";
import { notFound } from "@/lib/errors";

export const GET = embedRoute(
  { views: ["lead-list"], params: z.object({ id: z.string().max(64) }) },
  async ({ session, params, url }) => {
    if (session.id !== params.id.toLowerCase()) throw notFound("Lead list");

    const icpId = url.searchParams.get("icpId") ?? undefined;
    const view = await loadLeadListView({
      teamId: session.teamId,
      listId: params.id,
      icpId,
    });
    if (!view) throw notFound(icpId ? "Scores for this ICP" : "Lead list");
    return view;
  },
);
