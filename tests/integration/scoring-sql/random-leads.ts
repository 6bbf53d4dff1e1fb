import { sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { leadLists, leads } from "@/db/schema";
import { normalizeLead } from "@/lib/scoring";
import type { NormalizedLead, RawLead } from "@/lib/scoring";

/** A small seeded generator (mulberry32): failures replay exactly. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(next() * list.length)]!;
    },
    chance(p: number): boolean {
      return next() < p;
    },
  };
}

export type Rng = ReturnType<typeof rng>;

const TITLES = [
  "VP of Sales",
  "Vice President, Sales",
  "Chief Financial Officer",
  "CFO",
  "Head of Finance",
  "Marketing Manager",
  "Senior Software Engineer",
  "Director of Engineering",
  "Account Executive",
  "CTO",
  "HR Business Partner",
  "Head of Growth",
  "Controller",
  "Founder & CEO",
  "Chief Happiness Officer",
  "Wizard",
];
const DEPARTMENTS = ["Sales", "Finance", "Engineering", "Marketing", "HR"];
const SENIORITIES = ["Vice President", "Director", "Manager", "C-Suite"];
const INDUSTRIES = [
  "SaaS",
  "Computer Software",
  "Financial Services",
  "Healthcare",
  "Retail",
  "Underwater Basket Weaving",
];
const EMPLOYEES = ["12", "51-200", "201-500 employees", "2204", "10,001+"];
const TECH = [
  "HubSpot",
  "Salesforce",
  "GCP",
  "Zendesk",
  "Marketo",
  "AWS",
  "Snowflake",
  "FrobnicatorJS",
];
const PLACES: [string, string, string][] = [
  ["Seattle", "Washington", "USA"],
  ["Austin", "TX", "United States"],
  ["Berlin", "", "Germany"],
  ["München", "Bayern", "Deutschland"],
  ["Toronto", "Ontario", "Canada"],
  ["Zürich", "", "Switzerland"],
  ["", "", "Singapore"],
  ["Springfield", "", ""],
];

/** Upper, lower or as-is: the SQL compares these ignoring case. */
function recase(r: Rng, value: string | null): string | null {
  if (value === null) return null;
  if (r.chance(0.1)) return value.toUpperCase();
  if (r.chance(0.1)) return value.toLowerCase();
  return value;
}

/**
 * A lead as the import stores it: a varied raw lead normalised, then now
 * and again altered the way stored data can be (odd case, a value the
 * taxonomy does not know, an empty technology list, missing fields).
 */
export function randomLead(r: Rng): NormalizedLead {
  const place = r.pick(PLACES);
  const raw: RawLead = {
    title: r.chance(0.9) ? r.pick(TITLES) : null,
    department: r.chance(0.4) ? r.pick(DEPARTMENTS) : null,
    seniority: r.chance(0.4) ? r.pick(SENIORITIES) : null,
    industry: r.chance(0.85) ? r.pick(INDUSTRIES) : null,
    employeeCount: r.chance(0.8) ? r.pick(EMPLOYEES) : null,
    technologies: r.chance(0.7)
      ? [r.pick(TECH), r.pick(TECH)].slice(0, r.chance(0.5) ? 1 : 2)
      : null,
    city: r.chance(0.8) ? place[0] : null,
    state: place[1],
    country: r.chance(0.9) ? place[2] : null,
  };
  const lead = normalizeLead(raw);
  if (r.chance(0.05)) lead.technologies = [];
  if (r.chance(0.05)) lead.roleKey = null;
  else if (r.chance(0.03)) lead.title = null;
  return {
    ...lead,
    industry: recase(r, lead.industry),
    department: recase(r, lead.department),
    city: recase(r, lead.city),
    technologies: lead.technologies?.map((t) => recase(r, t)!) ?? null,
  };
}

/** The lead a stored row holds, as scoreLead reads it. */
export function leadFromRow(row: Record<string, unknown>): NormalizedLead {
  const text = (k: string) => (row[k] ?? null) as string | null;
  return {
    firstName: null,
    lastName: null,
    email: null,
    linkedinUrl: null,
    company: null,
    title: text("title"),
    role: text("role"),
    roleKey: text("role_key"),
    department: text("department"),
    seniority: text("seniority") as NormalizedLead["seniority"],
    industry: text("industry"),
    employeeCount: null,
    companySize: text("company_size") as NormalizedLead["companySize"],
    technologies: (row.technologies ?? null) as string[] | null,
    country: text("country"),
    state: text("state"),
    city: text("city"),
    raw: {},
  };
}

/** A ready lead list of `count` random leads for a team. */
export async function insertRandomList(
  db: Db,
  input: { teamId: string; count: number; seed: number; name?: string },
): Promise<string> {
  const r = rng(input.seed);
  const [list] = await db
    .insert(leadLists)
    .values({
      teamId: input.teamId,
      name: input.name ?? `random ${input.seed}`,
      status: "ready",
      rowCount: input.count,
    })
    .returning({ id: leadLists.id });
  const rows = Array.from({ length: input.count }, (_, i) => {
    const lead = randomLead(r);
    return {
      teamId: input.teamId,
      listId: list!.id,
      rowNumber: i + 1,
      title: lead.title,
      role: lead.role,
      roleKey: lead.roleKey,
      department: lead.department,
      seniority: lead.seniority,
      industry: lead.industry,
      companySize: lead.companySize,
      technologies: lead.technologies,
      country: lead.country,
      state: lead.state,
      city: lead.city,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(leads).values(rows.slice(i, i + 500));
  }
  return list!.id;
}

export async function rowsOf<T = Record<string, unknown>>(
  db: Db,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
