"use client";

import { CircleCheck, Download } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import type { ImportSummary } from "@/lib/leads/import-events";

const number = new Intl.NumberFormat("en-US");
const SHOWN_REASONS = 5;

/** The import's outcome: counts, rejected rows to download, next steps. */
export function ImportDone({
  list,
  scoring,
  onAnother,
}: {
  list: ImportSummary;
  scoring: { icpId: string; icpName: string } | null;
  onAnother: () => void;
}) {
  return (
    <section aria-labelledby="done-heading" className="grid gap-4">
      <h2
        id="done-heading"
        className="flex items-center gap-2 text-lg font-semibold"
      >
        <CircleCheck aria-hidden="true" className="size-5 text-success" />
        Imported {number.format(list.rowCount)}{" "}
        {list.rowCount === 1 ? "lead" : "leads"} into “{list.name}”
      </h2>
      <ul className="grid gap-1 text-sm">
        {list.duplicateCount ? (
          <li>{number.format(list.duplicateCount)} duplicates found.</li>
        ) : null}
        <li>
          {list.rejectedCount
            ? `${number.format(list.rejectedCount)} rows rejected.`
            : "No rows rejected."}
        </li>
        {scoring ? (
          <li>Scoring against your default ICP “{scoring.icpName}” started.</li>
        ) : null}
      </ul>

      {list.rejected.length ? (
        <div className="grid gap-2 rounded-md border p-4 text-sm">
          <p className="font-medium">Rejected rows</p>
          <ul className="grid gap-1 text-muted-foreground">
            {list.rejected.slice(0, SHOWN_REASONS).map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
          <div>
            <Button asChild variant="outline" size="sm">
              <a href={`/leads/${list.id}/rejected`} download>
                <Download aria-hidden="true" />
                Download rejected rows
              </a>
            </Button>
          </div>
          {list.rejectedCount > list.rejected.length ? (
            <p className="text-xs text-muted-foreground">
              The download holds the first {list.rejected.length} of{" "}
              {number.format(list.rejectedCount)} rejected rows.
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href={`/leads/${list.id}`}>Open lead list</Link>
        </Button>
        <Button variant="outline" onClick={onAnother}>
          Import another file
        </Button>
      </div>
    </section>
  );
}
