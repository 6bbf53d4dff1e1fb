"use client";

import {
  Copy,
  MoreHorizontal,
  Pencil,
  Power,
  PowerOff,
  Star,
  Trash2,
  TriangleAlert,
} from "lucide-react";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

import { cn } from "@/lib/utils";

import { formatCount, formatRate } from "./icp-card-data";
import type { IcpCardData } from "./icp-card-data";

type Props = {
  icp: IcpCardData;
  onToggleActive: () => void;
  onSetDefault: () => void;
  onClone: () => void;
  onDelete: () => void;
};

export function IcpCard({ icp, ...on }: Props) {
  const titleId = `icp-card-${icp.id}-title`;
  const { stats } = icp;
  return (
    <Card
      role="article"
      aria-labelledby={titleId}
      data-default={icp.isDefault ? "" : undefined}
      className="gap-4"
    >
      <CardHeader>
        <CardTitle asHeading="h2" id={titleId} className="text-base">
          <Link
            href={`/icps/${icp.id}`}
            className={cn(
              "rounded-sm hover:underline focus-visible:outline-2",
              "focus-visible:outline-offset-2 focus-visible:outline-ring",
            )}
          >
            {icp.name}
          </Link>
        </CardTitle>
        <div className="flex flex-wrap items-center gap-1.5">
          {icp.active ? (
            <Badge variant="outline">
              <span
                aria-hidden="true"
                className="size-1.5 rounded-full bg-success"
              />
              Active
            </Badge>
          ) : (
            <Badge variant="secondary">Inactive</Badge>
          )}
          {icp.isDefault ? (
            <Badge variant="default" data-testid="default-marker">
              <Star aria-hidden="true" className="fill-current" />
              Default
            </Badge>
          ) : null}
        </div>
        <CardAction>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                variant="ghost"
                size="icon"
                aria-label="ICP actions"
                aria-describedby={titleId}
              >
                <MoreHorizontal aria-hidden="true" />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" className="w-48">
              <DropdownMenuItem asChild>
                <Link href={`/icps/${icp.id}/edit`}>
                  <Pencil aria-hidden="true" />
                  Edit
                </Link>
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={on.onClone}>
                <Copy aria-hidden="true" />
                Clone
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={on.onToggleActive}>
                {icp.active ? (
                  <PowerOff aria-hidden="true" />
                ) : (
                  <Power aria-hidden="true" />
                )}
                {icp.active ? "Deactivate" : "Activate"}
              </DropdownMenuItem>
              {icp.isDefault ? null : (
                <DropdownMenuItem onSelect={on.onSetDefault}>
                  <Star aria-hidden="true" />
                  Set as Default
                </DropdownMenuItem>
              )}
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={on.onDelete}>
                <Trash2 aria-hidden="true" />
                Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        </CardAction>
      </CardHeader>

      <CardContent className="grid flex-1 content-start gap-3">
        {icp.description ? (
          <CardDescription className="line-clamp-2">
            {icp.description}
          </CardDescription>
        ) : null}
        {icp.chips.length ? (
          <ul aria-label="Criteria" className="flex flex-wrap gap-1.5">
            {icp.chips.map((chip) => (
              <li key={`${chip.kind}:${chip.value}`}>
                <Badge variant="secondary" className="font-normal">
                  <span className="sr-only">{chip.kind}: </span>
                  {chip.value}
                </Badge>
              </li>
            ))}
            {icp.moreChips ? (
              <li>
                <Badge variant="outline" className="font-normal">
                  +{icp.moreChips} more
                </Badge>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">No criteria yet.</p>
        )}
      </CardContent>

      <CardFooter className="grid gap-2 border-t pt-4">
        <dl className="grid grid-cols-3 gap-2 text-sm">
          <Metric label="Leads Scored" value={formatCount(stats.leadsScored)} />
          <Metric
            label="High-Fit Leads"
            value={formatCount(stats.highFitLeads)}
          />
          <Metric
            label="Conversion Rate"
            value={formatRate(stats.conversionRate)}
          />
        </dl>
        {stats.staleLeads > 0 ? (
          <p className="flex items-center gap-1.5 text-xs">
            <TriangleAlert aria-hidden="true" className="size-3.5" />
            {formatCount(stats.staleLeads)}{" "}
            {stats.staleLeads === 1 ? "score predates" : "scores predate"} the
            latest criteria
          </p>
        ) : null}
      </CardFooter>
    </Card>
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
