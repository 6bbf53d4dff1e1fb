"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Input, inputBaseClass } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { segmentHref, type SegmentState } from "@/lib/leads/segment-url";
import { cn } from "@/lib/utils";

/** The ICP whose scores the table shows, and the search box. */
export function SegmentToolbar({
  listId,
  state,
  icps,
}: {
  listId: string;
  state: SegmentState;
  icps: { id: string; name: string; isDefault: boolean }[];
}) {
  const router = useRouter();
  const [q, setQ] = useState(state.q ?? "");

  return (
    <div className="flex flex-wrap items-end gap-3">
      {icps.length ? (
        <div className="grid gap-1.5">
          <Label htmlFor="segment-icp">Show scores for</Label>
          <select
            id="segment-icp"
            value={state.icpId ?? ""}
            onChange={(e) =>
              router.push(
                segmentHref(listId, state, {
                  icpId: e.target.value,
                  fit: null,
                }),
              )
            }
            className={cn(inputBaseClass, "h-9 w-64 px-2")}
          >
            {icps.map((icp) => (
              <option key={icp.id} value={icp.id}>
                {icp.name}
                {icp.isDefault ? " (default)" : ""}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <form
        role="search"
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          router.push(segmentHref(listId, state, { q: q.trim() || null }));
        }}
      >
        <div className="grid gap-1.5">
          <Label htmlFor="segment-q">Search leads</Label>
          <Input
            id="segment-q"
            type="search"
            value={q}
            maxLength={200}
            placeholder="Name, company, title or email"
            onChange={(e) => setQ(e.target.value)}
            className="w-72"
          />
        </div>
        <Button type="submit" variant="outline">
          <Search aria-hidden="true" />
          Search
        </Button>
      </form>
    </div>
  );
}
