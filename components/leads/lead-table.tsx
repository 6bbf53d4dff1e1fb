"use client";

import { ArrowDown, ArrowUp, Info, Loader2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { explainLeadAction } from "@/app/(app)/leads/actions";
import { AiJudgement } from "@/components/icps/ai/ai-judgement";
import { ScoreExplanation } from "@/components/icps/score-explanation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Popover,
  PopoverContent,
  PopoverTrigger,
} from "@/components/ui/popover";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { LeadSort } from "@/lib/leads/segment";
import { segmentHref, type SegmentState } from "@/lib/leads/segment-url";
import type { ScoreResult } from "@/lib/scoring";
import { cn } from "@/lib/utils";

export type LeadTableRow = {
  id: number;
  rowNumber: number;
  name: string;
  email: string | null;
  title: string | null;
  company: string | null;
  location: string;
  score: number | null;
  fit: "high" | "medium" | "low" | null;
  stale: boolean;
  duplicate: boolean;
  /** The AI fit check's verdict; null while the lead is not judged. */
  aiJudgement?: { score: number; reason: string } | null;
};

const FIT_BADGE = {
  high: { label: "High", variant: "success" },
  medium: { label: "Medium", variant: "warning" },
  low: { label: "Low", variant: "secondary" },
} as const;

const BAR_COLOUR = {
  high: "bg-success",
  medium: "bg-warning",
  low: "bg-muted-foreground/50",
} as const;

function SortHeader({
  label,
  sort,
  listId,
  state,
  activeSort,
  dir,
}: {
  label: string;
  sort: LeadSort;
  listId: string;
  state: SegmentState;
  activeSort: LeadSort;
  dir: "asc" | "desc";
}) {
  const active = activeSort === sort;
  const nextDir = active
    ? dir === "asc"
      ? "desc"
      : "asc"
    : sort === "score"
      ? "desc"
      : "asc";
  const Icon = dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead
      aria-sort={
        active ? (dir === "asc" ? "ascending" : "descending") : undefined
      }
    >
      <Link
        href={segmentHref(listId, state, { sort, dir: nextDir })}
        className="inline-flex items-center gap-1 hover:underline"
      >
        {label}
        {active ? <Icon aria-hidden="true" className="size-3.5" /> : null}
        <span className="sr-only">
          {active
            ? `, sorted ${dir === "asc" ? "ascending" : "descending"}`
            : ""}
          {`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}
        </span>
      </Link>
    </TableHead>
  );
}

/**
 * Each criterion's reason, computed when the popover first opens, and
 * the AI-judged criterion when the ICP has the AI fit check.
 */
function ReasonPopover({
  listId,
  icpId,
  row,
  aiFitCheck,
}: {
  listId: string;
  icpId: string;
  row: LeadTableRow;
  aiFitCheck: boolean;
}) {
  const [result, setResult] = useState<ScoreResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    if (result) return;
    setError(null);
    const res = await explainLeadAction({ listId, leadId: row.id, icpId });
    if (res.ok) setResult(res.data);
    else setError(res.error.message);
  }

  return (
    <Popover onOpenChange={(open) => open && void load()}>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Why this score: ${row.name}`}
        >
          <Info aria-hidden="true" />
          Why
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-96">
        {result ? (
          <ScoreExplanation
            result={result}
            compact
            footnote={
              row.score !== null && row.score !== result.score
                ? `The stored score (${row.score}) was computed for earlier ` +
                  "criteria; score the list again to update it."
                : undefined
            }
          />
        ) : error ? (
          <p role="alert" className="text-sm">
            {error}
          </p>
        ) : (
          <p role="status" className="flex items-center gap-2 text-sm">
            <Loader2 aria-hidden="true" className="size-4 animate-spin" />
            Working out the reasons…
          </p>
        )}
        {aiFitCheck ? (
          <AiJudgement
            judgement={row.aiJudgement ?? null}
            missing={
              row.duplicate
                ? "Not judged: duplicates are not sent to the model."
                : "Not judged yet."
            }
            compact
            className="mt-3 border-t pt-3"
          />
        ) : null}
      </PopoverContent>
    </Popover>
  );
}

export function LeadTable({
  listId,
  state,
  icpId,
  aiFitCheck = false,
  rows,
  sort,
  dir,
}: {
  listId: string;
  state: SegmentState;
  icpId: string | null;
  /** The ICP has the AI fit check on and a provider is configured. */
  aiFitCheck?: boolean;
  rows: LeadTableRow[];
  sort: LeadSort;
  dir: "asc" | "desc";
}) {
  const sortProps = { listId, state, activeSort: sort, dir };
  return (
    <Table scrollLabel="Leads">
      <TableHeader>
        <TableRow>
          <SortHeader label="Name" sort="name" {...sortProps} />
          <TableHead>Title</TableHead>
          <SortHeader label="Company" sort="company" {...sortProps} />
          <TableHead>Location</TableHead>
          {icpId ? (
            <>
              <SortHeader label="Score" sort="score" {...sortProps} />
              <TableHead>Fit</TableHead>
              <TableHead>
                <span className="sr-only">Reasons</span>
              </TableHead>
            </>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <span className="font-medium">{row.name}</span>
              {row.duplicate ? (
                <Badge variant="outline" className="ml-2">
                  Duplicate
                </Badge>
              ) : null}
              {row.email ? (
                <span className="block text-xs text-muted-foreground">
                  {row.email}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="max-w-56 truncate">{row.title}</TableCell>
            <TableCell>{row.company}</TableCell>
            <TableCell>{row.location}</TableCell>
            {icpId ? (
              <>
                <TableCell>
                  {row.score === null ? (
                    <span className="text-muted-foreground">Unscored</span>
                  ) : (
                    <div className="flex items-center gap-2">
                      <div
                        aria-hidden="true"
                        className="h-2 w-20 overflow-hidden rounded-full bg-muted"
                      >
                        <div
                          className={cn("h-full", BAR_COLOUR[row.fit ?? "low"])}
                          style={{ width: `${row.score}%` }}
                        />
                      </div>
                      <span className="tabular-nums">{row.score}</span>
                    </div>
                  )}
                </TableCell>
                <TableCell>
                  {row.fit ? (
                    <span className="flex gap-1">
                      <Badge variant={FIT_BADGE[row.fit].variant}>
                        {FIT_BADGE[row.fit].label}
                      </Badge>
                      {row.stale ? (
                        <Badge
                          variant="outline"
                          title="Scored before the ICP's criteria changed"
                        >
                          Stale
                        </Badge>
                      ) : null}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="text-right">
                  <ReasonPopover
                    listId={listId}
                    icpId={icpId}
                    row={row}
                    aiFitCheck={aiFitCheck}
                  />
                </TableCell>
              </>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
