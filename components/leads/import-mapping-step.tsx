"use client";

import { Button } from "@/components/ui/button";
import { inputBaseClass } from "@/components/ui/input";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  isLeadField,
  LEAD_FIELD_LABELS,
  LEAD_FIELDS,
  validateMapping,
  type CsvMapping,
  type CsvPreview,
  type SourceStyle,
} from "@/lib/csv";
import { cn } from "@/lib/utils";

const STYLE_NAMES: Record<SourceStyle, string> = {
  hubspot: "a HubSpot export",
  apollo: "an Apollo export",
  salesnav: "a Sales Navigator export",
  salesforce: "a Salesforce export",
  generic: "a spreadsheet",
};

const EXTRA = "";

/** Step 2: which lead field each column fills; the rest stay extra data. */
export function ImportMappingStep({
  fileName,
  preview,
  mapping,
  onChange,
  onBack,
  onNext,
}: {
  fileName: string;
  preview: CsvPreview;
  mapping: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const validation = validateMapping(preview.headers, mapping);
  const mappedCount = Object.values(mapping).filter(Boolean).length;

  function samples(column: number): string {
    const values: string[] = [];
    for (const record of preview.records) {
      const v = record.cells[column]?.trim();
      if (v && !values.includes(v)) values.push(v);
      if (values.length === 2) break;
    }
    return values.join(" · ");
  }

  return (
    <section aria-labelledby="map-heading" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="map-heading" className="text-lg font-semibold">
          Map columns
        </h2>
        <p className="text-sm text-muted-foreground">
          {fileName} looks like {STYLE_NAMES[preview.style]}: {mappedCount} of{" "}
          {preview.headers.length} columns were matched to lead fields. Columns
          left as extra data are kept with each lead and exported again.
        </p>
      </div>

      <Table scrollLabel="Column mapping">
        <TableHeader>
          <TableRow>
            <TableHead>Column in the file</TableHead>
            <TableHead>Sample values</TableHead>
            <TableHead>Lead field</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.headers.map((header, i) => {
            const value = mapping[header] ?? EXTRA;
            return (
              <TableRow key={header}>
                <TableCell className="font-medium">{header}</TableCell>
                <TableCell className="max-w-72 truncate text-muted-foreground">
                  {samples(i) || "—"}
                </TableCell>
                <TableCell>
                  <select
                    aria-label={`Lead field for ${header}`}
                    value={value}
                    onChange={(e) => {
                      const next = e.target.value;
                      onChange({
                        ...mapping,
                        [header]: isLeadField(next) ? next : null,
                      });
                    }}
                    className={cn(inputBaseClass, "h-9 w-56 px-2")}
                  >
                    <option value={EXTRA}>Keep as extra data</option>
                    {LEAD_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {LEAD_FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      {validation.issues.length ? (
        <ul
          role="alert"
          className="grid gap-1 rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm"
        >
          {validation.issues.map((issue) => (
            <li key={`${issue.code}-${issue.field ?? ""}-${issue.message}`}>
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="flex justify-between gap-2">
        <Button variant="outline" onClick={onBack}>
          Choose another file
        </Button>
        <Button onClick={onNext} disabled={!validation.ok}>
          Continue to preview
        </Button>
      </div>
    </section>
  );
}
