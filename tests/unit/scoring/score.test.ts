import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  compileIcp,
  CRITERION_KEYS,
  DEFAULT_HIGH_FIT_THRESHOLD,
  DEFAULT_WEIGHTS,
  fitOf,
  normalizeIcpCriteria,
  normalizeLead,
  SCORE_FORMULA,
  scoreLead,
  type CriterionKey,
  type IcpCriteria,
  type NormalizedLead,
} from "@/lib/scoring";

function icpOf(input: Partial<IcpCriteria>): IcpCriteria {
  return normalizeIcpCriteria(input);
}

const SALES_LEADERS = icpOf({ jobTitles: ["VP Sales", "CRO"] });

function titleMatch(title: string): boolean | null {
  const r = scoreLead(SALES_LEADERS, normalizeLead({ title }));
  return r.criteria.jobTitle!.matched;
}

describe("scoreLead job titles", () => {
  it.each([
    "VP Sales",
    "Vice President of Sales",
    "SVP, Sales",
    "Regional VP of Sales",
    "EVP Sales",
    "VP EMEA Sales",
    "Chief Revenue Officer",
    "chief revenue officer",
  ])("matches %j to VP Sales or CRO", (title) => {
    expect(titleMatch(title)).toBe(true);
  });

  it.each([
    "VP Marketing",
    "Sales Manager",
    "Sales Director",
    "Head of Sales",
    "CEO",
    "CFO",
    "Account Executive",
    "Growth Ninja",
  ])("does not match %j", (title) => {
    expect(titleMatch(title)).toBe(false);
  });

  it("explains the match in a sentence", () => {
    const r = scoreLead(SALES_LEADERS, normalizeLead({ title: "SVP, Sales" }));
    expect(r.criteria.jobTitle).toEqual({
      matched: true,
      value: "VP Sales",
      expected: ["VP Sales", "CRO"],
      reason: "Title 'SVP, Sales' is VP Sales — matches VP Sales",
    });
    const miss = scoreLead(
      SALES_LEADERS,
      normalizeLead({ title: "VP Marketing" }),
    );
    expect(miss.criteria.jobTitle!.reason).toBe(
      "Title 'VP Marketing' is VP Marketing — not VP Sales or CRO",
    );
  });

  it("matches free-text ICP titles by their exact words", () => {
    const icp = icpOf({ jobTitles: ["Growth Ninja"] });
    expect(
      scoreLead(icp, normalizeLead({ title: "growth ninja" })).criteria
        .jobTitle!.matched,
    ).toBe(true);
  });
});

// One lead that holds a value for every criterion, and an ICP per criterion
// that the value matches or misses.
const FULL_LEAD = normalizeLead({
  title: "VP of Sales",
  industry: "Software as a Service",
  employeeCount: 120,
  technologies: ["SFDC"],
  country: "USA",
  state: "California",
  city: "SF",
});

const CASES: Record<
  CriterionKey,
  [Partial<IcpCriteria>, Partial<IcpCriteria>]
> = {
  industry: [{ industries: ["SaaS"] }, { industries: ["Retail"] }],
  companySize: [{ companySizes: ["51-200"] }, { companySizes: ["5000+"] }],
  technologies: [
    { technologies: ["Salesforce"] },
    { technologies: ["HubSpot"] },
  ],
  jobTitle: [{ jobTitles: ["VP Sales"] }, { jobTitles: ["CTO"] }],
  department: [{ departments: ["Sales"] }, { departments: ["Finance"] }],
  seniority: [{ seniorities: ["VP"] }, { seniorities: ["Manager"] }],
  country: [{ countries: ["US"] }, { countries: ["DE"] }],
  state: [{ states: ["US-CA"] }, { states: ["US-TX"] }],
  city: [{ cities: ["San Francisco"] }, { cities: ["Austin"] }],
};

describe("scoreLead criteria", () => {
  it.each(CRITERION_KEYS)("reports %s as true, false or null", (key) => {
    const [hit, miss] = CASES[key];
    const matched = scoreLead(icpOf(hit), FULL_LEAD);
    expect(matched.criteria[key]!.matched).toBe(true);
    expect(matched.score).toBe(100);
    const missed = scoreLead(icpOf(miss), FULL_LEAD);
    expect(missed.criteria[key]!.matched).toBe(false);
    expect(missed.score).toBe(0);
    const unknown = scoreLead(icpOf(hit), normalizeLead({}));
    expect(unknown.criteria[key]).toMatchObject({ matched: null, value: null });
    expect(unknown.score).toBe(0);
    expect(Object.keys(matched.criteria)).toEqual([key]);
  });

  it("counts an empty technology list as a miss, not as unknown", () => {
    const icp = icpOf({ technologies: ["Salesforce"] });
    const r = scoreLead(icp, normalizeLead({ technologies: [] }));
    expect(r.criteria.technologies!.matched).toBe(false);
  });

  it("lists only the criteria the ICP sets", () => {
    const r = scoreLead(
      icpOf({ countries: ["US"], cities: ["Boston"] }),
      FULL_LEAD,
    );
    expect(Object.keys(r.criteria).sort()).toEqual(["city", "country"]);
  });
});

