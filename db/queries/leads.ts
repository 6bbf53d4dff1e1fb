import "server-only";

import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import { getDb } from "@/db/client";
import {
  icps,
  leadLists,
  leadScores,
  leads,
  listScoreStats,
} from "@/db/schema";
import type { Lead, LeadList } from "@/db/schema";
import {
  decodeCursor,
  defaultDirection,
  encodeCursor,
  type FitFilter,
  type LeadCursor,
  type LeadSort,
  type SortDirection,
} from "@/lib/leads/segment";

import { isUuid } from "./icps";

export type LeadListSummary = {
  id: string;
  name: string;
  source: string;
  status: LeadList["status"];
  rowCount: number;
  rejectedCount: number;
  duplicateCount: number;
  createdAt: Date;
  lastScored: { icpId: string; icpName: string; highFit: number } | null;
};

/** The team's lead lists, newest first, with the last scoring's result. */
export async function listLeadLists(
  teamId: string,
): Promise<LeadListSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({
      list: {
        id: leadLists.id,
        name: leadLists.name,
        source: leadLists.source,
        status: leadLists.status,
        rowCount: leadLists.rowCount,
        rejectedCount: leadLists.rejectedCount,
        duplicateCount: leadLists.duplicateCount,
        createdAt: leadLists.createdAt,
      },
      icpId: icps.id,
      icpName: icps.name,
      highFit: listScoreStats.high,
    })
    .from(leadLists)
    .leftJoin(icps, eq(icps.id, leadLists.lastScoredIcpId))
    .leftJoin(
      listScoreStats,
      and(
        eq(listScoreStats.listId, leadLists.id),
        eq(listScoreStats.icpId, leadLists.lastScoredIcpId),
      ),
    )
    .where(eq(leadLists.teamId, teamId))
    .orderBy(desc(leadLists.createdAt), desc(leadLists.id));
  return rows.map((r) => ({
    ...r.list,
    lastScored:
      r.icpId && r.icpName
        ? { icpId: r.icpId, icpName: r.icpName, highFit: r.highFit ?? 0 }
        : null,
  }));
}

/** A lead list of this team; undefined for another team's or no list. */
export async function getLeadList(input: {
  teamId: string;
  id: string;
}): Promise<LeadList | undefined> {
  if (!isUuid(input.id)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(leadLists)
    .where(and(eq(leadLists.teamId, input.teamId), eq(leadLists.id, input.id)));
  return row;
}

/** Permanent: the leads, their scores and the segment counts go too. */
export async function deleteLeadList(input: {
  teamId: string;
  id: string;
}): Promise<boolean> {
  if (!isUuid(input.id)) return false;
  const db = await getDb();
  const rows = await db
    .delete(leadLists)
    .where(and(eq(leadLists.teamId, input.teamId), eq(leadLists.id, input.id)))
    .returning({ id: leadLists.id });
  return rows.length > 0;
}

export type SegmentCounts = Record<FitFilter, number> & {
  /** The ICP version the counts were computed for; null before scoring. */
  icpVersion: number | null;
};

/**
 * Leads per fit for one ICP, from the maintained aggregates; the leads
 * not scored yet are whatever the three fits leave of the row count.
 */
export async function getSegmentCounts(input: {
  teamId: string;
  listId: string;
  icpId: string;
  rowCount: number;
}): Promise<SegmentCounts> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(listScoreStats)
    .where(
      and(
        eq(listScoreStats.teamId, input.teamId),
        eq(listScoreStats.listId, input.listId),
        eq(listScoreStats.icpId, input.icpId),
      ),
    );
  const high = row?.high ?? 0;
  const medium = row?.medium ?? 0;
  const low = row?.low ?? 0;
  return {
    high,
    medium,
    low,
    unscored: Math.max(0, input.rowCount - high - medium - low),
    icpVersion: row?.icpVersion ?? null,
  };
}

export type SegmentQuery = {
  teamId: string;
  listId: string;
  /** Scores shown, filtered and sorted by; none means no score column. */
  icp?: { id: string; criteriaVersion: number } | null;
  fit?: FitFilter | null;
  /** Matches name, company, title or email, ignoring case. */
  q?: string | null;
  sort?: LeadSort;
  dir?: SortDirection;
  cursor?: LeadCursor | null;
  limit?: number;
};

export type ScoredLead = Lead & {
  score: number | null;
  fit: "high" | "medium" | "low" | null;
  icpVersion: number | null;
  /** Scored against criteria the ICP has changed since. */
  stale: boolean;
};

