import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";

export type LeadListRow = {
  id: string;
  name: string;
  source: string;
  status: "importing" | "ready" | "failed";
  rowCount: number;
  rejectedCount: number;
  duplicateCount: number;
  createdAt: string;
  lastScored: { icpId: string; icpName: string; highFit: number } | null;
};

const SOURCES: Record<string, string> = {
  csv: "CSV upload",
  api: "API",
  demo: "Demo data",
};

const number = new Intl.NumberFormat("en-US");
const date = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeZone: "UTC",
});

export function LeadListsTable({ lists }: { lists: LeadListRow[] }) {
  return (
    <Table scrollLabel="Lead lists">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="text-right">Leads</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Last scored</TableHead>
          <TableHead className="text-right">High fit</TableHead>
          <TableHead>Imported</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lists.map((list) => (
          <TableRow key={list.id}>
            <TableCell className="font-medium">
              <Link
                href={`/leads/${list.id}`}
                className="underline-offset-4 hover:underline"
              >
                {list.name}
              </Link>
              {list.status !== "ready" ? (
                <Badge variant="outline" className="ml-2">
                  {list.status}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {number.format(list.rowCount)}
              {list.rejectedCount ? (
                <span className="block text-xs text-muted-foreground">
                  {number.format(list.rejectedCount)} rejected
                </span>
              ) : null}
            </TableCell>
            <TableCell>{SOURCES[list.source] ?? list.source}</TableCell>
            <TableCell>
              {list.lastScored ? (
                list.lastScored.icpName
              ) : (
                <span className="text-muted-foreground">Not scored</span>
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {list.lastScored ? number.format(list.lastScored.highFit) : "—"}
            </TableCell>
            <TableCell>
              <time dateTime={list.createdAt}>
                {date.format(new Date(list.createdAt))}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
