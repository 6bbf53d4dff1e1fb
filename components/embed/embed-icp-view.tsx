"use client";

import { useId, useState, useTransition } from "react";
import { toast } from "sonner";

import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { EmbedIcpCard, EmbedIcpDetail } from "@/lib/embed/view-data";

import { useEmbed, useEmbedRefresh } from "./embed-frame";
import { EmbedIcpBadges } from "./embed-icp-badges";
import { EmbedMetrics } from "./embed-metrics";
import { EmbedToolbar } from "./embed-toolbar";

/** One embedded ICP: its metrics, criteria and what counts as high-fit. */
export function EmbedIcpView({ initial }: { initial: EmbedIcpDetail }) {
  const { readOnly, request } = useEmbed();
  const [icp, setIcp] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const switchId = useId();
  const { card } = icp;

  const refresh = () =>
    startRefresh(async () => {
      const res = await request<EmbedIcpDetail>(`/api/embed/icps/${card.id}`);
      if (res.ok) setIcp(res.data);
      else toast.error(res.message);
    });
  useEmbedRefresh(refresh);

  const setActive = async (active: boolean) => {
    setBusy(true);
    const res = await request<EmbedIcpCard>(`/api/embed/icps/${card.id}`, {
      method: "PATCH",
      body: { active },
    });
    setBusy(false);
    if (res.ok) setIcp((now) => ({ ...now, card: res.data }));
    else toast.error(res.message);
  };

  return (
    <>
      <EmbedToolbar
        title={card.name}
        description={card.description || undefined}
        onRefresh={refresh}
        refreshing={refreshing}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <EmbedIcpBadges active={card.active} isDefault={card.isDefault} />
        {readOnly ? null : (
          <div className="flex items-center gap-2">
            <Switch
              id={switchId}
              checked={card.active}
              disabled={busy}
              onCheckedChange={(on) => void setActive(on)}
            />
            <Label htmlFor={switchId} className="text-xs font-normal">
              Active
            </Label>
          </div>
        )}
      </div>

      <EmbedMetrics
        stats={card.stats}
        className="rounded-lg border p-3 sm:max-w-md"
      />

      {icp.idealCustomerDescription ? (
        <section aria-labelledby={`${switchId}-ideal`} className="grid gap-1">
          <h2 id={`${switchId}-ideal`} className="font-semibold">
            Ideal customer
          </h2>
          <p className="whitespace-pre-line">{icp.idealCustomerDescription}</p>
        </section>
      ) : null}

      <section aria-labelledby={`${switchId}-criteria`} className="grid gap-2">
        <h2 id={`${switchId}-criteria`} className="font-semibold">
          Criteria
        </h2>
        <dl className="grid gap-2 sm:grid-cols-2">
          {icp.criteria.map((group) => (
            <div key={group.key} className="grid gap-1">
              <dt className="text-xs font-medium text-muted-foreground">
                {group.label}
              </dt>
              <dd>
                {group.values.length ? (
                  <ul aria-label={group.label} className="flex flex-wrap gap-1">
                    {group.values.map((value) => (
                      <li key={value}>
                        <Badge variant="secondary" className="font-normal">
                          {value}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted-foreground">Any</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby={`${switchId}-scoring`} className="grid gap-2">
        <h2 id={`${switchId}-scoring`} className="font-semibold">
          Scoring
        </h2>
        <p>
          Leads scoring{" "}
          <strong className="font-semibold">{icp.highFitThreshold}</strong> or
          more are high-fit.
        </p>
        <table className="w-full max-w-md text-xs">
          <caption className="sr-only">Criterion weights</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-1 font-medium">
                Criterion
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Weight
              </th>
            </tr>
          </thead>
          <tbody>
            {icp.weights.map((w) => (
              <tr key={w.key} className="border-b last:border-0">
                <th scope="row" className="py-1 text-left font-normal">
                  {w.label}
                  {w.used ? null : (
                    <span className="text-muted-foreground"> (not set)</span>
                  )}
                </th>
                <td className="py-1 text-right tabular-nums">{w.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
