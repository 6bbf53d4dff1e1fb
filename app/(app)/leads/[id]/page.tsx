import { ArrowLeft, Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RunAiFitCheckButton } from "@/components/icps/ai/run-ai-fit-check-button";
import { DeleteListButton } from "@/components/leads/delete-list-button";
import { ExportMenu } from "@/components/leads/export-menu";
import { FitFilterLinks } from "@/components/leads/fit-filter";
import { GenerateIcpButton } from "@/components/leads/generate-icp-button";
import { LeadTable } from "@/components/leads/lead-table";
import type { LeadTableRow } from "@/components/leads/lead-table";
import { ScoreRunPanel } from "@/components/leads/score-run-panel";
import { SegmentToolbar } from "@/components/leads/segment-toolbar";
import { Button } from "@/components/ui/button";
import { listIcps } from "@/db/queries/icps";
import { getLeadList, getSegmentCounts, listLeads } from "@/db/queries/leads";
import type { ScoredLead } from "@/db/queries/leads";
import { countAiJudgements, getAiJudgements } from "@/lib/ai-fit";
import type { AiJudgement } from "@/lib/ai-fit";
import { aiFitCheckApplies } from "@/lib/ai-fit/rules";
import { requireTeamContext } from "@/lib/auth/session";
import { aiConfigured } from "@/lib/env";
import {
  decodeCursor,
  defaultDirection,
  FIT_LABELS,
  isFitFilter,
  isLeadSort,
  type LeadSort,
} from "@/lib/leads/segment";
import { segmentHref, type SegmentState } from "@/lib/leads/segment-url";

export const metadata: Metadata = { title: "Lead list" };

const PAGE_SIZE = 50;
const number = new Intl.NumberFormat("en-US");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function toRow(
  lead: ScoredLead,
  judgements: Map<number, AiJudgement> | null,
): LeadTableRow {
  const judgement = judgements?.get(lead.id);
  return {
    id: lead.id,
    rowNumber: lead.rowNumber,
    name:
      [lead.firstName, lead.lastName].filter(Boolean).join(" ") ||
      lead.email ||
      lead.linkedinUrl ||
      `Row ${lead.rowNumber}`,
    email: lead.email,
    title: lead.title,
    company: lead.company,
    // "US-CA" reads as "CA" next to the country.
    location: [lead.city, lead.state?.replace(/^[A-Z]{2}-/, ""), lead.country]
      .filter(Boolean)
      .join(", "),
    score: lead.score,
    fit: lead.fit,
    stale: lead.stale,
    duplicate: lead.duplicateOf !== null,
    ...(judgements
      ? {
          aiJudgement: judgement
            ? { score: judgement.score, reason: judgement.reason }
            : null,
        }
      : {}),
  };
}

