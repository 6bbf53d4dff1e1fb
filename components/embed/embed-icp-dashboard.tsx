"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";

import { applyCardChange, formatCount } from "@/components/icps/icp-card-data";
import type { EmbedIcpCard as CardData } from "@/lib/embed/view-data";

import { useEmbed, useEmbedRefresh } from "./embed-frame";
import { EmbedIcpCard } from "./embed-icp-card";
import { EmbedToolbar } from "./embed-toolbar";

const EMPTY = "rounded-lg border border-dashed p-4 text-muted-foreground";

/** The embedded ICP dashboard: every ICP of the team as a compact card. */
export function EmbedIcpDashboard({ initial }: { initial: CardData[] }) {
  const { readOnly, post, request } = useEmbed();
  const [icps, setIcps] = useState(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  const refresh = () =>
    startRefresh(async () => {
      const res = await request<{ icps: CardData[] }>("/api/embed/icps");
      if (res.ok) setIcps(res.data.icps);
      else toast.error(res.message);
    });
  useEmbedRefresh(refresh);

  const select = (icp: CardData) => {
    setSelected(icp.id);
    post({ type: "icp:selected", id: icp.id, name: icp.name });
  };

  const setActive = async (icp: CardData, active: boolean) => {
    const before = icps;
    setBusy(icp.id);
    setIcps(applyCardChange(before, { type: "active", id: icp.id, active }));
    const res = await request<CardData>(`/api/embed/icps/${icp.id}`, {
      method: "PATCH",
      body: { active },
    });
    setBusy(null);
    if (!res.ok) {
      setIcps(before);
      toast.error(res.message);
      return;
    }
    setIcps((now) => now.map((c) => (c.id === icp.id ? res.data : c)));
  };

  const active = icps.filter((i) => i.active).length;
  const scored = icps.reduce((n, i) => n + i.stats.leadsScored, 0);
  const highFit = icps.reduce((n, i) => n + i.stats.highFitLeads, 0);

  return (
    <>
      <EmbedToolbar
        title="ICPs"
        description={
          `${formatCount(active)} of ${formatCount(icps.length)} active · ` +
          `${formatCount(highFit)} high-fit of ${formatCount(scored)} ` +
          "scored leads"
        }
        onRefresh={refresh}
        refreshing={refreshing}
      />
      {icps.length ? (
        <ul
          aria-label="ICPs"
          className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-3"
        >
          {icps.map((icp) => (
            <li key={icp.id} className="grid">
              <EmbedIcpCard
                icp={icp}
                selected={selected === icp.id}
                onSelect={() => select(icp)}
                busy={busy === icp.id}
                onActiveChange={
                  readOnly ? undefined : (on) => void setActive(icp, on)
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className={EMPTY}>No ICPs yet.</p>
      )}
    </>
  );
}
