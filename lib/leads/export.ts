import { iterateSegment } from "@/db/queries/leads";
import type { ScoredLead, SegmentQuery } from "@/db/queries/leads";
import type { LeadList } from "@/db/schema";
import {
  createCsvWriter,
  exportCells,
  exportHeaders,
  exportRejectedRows,
  LEAD_FIELDS,
  type CsvCellValue,
  type CsvLead,
  type ExportColumn,
  type ExportStyle,
  type LeadField,
} from "@/lib/csv";

/** Normalised values, after the original columns, in this order. */
const NORMALISED_KEYS = [
  "role",
  "seniority",
  "department",
  "industry",
  "employeeCount",
  "companySize",
  "technologies",
  "country",
  "state",
  "city",
] as const;

type NormalisedKey = (typeof NORMALISED_KEYS)[number];

/**
 * The columns of a list's export: the lead fields the file had (under
 * the chosen CRM's names, so its import maps them by itself), the other
 * original columns as they were, the normalised values, then the score.
 */
export function exportColumnsFor(
  list: Pick<LeadList, "columns" | "mapping">,
  withScore: boolean,
): ExportColumn[] {
  const fields = new Set<LeadField>();
  for (const header of list.columns) {
    const field = list.mapping[header];
    if (field && (LEAD_FIELDS as readonly string[]).includes(field)) {
      fields.add(field as LeadField);
    }
  }
  if (fields.delete("fullName")) {
    fields.add("firstName");
    fields.add("lastName");
  }

  const columns: ExportColumn[] = [
    ...LEAD_FIELDS.filter((f) => fields.has(f)).map((field): ExportColumn => ({
      kind: "field",
      field,
    })),
    ...list.columns
      .filter((header) => !list.mapping[header])
      .map((name): ExportColumn => ({ kind: "original", name })),
    ...NORMALISED_KEYS.map((key): ExportColumn => ({
      kind: "normalised",
      key,
    })),
  ];
  if (withScore) {
    columns.push({ kind: "score" }, { kind: "fit" }, { kind: "icp" });
  }
  return columns;
}

function normalisedOf(lead: ScoredLead): Record<NormalisedKey, CsvCellValue> {
  return {
    role: lead.role,
    seniority: lead.seniority,
    department: lead.department,
    industry: lead.industry,
    employeeCount: lead.employeeCount,
    companySize: lead.companySize,
    technologies: lead.technologies,
    country: lead.country,
    state: lead.state,
    city: lead.city,
  };
}

/**
 * The lead's original values: what normalisation changed is in `raw`,
 * everything else is the stored column as it came.
 */
function csvLeadOf(lead: ScoredLead): CsvLead {
  const raw = lead.raw as Record<string, string | undefined>;
  const text = (v: string | number | null) =>
    v === null ? undefined : String(v);
  return {
    firstName: raw.firstName ?? text(lead.firstName),
    lastName: raw.lastName ?? text(lead.lastName),
    email: raw.email ?? text(lead.email),
    linkedinUrl: raw.linkedinUrl ?? text(lead.linkedinUrl),
    title: raw.title ?? text(lead.title),
    department: raw.department ?? text(lead.department),
    seniority: raw.seniority ?? text(lead.seniority),
    company: raw.company ?? text(lead.company),
    industry: raw.industry ?? text(lead.industry),
    employeeCount: raw.employeeCount ?? text(lead.employeeCount),
    technologies: raw.technologies ?? lead.technologies?.join(", "),
    country: raw.country ?? text(lead.country),
    state: raw.state ?? text(lead.state),
    city: raw.city ?? text(lead.city),
    location: raw.location,
  };
}

/**
 * A segment of a lead list as CSV text chunks, read a keyset page at a
 * time: memory use does not grow with the list.
 */
export async function* exportSegment(input: {
  list: LeadList;
  query: Omit<SegmentQuery, "cursor" | "limit">;
  icpName: string | null;
  style: ExportStyle;
}): AsyncGenerator<string, void, undefined> {
  const withScore = Boolean(input.query.icp);
  const columns = exportColumnsFor(input.list, withScore);
  const writer = createCsvWriter();
  async function* rows() {
    yield exportHeaders(input.style, columns);
    for await (const lead of iterateSegment(input.query)) {
      yield exportCells(columns, {
        lead: csvLeadOf(lead),
        ref: lead.ref,
        phone: (lead.raw as { phone?: string }).phone,
        extra: lead.extra,
        normalised: normalisedOf(lead),
        score: lead.score,
        fit: lead.fit,
        icpName: lead.score === null ? null : input.icpName,
      });
    }
  }
  yield* writer.stream(rows());
}

/** The list's kept rejected rows as a CSV to fix and upload again. */
export function rejectedRowsCsv(
  list: Pick<LeadList, "columns" | "rejected">,
): AsyncGenerator<string, void, undefined> {
  return exportRejectedRows(
    list.columns,
    list.rejected.map((r) => ({
      rowNumber: r.row,
      reason: r.reason,
      code: "column_count" as const,
      cells: r.cells,
    })),
  );
}

/** Text chunks as a byte stream that reads on demand (back-pressure). */
export function textStream(
  chunks: AsyncGenerator<string, void, undefined>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** A file name made of the list (and segment) names, safe everywhere. */
export function exportFileName(parts: (string | null | undefined)[]): string {
  const slug = parts
    .filter(Boolean)
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${slug || "leads"}.csv`;
}
