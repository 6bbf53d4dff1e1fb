"use client";

import { TriangleAlert } from "lucide-react";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";

import { formatCount } from "@/components/icps/icp-card-data";
import type { EmbedLeadList, EmbedSegments } from "@/lib/embed/view-data";
import { cn } from "@/lib/utils";

import { useEmbed, useEmbedRefresh } from "./embed-frame";
import { EmbedToolbar } from "./embed-toolbar";

const FITS = [
  { key: "high", label: "High fit", bar: "bg-success" },
  { key: "medium", label: "Medium fit", bar: "bg-warning" },
  { key: "low", label: "Low fit", bar: "bg-muted-foreground/50" },
  { key: "unscored", label: "Not scored", bar: "bg-border" },
] as const;

const EMPTY = "rounded-lg border border-dashed p-4 text-muted-foreground";
const COUNT = "text-lg leading-none font-semibold tabular-nums";
const SHARE = "ml-1 text-xs font-normal text-muted-foreground";
const STALE = "flex items-center gap-1 text-xs text-muted-foreground";

const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  maximumFractionDigits: 0,
});

/** A lead list's fit segments for one ICP, and its best high-fit leads. */
export function EmbedLeadListView({ initial }: { initial: EmbedLeadList }) {
  const { request } = useEmbed();
  const [list, setList] = useState(initial);
  const [loading, startLoading] = useTransition();
  const selectId = useId();

  const load = (icpId: string | undefined) =>
    startLoading(async () => {
      const query = icpId ? `?icpId=${encodeURIComponent(icpId)}` : "";
      const res = await request<EmbedLeadList>(
        `/api/embed/lead-lists/${list.id}${query}`,
      );
      if (res.ok) setList(res.data);
      else toast.error(res.message);
    });
  const refresh = () => load(list.segments?.icp.id);
  useEmbedRefresh(refresh);

  return (
    <>
      <EmbedToolbar
        title={list.name}
        description={`${formatCount(list.rowCount)} leads`}
        onRefresh={refresh}
        refreshing={loading}
      />
      {list.segments ? (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="text-xs font-medium">
              ICP
            </label>
            <select
              id={selectId}
              value={list.segments.icp.id}
              disabled={loading}
              onChange={(e) => load(e.target.value)}
              className={cn(
                "h-8 max-w-full rounded-md border border-input",
                "bg-background px-2 text-sm",
              )}
            >
              {list.icps.map((icp) => (
                <option key={icp.id} value={icp.id}>
                  {icp.name}
                </option>
              ))}
            </select>
            {list.segments.icp.stale ? (
              <p className={STALE}>
                <TriangleAlert aria-hidden="true" className="size-3.5" />
                Scored before the ICP&apos;s latest criteria
              </p>
            ) : null}
          </div>
          <Segments segments={list.segments} total={list.rowCount} />
          <TopLeads leads={list.segments.topLeads} />
        </>
      ) : (
        <p className={EMPTY}>
          This lead list has not been scored against an ICP yet.
        </p>
      )}
    </>
  );
}

function Segments({
  segments,
  total,
}: {
  segments: EmbedSegments;
  total: number;
}) {
  return (
    <section aria-label="Fit segments">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {FITS.map((fit) => {
          const count = segments.counts[fit.key];
          const share = total ? count / total : 0;
          return (
            <div key={fit.key} className="grid gap-1 rounded-lg border p-2.5">
              <dt className="text-xs text-muted-foreground">{fit.label}</dt>
              <dd className="grid gap-1.5">
                <span className={COUNT}>
                  {formatCount(count)}
                  <span className={SHARE}>{percent.format(share)}</span>
                </span>
                <span
                  aria-hidden="true"
                  className="h-1.5 overflow-hidden rounded-full bg-muted"
                >
                  <span
                    className={cn("block h-full rounded-full", fit.bar)}
                    style={{ width: `${Math.round(share * 100)}%` }}
                  />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function TopLeads({ leads }: { leads: EmbedSegments["topLeads"] }) {
  return (
    <section className="grid gap-2">
      <h2 className="font-semibold">Top high-fit leads</h2>
      {leads.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Top high-fit leads</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-1.5 pr-2 font-medium">
                  Name
                </th>
                <th scope="col" className="py-1.5 pr-2 font-medium">
                  Title
                </th>
                <th scope="col" className="py-1.5 pr-2 font-medium">
                  Company
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => (
                <tr key={lead.id} className="border-b last:border-0">
                  <th scope="row" className="py-1.5 pr-2 font-medium">
                    {lead.name}
                  </th>
                  <td className="py-1.5 pr-2">{lead.title ?? "—"}</td>
                  <td className="py-1.5 pr-2">{lead.company ?? "—"}</td>
                  <td className="py-1.5 text-right tabular-nums">
                    {lead.score}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-muted-foreground">No high-fit leads yet.</p>
      )}
    </section>
  );
}