export default async function LeadListPage(props: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const ctx = await requireTeamContext();
  const { id } = await props.params;
  const list = await getLeadList({ teamId: ctx.team.id, id });
  if (!list) notFound();
  const params = await props.searchParams;

  const icps = await listIcps({ teamId: ctx.team.id, status: "all" });
  const wanted = one(params.icpId);
  const icp =
    icps.find((i) => i.id === wanted) ??
    icps.find((i) => i.isDefault) ??
    icps.find((i) => i.id === list.lastScoredIcpId) ??
    icps.find((i) => i.active) ??
    null;
  // The AI-judged criterion exists only with a provider; never faked.
  const aiIcp = icp && aiFitCheckApplies(icp, aiConfigured()) ? icp : null;
  const fitParam = one(params.fit);
  const fit = icp && isFitFilter(fitParam) ? fitParam : null;
  const q = one(params.q)?.trim().slice(0, 200) || null;
  const sortParam = one(params.sort);
  const sort: LeadSort = isLeadSort(sortParam)
    ? sortParam === "score" && !icp
      ? "row"
      : sortParam
    : icp
      ? "score"
      : "row";
  const dirParam = one(params.dir);
  const dir =
    dirParam === "asc" || dirParam === "desc"
      ? dirParam
      : defaultDirection(sort);
  const cursorText = one(params.cursor) ?? null;

  const state: SegmentState = {
    icpId: icp?.id ?? null,
    fit,
    q,
    sort: isLeadSort(sortParam) ? sort : null,
    dir: dirParam ? dir : null,
    cursor: cursorText,
  };

  const [page, counts, aiCounts] = await Promise.all([
    listLeads({
      teamId: ctx.team.id,
      listId: list.id,
      icp: icp ? { id: icp.id, criteriaVersion: icp.criteriaVersion } : null,
      fit,
      q,
      sort,
      dir,
      cursor: decodeCursor(cursorText),
      limit: PAGE_SIZE,
    }),
    icp
      ? getSegmentCounts({
          teamId: ctx.team.id,
          listId: list.id,
          icpId: icp.id,
          rowCount: list.rowCount,
        })
      : null,
    aiIcp
      ? countAiJudgements({
          teamId: ctx.team.id,
          icpId: aiIcp.id,
          listId: list.id,
        })
      : null,
  ]);
  // One query for the page's rows, shown when a "Why" popover opens.
  const judgements =
    aiIcp && page.rows.length
      ? await getAiJudgements({
          teamId: ctx.team.id,
          icpId: aiIcp.id,
          leadIds: page.rows.map((r) => r.id),
        })
      : null;
  const segmentCount = q ? null : fit && counts ? counts[fit] : list.rowCount;

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="grid gap-2">
        <Link
          href="/leads"
          className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          Lead lists
        </Link>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="grid gap-1">
            <h1 className="text-2xl font-semibold tracking-tight">
              {list.name}
            </h1>
            <p className="text-sm text-muted-foreground">
              {number.format(list.rowCount)} leads
              {list.duplicateCount
                ? ` · ${number.format(list.duplicateCount)} duplicates`
                : ""}
              {list.rejectedCount
                ? ` · ${number.format(list.rejectedCount)} rows rejected`
                : ""}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {list.rejectedCount ? (
              <Button asChild variant="ghost">
                <a href={`/leads/${list.id}/rejected`} download>
                  <Download aria-hidden="true" />
                  Rejected rows
                </a>
              </Button>
            ) : null}
            {ctx.role === "owner" || ctx.role === "admin" ? (
              <DeleteListButton id={list.id} name={list.name} />
            ) : null}
            <ExportMenu listId={list.id} state={state} count={segmentCount} />
            {list.rowCount ? <GenerateIcpButton listId={list.id} /> : null}
          </div>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <ScoreRunPanel teamId={ctx.team.id} listId={list.id} />
        {aiIcp && aiCounts ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-sm text-muted-foreground">
              {`AI fit check for ${aiIcp.name}: ` +
                `${number.format(aiCounts.judged)} of ` +
                `${number.format(aiCounts.leads)} leads judged`}
            </p>
            <RunAiFitCheckButton icpId={aiIcp.id} listId={list.id} />
          </div>
        ) : null}
      </div>

      <SegmentToolbar
        listId={list.id}
        state={state}
        icps={icps
          .filter((i) => i.active || i.id === icp?.id)
          .map((i) => ({ id: i.id, name: i.name, isDefault: i.isDefault }))}
      />

      {icp && counts ? (
        <FitFilterLinks
          listId={list.id}
          state={state}
          counts={counts}
          total={list.rowCount}
        />
      ) : null}

      <p role="status" className="text-sm text-muted-foreground">
        {page.rows.length
          ? `Showing ${page.rows.length} leads${
              fit ? ` with ${FIT_LABELS[fit].toLowerCase()} fit` : ""
            }${q ? ` matching “${q}”` : ""}${cursorText ? " (later page)" : ""}.`
          : q || fit
            ? "No leads match these filters."
            : "This list has no leads."}
      </p>

      {page.rows.length ? (
        <LeadTable
          listId={list.id}
          state={state}
          icpId={icp?.id ?? null}
          aiFitCheck={aiIcp !== null}
          rows={page.rows.map((lead) => toRow(lead, judgements))}
          sort={sort}
          dir={dir}
        />
      ) : null}

      <nav aria-label="Pages" className="flex justify-between gap-2">
        {cursorText ? (
          <Button asChild variant="outline">
            <Link href={segmentHref(list.id, state)}>First page</Link>
          </Button>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Button asChild variant="outline">
            <Link
              href={segmentHref(list.id, state, { cursor: page.nextCursor })}
            >
              Next page
            </Link>
          </Button>
        ) : null}
      </nav>
    </div>
  );
}
