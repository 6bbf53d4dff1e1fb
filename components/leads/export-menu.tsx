"use client";

import { Download } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import {
  Popover,
  PopoverContent,
  PopoverTrigger,
} from "@/components/ui/popover";
import { EXPORT_STYLES, type ExportStyle } from "@/lib/csv";
import { exportHref, type SegmentState } from "@/lib/leads/segment-url";

const STYLE_LABELS: Record<ExportStyle, { label: string; hint: string }> = {
  default: { label: "Standard", hint: "Plain column names." },
  hubspot: {
    label: "HubSpot",
    hint: "Named for HubSpot's contact import.",
  },
  salesforce: {
    label: "Salesforce",
    hint: "Salesforce field names (FirstName, Company…).",
  },
};

/**
 * Downloads the segment on screen (ICP, fit and search) as CSV, with the
 * header style the user's CRM imports without remapping.
 */
export function ExportMenu({
  listId,
  state,
  count,
}: {
  listId: string;
  state: SegmentState;
  /** Leads in the segment, when known. */
  count: number | null;
}) {
  const [style, setStyle] = useState<ExportStyle>("default");
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline">
          <Download aria-hidden="true" />
          Export
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="grid w-80 gap-3">
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Column names</legend>
          {EXPORT_STYLES.map((s) => (
            <label key={s} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="export-style"
                value={s}
                checked={style === s}
                onChange={() => setStyle(s)}
                className="mt-0.5 size-4 accent-primary"
              />
              <span>
                <span className="font-medium">{STYLE_LABELS[s].label}</span>
                <span className="block text-muted-foreground">
                  {STYLE_LABELS[s].hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="text-xs text-muted-foreground">
          {count === null
            ? "Exports the leads matching the current search."
            : `Exports ${count.toLocaleString("en-US")} leads: the current ` +
              "ICP, fit filter and search."}{" "}
          Original columns, normalised values, score, fit and ICP name.
        </p>
        <Button asChild>
          <a href={exportHref(listId, state, style)} download>
            <Download aria-hidden="true" />
            Download CSV
          </a>
        </Button>
      </PopoverContent>
    </Popover>
  );
}
