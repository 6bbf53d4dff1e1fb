import "server-only";

import type { IcpWithStats } from "@/db/queries/icps";
import { countryName, stateName } from "@/lib/taxonomy";

import type { IcpCardData } from "./icp-card-data";

const MAX_CHIPS = 8;

export type CriterionGroup = {
  key: string;
  /** Heading for the group ("Industries"). */
  label: string;
  /** Singular kind, read before a chip's value ("Industry: SaaS"). */
  kind: string;
  values: string[];
};

/** Place codes as names ("US" -> "United States"), unknown codes as is. */
export function placeLabel(code: string): string {
  if (/^[A-Z]{2}$/.test(code)) return countryName(code) ?? code;
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) {
    const [country] = code.split("-");
    const state = stateName(code);
    return state ? `${state}, ${country}` : code;
  }
  return code;
}

/** The ICP's criteria, in the order the form shows them, for display. */
export function criterionGroups(icp: IcpWithStats): CriterionGroup[] {
  const groups: CriterionGroup[] = [
    {
      key: "industries",
      label: "Industries",
      kind: "Industry",
      values: icp.industries,
    },
    {
      key: "companySizes",
      label: "Company sizes",
      kind: "Company size",
      values: icp.companySizes.map((s) => `${s} employees`),
    },
    {
      key: "technologies",
      label: "Technologies",
      kind: "Technology",
      values: icp.technologies,
    },
    {
      key: "jobTitles",
      label: "Job titles",
      kind: "Job title",
      values: icp.jobTitles,
    },
    {
      key: "departments",
      label: "Departments",
      kind: "Department",
      values: icp.departments,
    },
    {
      key: "seniorities",
      label: "Seniorities",
      kind: "Seniority",
      values: icp.seniorities,
    },
    {
      key: "countries",
      label: "Countries",
      kind: "Country",
      values: icp.countries.map(placeLabel),
    },
    {
      key: "states",
      label: "States and regions",
      kind: "State",
      values: icp.states.map(placeLabel),
    },
    { key: "cities", label: "Cities", kind: "City", values: icp.cities },
  ];
  return groups;
}

/**
 * Card data: a few chips from each criterion in turn (so one long list
 * cannot crowd out the rest), then a count of what did not fit.
 */
export function toCardData(icp: IcpWithStats): IcpCardData {
  const groups = criterionGroups(icp).filter((g) => g.values.length);
  const total = groups.reduce((n, g) => n + g.values.length, 0);
  const chips: IcpCardData["chips"] = [];
  for (let round = 0; chips.length < MAX_CHIPS; round++) {
    let added = false;
    for (const g of groups) {
      const value = g.values[round];
      if (value === undefined || chips.length >= MAX_CHIPS) continue;
      chips.push({ kind: g.kind, value });
      added = true;
    }
    if (!added) break;
  }
  // Round-robin mixes the kinds; show them grouped, in form order.
  const order = new Map(groups.map((g, i) => [g.kind, i]));
  chips.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);

  return {
    id: icp.id,
    name: icp.name,
    description: icp.description,
    active: icp.active,
    isDefault: icp.isDefault,
    chips,
    moreChips: total - chips.length,
    stats: {
      leadsScored: icp.stats.leadsScored,
      highFitLeads: icp.stats.highFitLeads,
      conversionRate: icp.stats.conversionRate,
      staleLeads: icp.stats.staleLeads,
    },
  };
}
