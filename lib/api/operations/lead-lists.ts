import type { z } from "zod";

import { CSV_ERROR_CODES } from "@/lib/csv";
import { exportParamsSchema } from "@/lib/leads/segment-request";

import {
  jobSchema,
  leadExportCsvSchema,
  leadListCsvSchema,
  leadListImportQuerySchema,
  leadListImportSchema,
  leadListSchema,
  leadListsSchema,
  leadPageQuerySchema,
  leadPageSchema,
  listLeadSchema,
  scoreListBodySchema,
  scoringRunSchema,
} from "../lead-list-schemas";
import { errorResponseSchema } from "../openapi";
import type { ApiOperation } from "../openapi";

const listIdParam = [{ name: "id", description: "The lead list's id." }];
const error = { name: "Error", schema: errorResponseSchema };

const SEGMENT_NOTES = {
  icpId:
    "The ICP to show scores for, filter and sort by; the team's default " +
    "ICP when absent. With neither there are no scores.",
  fit: "Only leads of this fit; `unscored`: not scored against the ICP.",
  q: "Only leads whose name, company, title or email contain this text.",
  sort:
    "`score` (best first; the default with an ICP), `name`, `company` or " +
    "`row` (file order; the default without).",
  dir: "`desc` by default for `score`, `asc` for the others.",
};

/**
 * The handler's own query schema with a note on each parameter: the notes
 * are for readers of the document, the validation stays the handler's.
 */
function withNotes(
  schema: z.ZodObject,
  notes: Record<string, string>,
): z.ZodObject {
  return schema.extend(
    Object.fromEntries(
      Object.entries(notes).map(([name, note]) => {
        const field = schema.shape[name] as z.ZodType | undefined;
        if (!field) throw new Error(`OpenAPI: no query parameter ${name}`);
        return [name, field.describe(note)];
      }),
    ),
  );
}

const EXAMPLE_CSV =
  "First Name,Last Name,Email,Job Title,Company,Employees,Country\n" +
  "Dana,Reyes,dana@acme.example,VP of Sales,Acme Cloud,51-200,United States\n" +
  "Jonas,Berg,jonas@nordwerk.example,CFO,Nordwerk GmbH,1200,Germany\n";

const unreadableCodes = CSV_ERROR_CODES.filter((c) => c !== "too_large")
  .map((c) => `\`${c}\``)
  .join(", ");