export type LeadPage = { rows: ScoredLead[]; nextCursor: string | null };

export const MAX_PAGE_SIZE = 500;

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function sortKey(sort: Exclude<LeadSort, "score">): SQL {
  switch (sort) {
    case "name":
      return sql`lower(coalesce(${leads.firstName}, '') || ' ' || coalesce(${leads.lastName}, ''))`;
    case "company":
      return sql`lower(coalesce(${leads.company}, ''))`;
    case "row":
      return sql`${leads.id}`;
  }
}

/** The search box: name, company, title or email, ignoring case. */
function searchFilter(q: string | null | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  return sql`(
    (coalesce(${leads.firstName}, '') || ' ' || coalesce(${leads.lastName}, '')) ILIKE ${pattern}
    OR ${leads.company} ILIKE ${pattern}
    OR ${leads.title} ILIKE ${pattern}
    OR ${leads.email} ILIKE ${pattern}
  )`;
}

type Row = {
  lead: Lead;
  score: number | null;
  fit: ScoredLead["fit"];
  icpVersion: number | null;
};

function scoredLead(r: Row, icp: SegmentQuery["icp"]): ScoredLead {
  return {
    ...r.lead,
    score: r.score ?? null,
    fit: r.fit ?? null,
    icpVersion: r.icpVersion ?? null,
    stale: !!icp && r.icpVersion !== null && r.icpVersion < icp.criteriaVersion,
  };
}

/**
 * One page of a lead list's segment (ICP, fit, search), keyset-paged on
 * (sort key, id): every page costs the same however deep it is, and rows
 * inserted meanwhile never shift a page.
 */
export async function listLeads(query: SegmentQuery): Promise<LeadPage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), MAX_PAGE_SIZE);
  const icp = query.icp ?? null;
  const sort: LeadSort =
    query.sort === "score" && !icp
      ? "row"
      : (query.sort ?? (icp ? "score" : "row"));
  const dir = query.dir ?? defaultDirection(sort);
  if (sort === "score" && icp) return listByScore(query, icp, dir, limit);

  const key = sortKey(sort === "score" ? "row" : sort);
  const where: (SQL | undefined)[] = [
    eq(leads.teamId, query.teamId),
    eq(leads.listId, query.listId),
    searchFilter(query.q),
  ];
  if (query.fit && icp) {
    where.push(
      query.fit === "unscored"
        ? isNull(leadScores.score)
        : eq(leadScores.fit, query.fit),
    );
  }
  if (query.cursor) {
    const { value, id } = query.cursor;
    where.push(
      dir === "asc"
        ? sql`(${key}, ${leads.id}) > (${value}, ${id})`
        : sql`(${key}, ${leads.id}) < (${value}, ${id})`,
    );
  }

  const order = dir === "asc" ? asc : desc;
  const db = await getDb();
  const rows = await db
    .select({
      lead: leads,
      score: leadScores.score,
      fit: leadScores.fit,
      icpVersion: leadScores.icpVersion,
      sortValue: sql<string | number>`${key}`,
    })
    .from(leads)
    .leftJoin(
      leadScores,
      icp
        ? and(eq(leadScores.icpId, icp.id), eq(leadScores.leadId, leads.id))
        : sql`false`,
    )
    .where(and(...where))
    .orderBy(order(key), order(leads.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => scoredLead(r, icp)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            value:
              typeof last.sortValue === "string"
                ? last.sortValue
                : Number(last.sortValue),
            id: last.lead.id,
          })
        : null,
  };
}

/**
 * Sorted by score, unscored leads counting as -1. Read in two index-ordered
 * parts, scored leads from the score index and then the unscored ones in
 * id order (the other way round ascending), so no page sorts the list.
 */
