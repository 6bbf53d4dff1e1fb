import { z } from "zod";

import { jobs, leadLists, leadScores } from "@/db/schema";
import { DEDUPE_MODES } from "@/lib/leads/dedupe";
import { segmentParamsSchema } from "@/lib/leads/segment-request";

export const LEAD_PAGE_DEFAULT = 100;
export const LEAD_PAGE_MAX = 500;

/** The query of POST /lead-lists; the body is the CSV file itself. */
export const leadListImportQuerySchema = z.object({
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, "name is required")
    .max(100, "name is at most 100 characters")
    .describe("The new list's name."),
  dedupe: z
    .enum(DEDUPE_MODES)
    .default("merge")
    .describe(
      "A row repeating an earlier one (same email, or same first name, " +
        "last name and company): `merge` drops it, `flag` keeps it with " +
        "`duplicateOf` set.",
    ),
});

/** The query of GET /lead-lists/{id}/leads. */
export const leadPageQuerySchema = segmentParamsSchema.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(LEAD_PAGE_MAX)
    .default(LEAD_PAGE_DEFAULT)
    .describe("Leads per page: 100 by default, at most 500."),
  cursor: z
    .string()
    .max(2000)
    .optional()
    .describe("`nextCursor` from the previous page."),
});

/** The body of POST /lead-lists/{id}/score; it may be empty. */
export const scoreListBodySchema = z
  .object({
    icpId: z
      .uuid("icpId must be an ICP id")
      .optional()
      .describe("The ICP to score against; the team's default when absent."),
  })
  .strict()
  .optional();

const timestamp = z.iso.datetime({ offset: true });
const fit = z.enum(leadScores.fit.enumValues);
const jobStatus = z
  .enum(jobs.status.enumValues)
  .describe("`queued` and `running` end as `succeeded` or `failed`.");

export const leadListSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  source: z
    .string()
    .describe("Where it came from: `csv` (the app), `api` or `demo`."),
  status: z.enum(leadLists.status.enumValues),
  rowCount: z.number().int().describe("Leads kept."),
  rejectedCount: z.number().int().describe("Rows that could not be used."),
  duplicateCount: z
    .number()
    .int()
    .describe("Rows repeating an earlier one: dropped or flagged."),
  createdAt: timestamp,
  lastScored: z
    .object({
      icpId: z.uuid(),
      icpName: z.string(),
      highFit: z.number().int().describe("High-fit leads of that scoring."),
    })
    .nullable()
    .describe("The ICP the list was last scored against; null before."),
});

export type ApiLeadList = z.output<typeof leadListSchema>;

export const leadListsSchema = z.object({
  data: z.array(leadListSchema).describe("Every lead list, newest first."),
});

export const leadListImportSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.literal("ready"),
  rowCount: z.number().int().describe("Leads kept."),
  rejectedCount: z.number().int().describe("Rows that could not be used."),
  duplicateCount: z
    .number()
    .int()
    .describe("Rows repeating an earlier one: dropped or flagged."),
  createdAt: timestamp,
  rejected: z
    .array(
      z.object({
        row: z.number().int().describe("Row number; the header is row 1."),
        reason: z.string(),
      }),
    )
    .describe("The first 100 rejected rows."),
  scoring: z
    .object({
      icpId: z.uuid(),
      jobId: z
        .uuid()
        .describe("Follow it with GET /api/v1/jobs/{jobId}."),
    })
    .nullable()
    .describe(
      "The scoring run against the team's default ICP started for the " +
        "new list; null when there is no active default ICP.",
    ),
});

export type ApiLeadListImport = z.output<typeof leadListImportSchema>;

const text = z.string().nullable();

export const listLeadSchema = z
  .object({
    id: z.string().describe("A numeric id, as a string."),
    rowNumber: z.number().int().describe("Row in the file; header is 1."),
    ref: text,
    firstName: text,
    lastName: text,
    email: text,
    linkedinUrl: text,
    company: text,
    title: text,
    role: text.describe("The canonical role read from the title."),
    department: text,
    seniority: text,
    industry: text,
    employeeCount: z.number().int().nullable(),
    companySize: text.describe("Size band, e.g. `51-200`."),
    technologies: z.array(z.string()).nullable(),
    country: text.describe("ISO 3166-1 alpha-2 code."),
    state: text.describe("ISO 3166-2 subdivision code."),
    city: text,
    duplicateOf: text.describe(
      "The id of the earlier lead this one repeats (dedupe `flag`).",
    ),
    extra: z
      .record(z.string(), z.string())
      .describe("The file's other columns, by header."),
    score: z.number().int().min(0).max(100).nullable(),
    fit: fit.nullable().describe("null when not scored against the ICP."),
    stale: z
      .boolean()
      .describe("Scored against criteria the ICP has changed since."),
  })
  .describe("A lead of a list, with its score against the page's ICP.");

export type ApiListLead = z.output<typeof listLeadSchema>;

export const leadPageSchema = z.object({
  data: z.array(listLeadSchema),
  icpId: z
    .uuid()
    .nullable()
    .describe("The ICP the scores are against; null: no scores."),
  nextCursor: z
    .string()
    .nullable()
    .describe("Pass as `cursor` for the next page; null on the last page."),
});

export const leadListCsvSchema = z
  .string()
  .describe(
    "A CSV file, UTF-8 (or UTF-16 with a BOM), separated by commas, " +
      "semicolons, tabs or pipes. The header row names the columns; " +
      "common names (`First Name`, `Email`, `Company`, `Job Title`, ...) " +
      "are mapped to lead fields and the others kept as `extra`.",
  );

export const leadExportCsvSchema = z
  .string()
  .describe(
    "A CSV file: the lead columns of the import, its other columns and " +
      "the normalised values, then fit score, fit and ICP name when the " +
      "export is against an ICP.",
  );

export const scoringRunSchema = z.object({
  jobId: z.uuid().describe("Poll GET /api/v1/jobs/{jobId}."),
  status: jobStatus,
});

export type ApiScoringRun = z.output<typeof scoringRunSchema>;

export const jobSchema = z.object({
  id: z.uuid(),
  kind: z.enum(jobs.kind.enumValues),
  status: jobStatus,
  progress: z.number().min(0).max(1).describe("From 0 to 1."),
  error: z.string().optional().describe("Why the job failed."),
  listId: z.uuid().nullable(),
  icpId: z.uuid().nullable(),
  leadsTotal: z.number().int(),
  leadsDone: z.number().int(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});

export type ApiJob = z.output<typeof jobSchema>;
