import "server-only";

import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { isUuid } from "@/db/queries/icps";
import { aiJudgements, icps, leadLists, leadScores, leads } from "@/db/schema";
import type { Icp } from "@/db/schema";

/**
 * What the model is shown about a lead: the role and the company, never
 * the person's name, email or profile URL.
 */
export type LeadForJudging = {
  id: number;
  title: string | null;
  seniority: string | null;
  department: string | null;
  company: string | null;
  industry: string | null;
  employeeCount: number | null;
  companySize: string | null;
  technologies: string[] | null;
  country: string | null;
  state: string | null;
  city: string | null;
};

export type AiJudgement = {
  leadId: number;
  score: number;
  reason: string;
  createdAt: Date;
};

export async function getTeamIcp(input: {
  teamId: string;
  icpId: string;
}): Promise<Icp | undefined> {
  if (!isUuid(input.icpId)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(icps)
    .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.icpId)));
  return row;
}

export async function teamOwnsList(input: {
  teamId: string;
  listId: string;
}): Promise<boolean> {
  if (!isUuid(input.listId)) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: leadLists.id })
    .from(leadLists)
    .where(
      and(eq(leadLists.teamId, input.teamId), eq(leadLists.id, input.listId)),
    );
  return Boolean(row);
}

const judgementOf = (icpId: string, icpVersion: number) =>
  and(
    eq(aiJudgements.leadId, leads.id),
    eq(aiJudgements.icpId, icpId),
    eq(aiJudgements.icpVersion, icpVersion),
  );

/**
 * Leads of the list with no judgement for this ICP version yet, the best
 * rule-based scores first (the cap then spends the model on the leads a
 * team is most likely to call), duplicates left out.
 */
export async function listLeadsToJudge(input: {
  teamId: string;
  listId: string;
  icpId: string;
  icpVersion: number;
  limit: number;
}): Promise<{ leads: LeadForJudging[]; pending: number }> {
  const db = await getDb();
  const where = and(
    eq(leads.teamId, input.teamId),
    eq(leads.listId, input.listId),
    isNull(leads.duplicateOf),
    isNull(aiJudgements.leadId),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: leads.id,
        title: leads.title,
        seniority: leads.seniority,
        department: leads.department,
        company: leads.company,
        industry: leads.industry,
        employeeCount: leads.employeeCount,
        companySize: leads.companySize,
        technologies: leads.technologies,
        country: leads.country,
        state: leads.state,
        city: leads.city,
      })
      .from(leads)
      .leftJoin(aiJudgements, judgementOf(input.icpId, input.icpVersion))
      .leftJoin(
        leadScores,
        and(eq(leadScores.leadId, leads.id), eq(leadScores.icpId, input.icpId)),
      )
      .where(where)
      .orderBy(sql`${leadScores.score} desc nulls last`, leads.id)
      .limit(input.limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(leads)
      .leftJoin(aiJudgements, judgementOf(input.icpId, input.icpVersion))
      .where(where),
  ]);
  return { leads: rows, pending: Number(count?.n ?? 0) };
}

/**
 * Stores one finished judgement. A row is complete or absent, and a lead
 * judged by a concurrent run keeps its first judgement.
 */
export async function saveJudgement(input: {
  icpId: string;
  icpVersion: number;
  leadId: number;
  score: number;
  reason: string;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(aiJudgements)
    .values({
      leadId: input.leadId,
      icpId: input.icpId,
      icpVersion: input.icpVersion,
      score: input.score,
      reason: input.reason,
    })
    .onConflictDoNothing();
}

/** Judgements for earlier versions of the ICP can never be shown again. */
export async function pruneOldJudgements(input: {
  icpId: string;
  icpVersion: number;
}): Promise<void> {
  const db = await getDb();
  await db
    .delete(aiJudgements)
    .where(
      and(
        eq(aiJudgements.icpId, input.icpId),
        lt(aiJudgements.icpVersion, input.icpVersion),
      ),
    );
}

/**
 * The current judgements of some leads against one of the team's ICPs,
 * for display next to their scores. Judgements made for earlier criteria
 * are not returned, nor any for another team's ICP.
 */
export async function getAiJudgements(input: {
  teamId: string;
  icpId: string;
  leadIds: readonly number[];
}): Promise<Map<number, AiJudgement>> {
  const ids = [...new Set(input.leadIds)].filter(Number.isSafeInteger);
  if (!ids.length || !isUuid(input.icpId)) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      leadId: aiJudgements.leadId,
      score: aiJudgements.score,
      reason: aiJudgements.reason,
      createdAt: aiJudgements.createdAt,
    })
    .from(aiJudgements)
    .innerJoin(
      icps,
      and(
        eq(icps.id, aiJudgements.icpId),
        eq(icps.criteriaVersion, aiJudgements.icpVersion),
      ),
    )
    .innerJoin(
      leads,
      and(eq(leads.id, aiJudgements.leadId), eq(leads.teamId, input.teamId)),
    )
    .where(
      and(
        eq(icps.teamId, input.teamId),
        eq(icps.id, input.icpId),
        eq(icps.aiFitCheck, true),
        inArray(aiJudgements.leadId, ids),
      ),
    );
  return new Map(rows.map((r) => [r.leadId, r]));
}

/** How many of a list's leads hold a current judgement for the ICP. */
export async function countAiJudgements(input: {
  teamId: string;
  icpId: string;
  listId: string;
}): Promise<{ judged: number; leads: number }> {
  if (!isUuid(input.icpId) || !isUuid(input.listId)) {
    return { judged: 0, leads: 0 };
  }
  const db = await getDb();
  const [row] = await db
    .select({
      leads: sql<number>`count(*)::int`,
      judged: sql<number>`count(${aiJudgements.leadId})::int`,
    })
    .from(leads)
    .innerJoin(
      icps,
      and(eq(icps.id, input.icpId), eq(icps.teamId, input.teamId)),
    )
    .leftJoin(
      aiJudgements,
      and(
        eq(aiJudgements.leadId, leads.id),
        eq(aiJudgements.icpId, icps.id),
        eq(aiJudgements.icpVersion, icps.criteriaVersion),
      ),
    )
    .where(
      and(
        eq(leads.teamId, input.teamId),
        eq(leads.listId, input.listId),
        isNull(leads.duplicateOf),
      ),
    );
  return { judged: Number(row?.judged ?? 0), leads: Number(row?.leads ?? 0) };
}
