import { listLeadLists } from "@/db/queries/leads";
import { apiJson, apiRoute } from "@/lib/api/handler";
import { leadListImportQuerySchema } from "@/lib/api/lead-list-schemas";
import type { ApiLeadListImport } from "@/lib/api/lead-list-schemas";
import { isCsvError } from "@/lib/csv";
import { env } from "@/lib/env";
import { toApiLeadList } from "@/lib/leads/api-shapes";
import { scoreNewList } from "@/lib/leads/auto-score";
import { importLeadList } from "@/lib/leads/import";

export const GET = apiRoute({ scope: "read" }, async ({ team }) => {
  const lists = await listLeadLists(team.id);
  return { data: lists.map(toApiLeadList) };
});

/**
 * Imports a CSV body (streamed, never held whole) as a new lead list with
 * the suggested column mapping. A malformed file is a 400 whose code names
 * the problem (`unterminated_quote`, `binary_file`, `empty_file`, ...),
 * and leaves nothing behind.
 */
export const POST = apiRoute(
  {
    scope: "write",
    rawBody: true,
    contentTypes: ["text/csv", "text/plain", "application/csv"],
    maxBytes: env().IMPORT_MAX_BYTES,
    query: leadListImportQuerySchema,
  },
  async ({ req, team, body, query, log }) => {
    let list;
    try {
      list = await importLeadList(body, {
        teamId: team.id,
        name: query.name,
        dedupe: query.dedupe,
        source: "api",
        maxBytes: env().IMPORT_MAX_BYTES,
        signal: req.signal,
      });
    } catch (err) {
      if (!isCsvError(err)) throw err;
      return apiJson(
        {
          error: { code: err.code, message: err.message, details: err.details },
        },
        { status: err.code === "too_large" ? 413 : 400 },
      );
    }

    const scoring = await scoreNewList({ teamId: team.id, listId: list.id });
    log.info({ listId: list.id, rows: list.rowCount }, "lead list imported");
    return apiJson(
      {
        id: list.id,
        name: list.name,
        status: "ready",
        rowCount: list.rowCount,
        rejectedCount: list.rejectedCount,
        duplicateCount: list.duplicateCount,
        createdAt: list.createdAt.toISOString(),
        rejected: list.rejected.map((r) => ({
          row: r.rowNumber,
          reason: r.reason,
        })),
        scoring: scoring
          ? { icpId: scoring.icpId, jobId: scoring.jobId }
          : null,
      } satisfies ApiLeadListImport,
      {
        status: 201,
        headers: { Location: `/api/v1/lead-lists/${list.id}/leads` },
      },
    );
  },
);
