"use client";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { CsvPreview } from "@/lib/csv";
import type { DedupeMode } from "@/lib/leads/dedupe";
import type { StoredLeadFields } from "@/lib/leads/normalize";

const DEDUPE_OPTIONS: { value: DedupeMode; label: string; hint: string }[] = [
  {
    value: "merge",
    label: "Merge duplicates",
    hint: "Keep the first row of each lead and count the rest.",
  },
  {
    value: "flag",
    label: "Keep and flag duplicates",
    hint: "Keep every row; later copies point at the first.",
  },
];

function place(n: StoredLeadFields): string {
  return [n.city, n.state, n.country].filter(Boolean).join(", ");
}

/** Step 3: the first rows as they will be stored, name and duplicates. */
export function ImportPreviewStep({
  preview,
  normalised,
  name,
  onNameChange,
  dedupe,
  onDedupeChange,
  onBack,
  onImport,
}: {
  preview: CsvPreview;
  normalised: StoredLeadFields[] | null;
  name: string;
  onNameChange: (name: string) => void;
  dedupe: DedupeMode;
  onDedupeChange: (mode: DedupeMode) => void;
  onBack: () => void;
  onImport: () => void;
}) {
  const nameOk = name.trim().length > 0 && name.trim().length <= 100;

  return (
    <section aria-labelledby="preview-heading" className="grid gap-6">
      <div className="grid gap-1">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <p className="text-sm text-muted-foreground">
          The first {preview.rows.length} rows as they will be stored: titles
          read as role, seniority and department, places and company sizes put
          into standard form.
        </p>
      </div>

      {normalised ? (
        <Table scrollLabel="Normalised preview">
          <TableHeader>
            <TableRow>
              <TableHead>Row</TableHead>
              <TableHead>Name</TableHead>
              <TableHead>Title</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Seniority</TableHead>
              <TableHead>Department</TableHead>
              <TableHead>Company</TableHead>
              <TableHead>Industry</TableHead>
              <TableHead>Size</TableHead>
              <TableHead>Location</TableHead>
              <TableHead>Technologies</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {normalised.map((n, i) => (
              <TableRow key={preview.rows[i]?.rowNumber ?? i}>
                <TableCell className="tabular-nums text-muted-foreground">
                  {preview.rows[i]?.rowNumber}
                </TableCell>
                <TableCell className="font-medium">
                  {[n.firstName, n.lastName].filter(Boolean).join(" ") ||
                    n.email}
                </TableCell>
                <TableCell>{n.title}</TableCell>
                <TableCell>{n.role}</TableCell>
                <TableCell>{n.seniority}</TableCell>
                <TableCell>{n.department}</TableCell>
                <TableCell>{n.company}</TableCell>
                <TableCell>{n.industry}</TableCell>
                <TableCell>{n.companySize}</TableCell>
                <TableCell>{place(n)}</TableCell>
                <TableCell>{n.technologies?.join(", ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <div role="status" aria-label="Loading preview" className="grid gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-9 w-full" />
          ))}
        </div>
      )}

      {preview.rejected.length ? (
        <p className="text-sm text-muted-foreground">
          {preview.rejected.length} of the first rows will be rejected, e.g. row{" "}
          {preview.rejected[0]!.rowNumber}: {preview.rejected[0]!.reason}
        </p>
      ) : null}

      <div className="grid gap-2 sm:max-w-md">
        <Label htmlFor="list-name">List name</Label>
        <Input
          id="list-name"
          value={name}
          maxLength={100}
          aria-invalid={nameOk ? undefined : true}
          onChange={(e) => onNameChange(e.target.value)}
        />
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">
          Duplicates (same email, or same name and company)
        </legend>
        {DEDUPE_OPTIONS.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="dedupe"
              value={option.value}
              checked={dedupe === option.value}
              onChange={() => onDedupeChange(option.value)}
              className="mt-0.5 size-4 accent-primary"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-muted-foreground">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="flex justify-between gap-2">
        <Button variant="outline" onClick={onBack}>
          Back to mapping
        </Button>
        <Button onClick={onImport} disabled={!nameOk}>
          Import leads
        </Button>
      </div>
    </section>
  );
}