describe("scoreLead score", () => {
  const ICP = icpOf({
    industries: ["SaaS"],
    companySizes: ["51-200"],
    jobTitles: ["VP Sales"],
    countries: ["US"],
  });
  // industry 1.5 + size 1.5 + title 2 + country 1.5 = 6.5
  const total = 6.5;

  it("is the weighted share of known criteria, lowered by coverage", () => {
    expect(scoreLead(ICP, FULL_LEAD).score).toBe(100);
    const partial = normalizeLead({ title: "VP Sales", country: "US" });
    const known = DEFAULT_WEIGHTS.jobTitle + DEFAULT_WEIGHTS.country;
    const expected = Math.round(100 * (0.75 + (0.25 * known) / total));
    expect(scoreLead(ICP, partial).score).toBe(expected);
    expect(expected).toBeLessThan(100);
    const half = normalizeLead({ title: "VP Sales", country: "DE" });
    const share = DEFAULT_WEIGHTS.jobTitle / known;
    expect(scoreLead(ICP, half).score).toBe(
      Math.round(100 * share * (0.75 + (0.25 * known) / total)),
    );
  });

  it("lowers the score as unknowns grow", () => {
    const more = normalizeLead({
      title: "VP Sales",
      country: "US",
      industry: "SaaS",
    });
    const fewer = normalizeLead({ title: "VP Sales", country: "US" });
    expect(scoreLead(ICP, more).score).toBeGreaterThan(
      scoreLead(ICP, fewer).score,
    );
  });

  it("ranks every full match above every lead matching half or fewer", () => {
    const icp = compileIcp(
      icpOf(Object.assign({}, ...CRITERION_KEYS.map((k) => CASES[k][0]))),
    );
    // Per criterion: the lead's value is unknown, matching or missing.
    const MISS: Partial<NormalizedLead> = {
      industry: "Retail",
      companySize: "5000+",
      technologies: ["HubSpot"],
      department: "Finance",
      seniority: "Manager",
      country: "DE",
      state: "US-TX",
      city: "Austin",
    };
    const UNKNOWN: Partial<NormalizedLead> = {
      industry: null,
      companySize: null,
      technologies: null,
      department: null,
      seniority: null,
      country: null,
      state: null,
      city: null,
    };
    const leadOf = (states: number[]): NormalizedLead => {
      const lead = { ...FULL_LEAD };
      CRITERION_KEYS.forEach((key, i) => {
        if (states[i] === 1) return;
        if (key === "jobTitle") {
          const title = states[i] === 0 ? null : "CTO";
          lead.title = title;
          lead.role = title;
          lead.roleKey = title === null ? null : "cto";
          return;
        }
        const field = key as keyof typeof MISS;
        Object.assign(lead, {
          [field]: (states[i] === 0 ? UNKNOWN : MISS)[field],
        });
      });
      return lead;
    };
    const statesOf = (...values: number[]) =>
      fc.array(fc.constantFrom(...values), {
        minLength: CRITERION_KEYS.length,
        maxLength: CRITERION_KEYS.length,
      });
    fc.assert(
      fc.property(statesOf(0, 1), statesOf(0, 1, 2, 2), (a, b) => {
        const fullA = a.filter((v) => v !== 0);
        const knownB = b.filter((v) => v !== 0);
        fc.pre(fullA.length >= 3 && fullA.every((v) => v === 1));
        fc.pre(knownB.length >= 3);
        fc.pre(knownB.filter((v) => v === 1).length / knownB.length <= 0.5);
        const high = scoreLead(icp, leadOf(a));
        const low = scoreLead(icp, leadOf(b));
        expect(high.score).toBeGreaterThan(low.score);
        expect(high.fit).toBe("high");
        expect(low.fit).not.toBe("high");
      }),
      { numRuns: 300 },
    );
  });

  it("always yields an integer from 0 to 100", () => {
    const titles = ["VP Sales", "CTO", "", "Marketing Manager"];
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.constantFrom("SaaS", "Retail", ""),
        fc.constantFrom("US", "DE", ""),
        (title, industry, country) => {
          const r = scoreLead(ICP, normalizeLead({ title, industry, country }));
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it("explains the formula in plain text", () => {
    expect(SCORE_FORMULA).toMatch(/weight of matched criteria/);
    expect(SCORE_FORMULA).toMatch(/0\.75/);
  });
});

describe("fitOf", () => {
  it.each([
    [100, DEFAULT_HIGH_FIT_THRESHOLD, "high"],
    [70, 70, "high"],
    [69, 70, "medium"],
    [40, 70, "medium"],
    [39, 70, "low"],
    [0, 70, "low"],
    [85, 90, "medium"],
    [30, 20, "high"],
    [15, 20, "low"],
  ] as const)("reads %d against %d as %s", (score, threshold, fit) => {
    expect(fitOf(score, threshold)).toBe(fit);
  });

  it("uses the ICP's own threshold", () => {
    const icp = icpOf({ countries: ["US"], highFitThreshold: 101 });
    expect(icp.highFitThreshold).toBe(100);
    const strict = icpOf({
      countries: ["US"],
      industries: ["SaaS"],
      highFitThreshold: 95,
    });
    const lead = normalizeLead({ country: "US" });
    const r = scoreLead(strict, lead);
    expect(r.score).toBeLessThan(95);
    expect(r.fit).toBe("medium");
  });
});

describe("compileIcp", () => {
  it("exposes canonical sets for a SQL mirror", () => {
    const compiled = compileIcp(
      icpOf({
        jobTitles: ["Vice President of Sales"],
        states: ["Texas"],
        cities: ["NYC"],
      }),
    );
    expect(compiled.sets).toEqual({
      jobTitle: ["vp sales"],
      state: ["us-tx"],
      city: ["new york"],
    });
    expect(compiled.totalWeight).toBe(
      DEFAULT_WEIGHTS.jobTitle + DEFAULT_WEIGHTS.state + DEFAULT_WEIGHTS.city,
    );
  });

  it("applies custom weights", () => {
    const icp = icpOf({
      jobTitles: ["VP Sales"],
      countries: ["DE"],
      weights: { jobTitle: 9, country: 1 },
    });
    const r = scoreLead(icp, FULL_LEAD);
    expect(r.score).toBe(90);
  });
});
