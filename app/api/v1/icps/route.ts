import { listIcpPage } from "@/db/queries/api-icps";
import { createIcp } from "@/db/queries/icps";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { apiJson, apiRoute } from "@/lib/api/handler";
import {
  canonicalIcpFields,
  ICP_PAGE_DEFAULT,
  icpCreateSchema,
  icpListQuerySchema,
  toApiIcp,
} from "@/lib/api/icp-schemas";

export const GET = apiRoute(
  { scope: "read", query: icpListQuerySchema },
  async ({ team, query }) => {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;

    const page = await listIcpPage({
      teamId: team.id,
      limit: query.limit ?? ICP_PAGE_DEFAULT,
      after,
    });

    return {
      data: page.items.map(toApiIcp),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  },
);

export const POST = apiRoute(
  { scope: "write", body: icpCreateSchema, idempotent: true },
  async ({ team, body, url }) => {
    const fields = canonicalIcpFields(body);

    const icp = await createIcp({ teamId: team.id, fields });

    return apiJson(toApiIcp(icp), {
      status: 201,
      headers: { Location: `${url.pathname}/${icp.id}` },
    });
  },
);
