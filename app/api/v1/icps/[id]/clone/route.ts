import { cloneIcp } from "@/db/queries/icps";
import { apiJson, apiRoute } from "@/lib/api/handler";
import {
  icpCloneSchema,
  icpIdParamsSchema,
  toApiIcp,
} from "@/lib/api/icp-schemas";

export const POST = apiRoute(
  {
    scope: "write",
    params: icpIdParamsSchema,
    body: icpCloneSchema,
    idempotent: true,
  },
  async ({ team, params, body }) => {
    const icp = await cloneIcp({
      teamId: team.id,
      id: params.id,
      name: body?.name,
    });

    return apiJson(toApiIcp(icp), {
      status: 201,
      headers: { Location: `/api/v1/icps/${icp.id}` },
    });
  },
);
