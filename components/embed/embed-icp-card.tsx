"use client";

import { useId } from "react";

import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { EmbedIcpCard as CardData } from "@/lib/embed/view-data";
import { cn } from "@/lib/utils";

import { EmbedIcpBadges } from "./embed-icp-badges";
import { EmbedMetrics } from "./embed-metrics";

/** Chips on a compact card; the rest is counted. */
const CHIPS = 4;

type Props = {
  icp: CardData;
  selected: boolean;
  onSelect: () => void;
  /** Absent in read-only sessions: nothing to switch. */
  onActiveChange?: (active: boolean) => void;
  busy?: boolean;
};

/**
 * A compact ICP card. The whole card selects the ICP (its title is the
 * button, stretched over the card); the Active switch sits above that.
 */
export function EmbedIcpCard({
  icp,
  selected,
  onSelect,
  onActiveChange,
  busy,
}: Props) {
  const id = useId();
  const titleId = `${id}-title`;
  const chips = icp.chips.slice(0, CHIPS);
  const more = icp.chips.length - chips.length + icp.moreChips;

  return (
    <article
      aria-labelledby={titleId}
      data-selected={selected ? "" : undefined}
      className={cn(
        "relative grid h-full content-start gap-3 rounded-lg border",
        "bg-card p-3 text-card-foreground shadow-xs transition-colors",
        "hover:border-primary/60",
        selected && "border-primary ring-1 ring-primary",
      )}
    >
      <div className="grid gap-1.5">
        <h2 id={titleId} className="leading-snug font-semibold break-words">
          <button
            type="button"
            aria-pressed={selected}
            onClick={onSelect}
            className={cn(
              "text-left after:absolute after:inset-0 after:rounded-lg",
              "focus-visible:outline-none focus-visible:after:outline-2",
              "focus-visible:after:outline-offset-2",
              "focus-visible:after:outline-ring",
            )}
          >
            {icp.name}
          </button>
        </h2>
        <EmbedIcpBadges active={icp.active} isDefault={icp.isDefault} />
      </div>

      {chips.length ? (
        <ul aria-label="Criteria" className="flex flex-wrap gap-1">
          {chips.map((chip) => (
            <li key={`${chip.kind}:${chip.value}`}>
              <Badge variant="secondary" className="font-normal">
                <span className="sr-only">{chip.kind}: </span>
                {chip.value}
              </Badge>
            </li>
          ))}
          {more > 0 ? (
            <li>
              <Badge variant="outline" className="font-normal">
                +{more} more
              </Badge>
            </li>
          ) : null}
        </ul>
      ) : null}

      <EmbedMetrics stats={icp.stats} />

      {onActiveChange ? (
        <div className="relative z-10 flex w-fit items-center gap-2">
          <Switch
            id={`${id}-active`}
            checked={icp.active}
            disabled={busy}
            aria-describedby={titleId}
            onCheckedChange={onActiveChange}
          />
          <Label htmlFor={`${id}-active`} className="text-xs font-normal">
            Active
          </Label>
        </div>
      ) : null}
    </article>
  );
}
