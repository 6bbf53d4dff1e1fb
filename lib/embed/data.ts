import "server-only";

import { toCardData, criterionGroups } from "@/components/icps/icp-summary";
import { getIcp, listIcps } from "@/db/queries/icps";
import { getLeadList, getSegmentCounts, listLeads } from "@/db/queries/leads";
import { getListScoreStates } from "@/db/queries/scoring";
import type { ListScoreState } from "@/db/queries/scoring";
import type { LeadList } from "@/db/schema";
import {
  CRITERION_FIELDS,
  CRITERION_KEYS,
  CRITERION_LABELS,
  DEFAULT_WEIGHTS,
} from "@/lib/scoring";

import type {
  EmbedIcpCard,
  EmbedIcpDetail,
  EmbedLeadList,
  EmbedSegments,
} from "./view-data";

/** High-fit leads listed under a lead list's segment counts. */
export const TOP_LEADS = 10;

export async function loadIcpCards(teamId: string): Promise<EmbedIcpCard[]> {
  const icps = await listIcps({ teamId });
  return icps.map(toCardData);
}

export async function loadIcpDetail(input: {
  teamId: string;
  id: string;
}): Promise<EmbedIcpDetail | undefined> {
  const icp = await getIcp(input);
  if (!icp) return undefined;
  const weights = { ...DEFAULT_WEIGHTS, ...icp.weights };
  return {
    card: toCardData(icp),
    idealCustomerDescription: icp.idealCustomerDescription,
    highFitThreshold: icp.highFitThreshold,
    criteria: criterionGroups(icp).map((g) => ({
      key: g.key,
      label: g.label,
      values: g.values,
    })),
    weights: CRITERION_KEYS.map((key) => ({
      key,
      label: CRITERION_LABELS[key],
      weight: weights[key],
      used: icp[CRITERION_FIELDS[key]].length > 0,
    })),
  };
}

function leadName(lead: {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  rowNumber: number;
}): string {
  const name = [lead.firstName, lead.lastName].filter(Boolean).join(" ");
  return name || lead.email || `Row ${lead.rowNumber}`;
}

async function segmentsFor(
  teamId: string,
  list: LeadList,
  state: ListScoreState,
): Promise<EmbedSegments> {
  const [counts, top] = await Promise.all([
    getSegmentCounts({
      teamId,
      listId: list.id,
      icpId: state.icpId,
      rowCount: list.rowCount,
    }),
    listLeads({
      teamId,
      listId: list.id,
      icp: { id: state.icpId, criteriaVersion: state.criteriaVersion },
      fit: "high",
      sort: "score",
      dir: "desc",
      limit: TOP_LEADS,
    }),
  ]);
  return {
    icp: { id: state.icpId, name: state.icpName, stale: state.stale },
    counts: {
      high: counts.high,
      medium: counts.medium,
      low: counts.low,
      unscored: counts.unscored,
    },
    topLeads: top.rows.map((lead) => ({
      id: lead.id,
      name: leadName(lead),
      title: lead.title,
      company: lead.company,
      score: lead.score ?? 0,
    })),
  };
}

/**
 * A lead list's fit segments for one ICP it was scored against: the one
 * asked for, else the last scored, else the first. Undefined when the list
 * is not the team's, or the ICP asked for never scored it.
 */
export async function loadLeadListView(input: {
  teamId: string;
  listId: string;
  icpId?: string;
}): Promise<EmbedLeadList | undefined> {
  const list = await getLeadList({ teamId: input.teamId, id: input.listId });
  if (!list) return undefined;
  const states = await getListScoreStates({
    teamId: input.teamId,
    listId: list.id,
  });
  const wanted = input.icpId?.toLowerCase();
  const state = wanted
    ? states.find((s) => s.icpId === wanted)
    : (states.find((s) => s.icpId === list.lastScoredIcpId) ?? states[0]);
  if (wanted && !state) return undefined;

  return {
    id: list.id,
    name: list.name,
    rowCount: list.rowCount,
    icps: states
      .map((s) => ({ id: s.icpId, name: s.icpName, stale: s.stale }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    segments: state ? await segmentsFor(input.teamId, list, state) : null,
  };
}
