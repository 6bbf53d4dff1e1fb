import { deleteIcp, getIcp, updateIcp } from "@/db/queries/icps";
import { apiRoute } from "@/lib/api/handler";
import {
  canonicalIcpFields,
  fieldsOf,
  icpIdParamsSchema,
  icpPatchSchema,
  toApiIcp,
} from "@/lib/api/icp-schemas";
import type { IcpFields } from "@/lib/icps/schema";
import { notFound } from "@/lib/errors";

export const GET = apiRoute(
  { scope: "read", params: icpIdParamsSchema },
  async ({ team, params }) => {
    const icp = await getIcp({ teamId: team.id, id: params.id });
    if (!icp) throw notFound("ICP");
    return toApiIcp(icp);
  },
);

export const PATCH = apiRoute(
  { scope: "write", params: icpIdParamsSchema, body: icpPatchSchema },
  async ({ team, params, body }) => {
    const current = await getIcp({ teamId: team.id, id: params.id });
    if (!current) throw notFound("ICP");
    const sent = Object.keys(body).filter(
      (k) => body[k as keyof typeof body] !== undefined,
    ) as (keyof IcpFields)[];
    if (!sent.length) return toApiIcp(current);

    // Canonicalise the whole ICP, so states are checked against the
    // countries it will have, then write only what was sent.
    const merged = canonicalIcpFields({ ...fieldsOf(current), ...body });
    const fields = Object.fromEntries(sent.map((k) => [k, merged[k]]));

    const icp = await updateIcp({ teamId: team.id, id: params.id, fields });
    return toApiIcp(icp);
  },
);

export const DELETE = apiRoute(
  { scope: "write", params: icpIdParamsSchema },
  async ({ team, params }) => {
    await deleteIcp({ teamId: team.id, id: params.id });
  },
);
