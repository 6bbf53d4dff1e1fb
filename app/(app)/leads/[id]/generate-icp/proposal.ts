import "server-only";

import { and, asc, eq, isNull, sql } from "drizzle-orm";

import type { LanguageModel } from "ai";

import { getDb } from "@/db/client";
import { isUuid } from "@/db/queries/icps";
import { leads } from "@/db/schema";
import { aiConfigFromEnv, proposeIcpFromLeadsWithModel } from "@/lib/ai";
import type { ProposeFromLeadsResult } from "@/lib/ai";
import { env } from "@/lib/env";
import type { NormalizedLead } from "@/lib/scoring";
import type { Seniority, SizeBand } from "@/lib/taxonomy";

/**
 * Leads read to propose an ICP. The proposal keeps values by their share
 * of the leads (5% to enter, 80% coverage to stop), and a uniform sample
 * of 5,000 puts every share within about 1.4 points of the whole list's
 * (95% confidence), while reading a bounded number of rows however large
 * the list. Aggregating with GROUP BY would read fewer rows still, but the
 * proposal counts a lead once across its technologies, which per-value
 * counts cannot reproduce.
 */
export const PROPOSAL_SAMPLE_SIZE = 5_000;

export type LeadSample = {
  leads: NormalizedLead[];
  /** Leads of the list the sample was drawn from (duplicates excluded). */
  total: number;
  sampled: boolean;
};

/**
 * The list's normalised values for the ICP proposal: every lead of a list
 * up to the sample size, a uniform random sample of a larger one. Only
 * the columns the proposal reads are fetched; names and emails stay in
 * the database. Duplicates are left out so they do not count twice.
 */
export async function sampleLeadsForProposal(input: {
  teamId: string;
  listId: string;
  sampleSize?: number;
}): Promise<LeadSample> {
  const size = input.sampleSize ?? PROPOSAL_SAMPLE_SIZE;
  if (!isUuid(input.listId)) return { leads: [], total: 0, sampled: false };
  const db = await getDb();
  const where = and(
    eq(leads.teamId, input.teamId),
    eq(leads.listId, input.listId),
    isNull(leads.duplicateOf),
  );
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(where);
  const total = Number(count?.n ?? 0);
  const sampled = total > size;

  const rows = await db
    .select({
      role: leads.role,
      roleKey: leads.roleKey,
      department: leads.department,
      seniority: leads.seniority,
      industry: leads.industry,
      employeeCount: leads.employeeCount,
      companySize: leads.companySize,
      technologies: leads.technologies,
      country: leads.country,
      state: leads.state,
      city: leads.city,
    })
    .from(leads)
    .where(where)
    .orderBy(sampled ? sql`random()` : asc(leads.id))
    .limit(size);

  return {
    total,
    sampled,
    leads: rows.map((r) => ({
      firstName: null,
      lastName: null,
      email: null,
      linkedinUrl: null,
      company: null,
      title: null,
      role: r.role,
      roleKey: r.roleKey,
      department: r.department,
      seniority: r.seniority as Seniority | null,
      industry: r.industry,
      employeeCount: r.employeeCount,
      companySize: r.companySize as SizeBand | null,
      technologies: r.technologies,
      country: r.country,
      state: r.state,
      city: r.city,
      raw: {},
    })),
  };
}

export type ListProposal = ProposeFromLeadsResult & {
  total: number;
  sampled: boolean;
  /** How many leads the proposal was computed from. */
  used: number;
};

/**
 * An ICP proposed from a lead list of the team: the criteria from the
 * values most of its leads share, the ideal customer description written
 * by the configured model (or from the counts without one). Nothing is
 * saved; the caller opens the draft in the ICP form.
 */
export async function proposeIcpFromList(input: {
  teamId: string;
  listId: string;
  sampleSize?: number;
  /** A ready model (tests); otherwise the provider from the environment. */
  model?: LanguageModel;
  signal?: AbortSignal;
}): Promise<ListProposal> {
  const sample = await sampleLeadsForProposal(input);
  const proposal = await proposeIcpFromLeadsWithModel(sample.leads, {
    config: aiConfigFromEnv(env()),
    model: input.model,
    signal: input.signal,
  });
  return {
    ...proposal,
    total: sample.total,
    sampled: sample.sampled,
    used: sample.leads.length,
  };
}
