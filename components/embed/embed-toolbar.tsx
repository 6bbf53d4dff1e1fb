"use client";

import { RefreshCw } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

import { useEmbed } from "./embed-frame";

type Props = {
  title: string;
  description?: React.ReactNode;
  onRefresh: () => void;
  refreshing: boolean;
};

/** The one line of chrome an embedded view has: its title and refresh. */
export function EmbedToolbar({
  title,
  description,
  onRefresh,
  refreshing,
}: Props) {
  const { readOnly } = useEmbed();
  return (
    <div className="flex items-start justify-between gap-3">
      <div className="grid min-w-0 gap-0.5">
        <h1 className="text-base leading-tight font-semibold break-words">
          {title}
        </h1>
        {description ? (
          <p className="text-xs text-muted-foreground">{description}</p>
        ) : null}
      </div>
      <div className="flex shrink-0 items-center gap-1.5">
        {readOnly ? <Badge variant="outline">Read-only</Badge> : null}
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label="Refresh"
          disabled={refreshing}
          onClick={onRefresh}
        >
          <RefreshCw
            aria-hidden="true"
            className={cn(refreshing && "animate-spin")}
          />
        </Button>
      </div>
    </div>
  );
}
