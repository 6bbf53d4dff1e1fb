import { Search } from "lucide-react";
import Form from "next/form";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

export type IcpStatusFilter = "all" | "active" | "inactive";

const STATUSES: { value: IcpStatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
];

export function parseStatusFilter(value: unknown): IcpStatusFilter {
  return value === "active" || value === "inactive" ? value : "all";
}

export function icpsHref(status: IcpStatusFilter, q: string): string {
  const params = new URLSearchParams();
  if (status !== "all") params.set("status", status);
  if (q) params.set("q", q);
  const qs = params.toString();
  return qs ? `/icps?${qs}` : "/icps";
}

/** Status links and a name search; both live in the URL. */
export function IcpFilters({
  status,
  q,
}: {
  status: IcpStatusFilter;
  q: string;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <nav aria-label="Filter ICPs by status">
        <ul className="inline-flex h-9 gap-1 rounded-lg bg-muted p-1">
          {STATUSES.map((s) => {
            const current = s.value === status;
            return (
              <li key={s.value} className="h-full">
                <Link
                  href={icpsHref(s.value, q)}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "inline-flex h-full items-center rounded-md px-3",
                    "text-sm font-medium",
                    "text-muted-foreground hover:text-foreground",
                    "focus-visible:outline-2 focus-visible:outline-offset-1",
                    "focus-visible:outline-ring",
                    current && "bg-background text-foreground shadow-sm",
                  )}
                >
                  {s.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Form
        action="/icps"
        role="search"
        className="flex w-full gap-2 sm:w-auto"
      >
        {status !== "all" ? (
          <input type="hidden" name="status" value={status} />
        ) : null}
        <label htmlFor="icp-search" className="sr-only">
          Search ICPs by name
        </label>
        <Input
          key={q}
          id="icp-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          placeholder="Search by name"
          className="sm:w-64"
        />
        <Button type="submit" variant="outline">
          <Search aria-hidden="true" />
          Search
        </Button>
      </Form>
    </div>
  );
}