export const leadListOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/lead-lists",
    tag: "Lead lists",
    summary: "List lead lists",
    description:
      "Every lead list of the team, newest first, with the ICP it was " +
      "last scored against. Not paged: `data` holds them all.",
    scope: "read",
    responses: {
      200: {
        description: "The lead lists.",
        name: "LeadLists",
        schema: leadListsSchema,
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/lead-lists",
    tag: "Lead lists",
    summary: "Import a lead list",
    description:
      "The body is the CSV file itself, as `text/csv` (`text/plain` and " +
      "`application/csv` are accepted too). It is streamed, so the limit " +
      "is the import limit (100 MB by default), not the JSON one. Columns " +
      "are mapped to lead fields by their headers. Rows that cannot be " +
      "used are skipped and the first 100 listed in `rejected`. A file " +
      "that cannot be read at all is refused whole: nothing is stored.\n\n" +
      "When the team has an active default ICP, scoring the new list " +
      "against it starts at once (`scoring`). `Idempotency-Key` is not " +
      "honoured here: sending the file again imports it again.",
    scope: "write",
    query: leadListImportQuerySchema,
    body: {
      name: "LeadListCsv",
      schema: leadListCsvSchema,
      contentType: "text/csv",
      example: EXAMPLE_CSV,
    },
    responses: {
      201: {
        description: "The new list, ready. `Location` is the URL of its leads.",
        name: "LeadListImport",
        schema: leadListImportSchema,
      },
      400: {
        description:
          `The file cannot be read (${unreadableCodes}; \`details\` says ` +
          "where), the body ended early (`incomplete_body`), or the query " +
          "is not valid (`validation_failed`).",
        ...error,
      },
      413: {
        description:
          "The file is larger than the import limit or has more rows than " +
          "it allows (`too_large`, `payload_too_large`); `details` holds " +
          "the limit.",
        ...error,
      },
      415: {
        description:
          "The body is not CSV (`Content-Type: text/csv`): " +
          "`unsupported_media_type`.",
        ...error,
      },
    },
  },
  {
    method: "get",
    path: "/api/v1/lead-lists/{id}/leads",
    tag: "Lead lists",
    summary: "List a lead list's leads",
    description:
      "A page of the list's leads with their scores against `icpId`, or " +
      "the team's default ICP when absent; the answer's `icpId` says " +
      "which. Follow `nextCursor` until it is null. Another team's list " +
      "or ICP is a 404; a cursor this endpoint did not give is a 400 " +
      "(`invalid_cursor`).",
    scope: "read",
    pathParams: listIdParam,
    query: withNotes(leadPageQuerySchema, SEGMENT_NOTES),
    responses: {
      200: {
        description: "A page of leads.",
        name: "LeadPage",
        schema: leadPageSchema,
      },
    },
    errors: [400, 404],
  },
  {
    method: "get",
    path: "/api/v1/lead-lists/{id}/export",
    tag: "Lead lists",
    summary: "Export a lead list as CSV",
    description:
      "The list's leads, or the segment the same parameters as for its " +
      "leads pick, as one CSV file, streamed, with " +
      "`Content-Disposition: attachment`. Scores are against `icpId`, or " +
      "the team's default ICP when absent. Another team's list or ICP is " +
      "a 404.",
    scope: "read",
    pathParams: listIdParam,
    query: withNotes(exportParamsSchema, {
      ...SEGMENT_NOTES,
      style:
        "Column names: ours (`default`), or those HubSpot's or " +
        "Salesforce's import expects.",
    }),
    responses: {
      200: {
        description: "The CSV file (UTF-8).",
        name: "LeadListExport",
        schema: leadExportCsvSchema,
        contentType: "text/csv",
      },
    },
    errors: [400, 404],
  },
  {
    method: "post",
    path: "/api/v1/lead-lists/{id}/score",
    tag: "Lead lists",
    summary: "Score a lead list",
    description:
      "Starts scoring every lead of the list against `icpId`, or the " +
      "team's default ICP when absent, and answers at once with the job " +
      "to poll (also in `Location`). Asked again while that run is going, " +
      "it answers the same job. The scores are kept: the leads and export " +
      "endpoints show them. The body may be empty.\n\n" +
      "Another team's list or ICP is a 404. A list still importing or " +
      "whose import failed is a 409 (`conflict`), as is no `icpId` when " +
      "the team has no default ICP (`no_default_icp`).",
    scope: "write",
    pathParams: listIdParam,
    body: {
      name: "LeadListScoreInput",
      schema: scoreListBodySchema,
      required: false,
      example: { icpId: "9b2f6c1e-4a3d-4f7e-8c21-5d0e7a1b3c4d" },
    },
    idempotent: true,
    responses: {
      202: {
        description: "The scoring run, started or already going.",
        name: "ScoringRun",
        schema: scoringRunSchema,
      },
    },
    errors: [404, 409],
  },
];

export const jobOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/jobs/{id}",
    tag: "Jobs",
    summary: "Get a job",
    description:
      "A scoring run's status and progress. Poll until `status` is " +
      "`succeeded` or `failed`; a failed job says why in `error`. Another " +
      "team's job is a 404.",
    scope: "read",
    pathParams: [{ name: "id", description: "The job's id (`jobId`)." }],
    responses: {
      200: { description: "The job.", name: "Job", schema: jobSchema },
    },
    errors: [404],
  },
];

/** Schemas nested in the answers above, emitted once as $refs. */
export const leadListSharedSchemas = {
  responses: { LeadList: leadListSchema, ListLead: listLeadSchema },
};