async function listByScore(
  query: SegmentQuery,
  icp: NonNullable<SegmentQuery["icp"]>,
  dir: SortDirection,
  limit: number,
): Promise<LeadPage> {
  const cursor =
    query.cursor && typeof query.cursor.value === "number"
      ? { value: query.cursor.value, id: query.cursor.id }
      : null;
  const inUnscored = cursor !== null && cursor.value < 0;
  const wantScored = query.fit !== "unscored";
  const wantUnscored = !query.fit || query.fit === "unscored";
  const order = dir === "asc" ? asc : desc;
  const after = (a: SQL, b: SQL) =>
    dir === "asc" ? sql`(${a}) > (${b})` : sql`(${a}) < (${b})`;
  const db = await getDb();
  const search = searchFilter(query.q);

  const scored = (keyset: boolean, n: number): Promise<Row[]> =>
    db
      .select({
        lead: leads,
        score: leadScores.score,
        fit: leadScores.fit,
        icpVersion: leadScores.icpVersion,
      })
      .from(leadScores)
      .innerJoin(leads, eq(leads.id, leadScores.leadId))
      .where(
        and(
          eq(leadScores.listId, query.listId),
          eq(leadScores.icpId, icp.id),
          eq(leads.teamId, query.teamId),
          eq(leads.listId, query.listId),
          query.fit && query.fit !== "unscored"
            ? eq(leadScores.fit, query.fit)
            : undefined,
          search,
          keyset && cursor
            ? after(
                sql`${leadScores.score}, ${leadScores.leadId}`,
                sql`${cursor.value}, ${cursor.id}`,
              )
            : undefined,
        ),
      )
      .orderBy(order(leadScores.score), order(leadScores.leadId))
      .limit(n);

  const unscored = async (keyset: boolean, n: number): Promise<Row[]> => {
    const rows = await db
      .select({ lead: leads })
      .from(leads)
      .leftJoin(
        leadScores,
        and(eq(leadScores.icpId, icp.id), eq(leadScores.leadId, leads.id)),
      )
      .where(
        and(
          eq(leads.teamId, query.teamId),
          eq(leads.listId, query.listId),
          isNull(leadScores.leadId),
          search,
          keyset && cursor
            ? after(sql`${leads.id}`, sql`${cursor.id}`)
            : undefined,
        ),
      )
      .orderBy(order(leads.id))
      .limit(n);
    return rows.map((r) => ({
      lead: r.lead,
      score: null,
      fit: null,
      icpVersion: null,
    }));
  };

  // Finding no unscored lead means walking the whole list; the maintained
  // counts say when there are none to find.
  const none = wantUnscored && (await unscoredLeft(query.listId, icp.id)) <= 0;
  const unscoredWanted = wantUnscored && !none;

  const rows: Row[] = [];
  if (dir === "desc") {
    if (wantScored && !inUnscored) {
      rows.push(...(await scored(cursor !== null, limit + 1)));
    }
    if (unscoredWanted && rows.length <= limit) {
      rows.push(...(await unscored(inUnscored, limit + 1 - rows.length)));
    }
  } else {
    if (unscoredWanted && (cursor === null || inUnscored)) {
      rows.push(...(await unscored(cursor !== null, limit + 1)));
    }
    if (wantScored && rows.length <= limit) {
      rows.push(
        ...(await scored(
          cursor !== null && !inUnscored,
          limit + 1 - rows.length,
        )),
      );
    }
  }

  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => scoredLead(r, icp)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ value: last.score ?? -1, id: last.lead.id })
        : null,
  };
}

/** Leads of the list the ICP has not scored, from the maintained counts. */
async function unscoredLeft(listId: string, icpId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({
      left: sql<number>`${leadLists.rowCount} - coalesce(${listScoreStats.high} + ${listScoreStats.medium} + ${listScoreStats.low}, 0)`,
    })
    .from(leadLists)
    .leftJoin(
      listScoreStats,
      and(
        eq(listScoreStats.listId, leadLists.id),
        eq(listScoreStats.icpId, icpId),
      ),
    )
    .where(eq(leadLists.id, listId));
  return Number(row?.left ?? 0);
}

/**
 * Every lead of a segment, a keyset page at a time, for exports: memory
 * stays at one page whatever the list's size.
 */
export async function* iterateSegment(
  query: Omit<SegmentQuery, "cursor" | "limit">,
  pageSize = 1000,
): AsyncGenerator<ScoredLead, void, undefined> {
  let cursor: LeadCursor | null = null;
  for (;;) {
    const page = await listLeads({ ...query, cursor, limit: pageSize });
    yield* page.rows;
    cursor = decodeCursor(page.nextCursor);
    if (!cursor) return;
  }
}

/** One lead of a team's list, for the per-criterion explanation. */
export async function getLead(input: {
  teamId: string;
  listId: string;
  leadId: number;
}): Promise<Lead | undefined> {
  if (!isUuid(input.listId) || !Number.isSafeInteger(input.leadId)) {
    return undefined;
  }
  const db = await getDb();
  const [row] = await db
    .select()
    .from(leads)
    .where(
      and(
        eq(leads.teamId, input.teamId),
        eq(leads.listId, input.listId),
        eq(leads.id, input.leadId),
      ),
    );
  return row;
}
