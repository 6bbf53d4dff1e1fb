import { setDefaultIcp } from "@/db/queries/icps";
import { apiRoute } from "@/lib/api/handler";
import { icpIdParamsSchema, toApiIcp } from "@/lib/api/icp-schemas";

export const POST = apiRoute(
  { scope: "write", params: icpIdParamsSchema, idempotent: true },
  async ({ team, params }) => {
    const icp = await setDefaultIcp({ teamId: team.id, id: params.id });
    return toApiIcp(icp);
  },
);
