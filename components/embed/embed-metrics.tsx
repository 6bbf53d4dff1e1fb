import { formatCount, formatRate } from "@/components/icps/icp-card-data";
import type { IcpCardData } from "@/components/icps/icp-card-data";
import { cn } from "@/lib/utils";

/** Leads scored, high-fit leads and conversion rate, in a compact row. */
export function EmbedMetrics({
  stats,
  className,
}: {
  stats: IcpCardData["stats"];
  className?: string;
}) {
  return (
    <dl className={cn("grid grid-cols-3 gap-2", className)}>
      <Metric label="Leads Scored" value={formatCount(stats.leadsScored)} />
      <Metric label="High-Fit Leads" value={formatCount(stats.highFitLeads)} />
      <Metric
        label="Conversion Rate"
        value={formatRate(stats.conversionRate)}
      />
    </dl>
  );
}

function Metric({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
