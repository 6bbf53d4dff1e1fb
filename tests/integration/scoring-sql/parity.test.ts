import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";

import { compileIcp, scoreLead } from "@/lib/scoring";
import type { IcpCriteria } from "@/lib/scoring";
import { scoredLeadSql, scoreSqlParamsOf } from "@/lib/scoring-sql";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { insertRandomList, leadFromRow, rng, rowsOf } from "./random-leads";
import type { Rng } from "./random-leads";

const LEADS = 3000;

const none: IcpCriteria = {
  industries: [],
  companySizes: [],
  technologies: [],
  jobTitles: [],
  departments: [],
  seniorities: [],
  countries: [],
  states: [],
  cities: [],
};

const FIXED: Record<string, IcpCriteria> = {
  "sales leaders at SaaS companies": {
    ...none,
    industries: ["SaaS", "Computer Software"],
    jobTitles: ["VP of Sales", "Head of Growth"],
    seniorities: ["VP", "Director"],
    companySizes: ["51-200", "201-500"],
    countries: ["US", "Canada"],
  },
  "finance in Europe, custom weights": {
    ...none,
    jobTitles: ["CFO", "Controller", "Head of Finance"],
    departments: ["Finance"],
    countries: ["Germany", "Switzerland"],
    cities: ["Berlin", "Zürich", "münchen"],
    technologies: ["snowflake", "AWS"],
    weights: { jobTitle: 3.3, technologies: 0.1, city: 0.7, country: 0 },
    highFitThreshold: 55,
  },
  "every criterion": {
    industries: ["Healthcare", "underwater basket weaving"],
    companySizes: ["5000+", "1001-5000"],
    technologies: ["HubSpot", "FrobnicatorJS", "Zendesk"],
    jobTitles: ["CTO", "Senior Software Engineer", "Wizard"],
    departments: ["Engineering", "Sales"],
    seniorities: ["C-Level", "Individual Contributor"],
    countries: ["US", "DE"],
    states: ["Texas", "WA"],
    cities: ["Austin", "Seattle"],
    highFitThreshold: 90,
  },
  "one criterion, low threshold": {
    ...none,
    technologies: ["Salesforce"],
    highFitThreshold: 20,
  },
  "all weights zero": {
    ...none,
    industries: ["SaaS"],
    jobTitles: ["CFO"],
    weights: { industry: 0, jobTitle: 0 },
  },
  "no criteria": none,
};

const POOLS = {
  industries: ["SaaS", "Retail", "Financial Services", "Healthcare"],
  companySizes: ["1-10", "11-50", "51-200", "201-500", "5000+"],
  technologies: ["HubSpot", "Salesforce", "GCP", "Marketo", "AWS"],
  jobTitles: ["VP of Sales", "CFO", "Marketing Manager", "Account Executive"],
  departments: ["Sales", "Finance", "Engineering", "Marketing"],
  seniorities: ["VP", "Director", "Manager", "C-Level"],
  countries: ["US", "DE", "CA", "SG", "CH"],
  states: ["TX", "WA", "Ontario", "Bavaria"],
  cities: ["Austin", "Berlin", "Seattle", "Toronto", "Springfield"],
} as const;

function randomIcp(r: Rng): IcpCriteria {
  const icp: IcpCriteria = { ...none, weights: {} };
  for (const [field, pool] of Object.entries(POOLS)) {
    if (r.chance(0.4)) continue;
    icp[field as keyof typeof POOLS] = pool.filter(() => r.chance(0.5));
  }
  for (const key of ["jobTitle", "industry", "technologies", "city"] as const) {
    if (r.chance(0.5)) icp.weights![key] = Math.round(r.next() * 1000) / 100;
  }
  icp.highFitThreshold = 1 + Math.floor(r.next() * 100);
  return icp;
}

describeEachDb("SQL scoring mirror", (getHandle) => {
  let listId = "";

  beforeAll(async () => {
    const { team } = await makeUserAndTeam("parity");
    listId = await insertRandomList(getHandle().db, {
      teamId: team.id,
      count: LEADS,
      seed: 20_240_611,
    });
  });

  async function compare(icp: IcpCriteria) {
    const scored = scoredLeadSql(scoreSqlParamsOf(icp));
    const rows = await rowsOf(
      getHandle().db,
      sql`SELECT l.*, sc.score, sc.fit FROM leads l
          CROSS JOIN LATERAL (${scored}) sc
          WHERE l.list_id = ${listId} ORDER BY l.id`,
    );
    expect(rows).toHaveLength(LEADS);
    const compiled = compileIcp(icp);
    const mismatches = rows.flatMap((row) => {
      const js = scoreLead(compiled, leadFromRow(row));
      const same = js.score === Number(row.score) && js.fit === row.fit;
      return same ? [] : [{ row, js: { score: js.score, fit: js.fit } }];
    });
    expect(mismatches.slice(0, 3)).toEqual([]);
    return rows;
  }

  for (const [name, icp] of Object.entries(FIXED)) {
    it(`gives scoreLead's score and fit for ${name}`, async () => {
      const rows = await compare(icp);
      if (name === "sales leaders at SaaS companies") {
        // The data must exercise every band, or equality proves little.
        const fits = new Set(rows.map((r) => r.fit));
        expect(fits).toEqual(new Set(["high", "medium", "low"]));
      }
    });
  }

  it("gives scoreLead's results for random ICPs", async () => {
    const r = rng(7);
    for (let i = 0; i < 12; i++) await compare(randomIcp(r));
  });
});
