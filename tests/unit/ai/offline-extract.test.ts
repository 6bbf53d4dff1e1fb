import { describe, expect, it } from "vitest";

import { extractDraftOffline, icpDraftSchema, type IcpDraft } from "@/lib/ai";

type Lists = Omit<
  IcpDraft,
  "name" | "description" | "idealCustomerDescription"
>;

const EMPTY: Lists = {
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

/**
 * Each case lists what the draft must hold; every list not named must stay
 * empty, so a case fails on a wrong extra value as well as a missing one.
 */
const CASES: [string, Partial<Lists>][] = [
  // The example from the issue.
  [
    "Series B SaaS companies with 50-200 employees in the US, targeting VP Sales and CROs",
    {
      industries: ["SaaS"],
      companySizes: ["51-200"],
      countries: ["US"],
      jobTitles: ["VP Sales", "CRO"],
      seniorities: ["C-Level", "VP"],
      departments: ["Sales"],
    },
  ],
  // Size phrases.
  [
    "Startups with fewer than 50 employees in Germany",
    { companySizes: ["1-10", "11-50"], countries: ["DE"] },
  ],
  [
    "Agencies with under 200 people in the UK",
    { companySizes: ["1-10", "11-50", "51-200"], countries: ["GB"] },
  ],
  [
    "Manufacturers with over 1,000 employees in Ohio",
    {
      industries: ["Manufacturing"],
      companySizes: ["1001-5000", "5000+"],
      states: ["US-OH"],
    },
  ],
  [
    "Companies with 10k+ employees in Japan",
    { companySizes: ["5000+"], countries: ["JP"] },
  ],
  [
    "Mid-market logistics companies in Texas",
    {
      industries: ["Transportation & Logistics"],
      companySizes: ["201-500", "501-1000"],
      states: ["US-TX"],
    },
  ],
  [
    "Enterprise customers in financial services",
    {
      industries: ["Financial Services"],
      companySizes: ["1001-5000", "5000+"],
    },
  ],
  [
    "SMB retailers in Australia",
    {
      industries: ["Retail"],
      companySizes: ["1-10", "11-50", "51-200"],
      countries: ["AU"],
    },
  ],
  [
    "Early-stage startups in Berlin",
    { companySizes: ["1-10", "11-50"], cities: ["Berlin"] },
  ],
  [
    "Companies with between 1,000 and 5,000 staff in France",
    { companySizes: ["1001-5000"], countries: ["FR"] },
  ],
  [
    "A 300-person company in Canada",
    { companySizes: ["201-500"], countries: ["CA"] },
  ],
  [
    "Companies of around 100 employees in Spain",
    { companySizes: ["51-200"], countries: ["ES"] },
  ],
  [
    "Companies with 51-500 employees in Norway",
    { companySizes: ["51-200", "201-500"], countries: ["NO"] },
  ],
  // "Enterprise software" is an industry, not a size.
  [
    "Enterprise software companies in Germany",
    { industries: ["Software"], countries: ["DE"] },
  ],
  [
    "C-suite at enterprise healthcare companies in the US",
    {
      seniorities: ["C-Level"],
      companySizes: ["1001-5000", "5000+"],
      industries: ["Healthcare"],
      countries: ["US"],
    },
  ],
  // Industries in sentence form.
  [
    "fintech startups in London",
    {
      industries: ["Fintech"],
      companySizes: ["1-10", "11-50"],
      cities: ["London"],
    },
  ],
  [
    "B2B SaaS companies in the Nordics",
    { industries: ["SaaS"], countries: ["SE", "NO", "DK", "FI", "IS"] },
  ],
  [
    "healthcare companies in the DACH region",
    { industries: ["Healthcare"], countries: ["DE", "AT", "CH"] },
  ],
  [
    "manufacturers in the Benelux",
    { industries: ["Manufacturing"], countries: ["BE", "NL", "LU"] },
  ],
  [
    "insurers in North America",
    { industries: ["Insurance"], countries: ["US", "CA"] },
  ],
  ["retailers in ANZ", { industries: ["Retail"], countries: ["AU", "NZ"] }],
  [
    "banks in the UK and Ireland",
    { industries: ["Banking"], countries: ["GB", "IE"] },
  ],
  [
    "e-commerce brands in LATAM",
    {
      industries: ["E-commerce"],
      countries: ["MX", "BR", "AR", "CO", "CL", "PE", "UY", "CR", "PA", "EC"],
    },
  ],
  [
    "Software engineers and engineering managers at fintechs in Singapore that use Kubernetes",
    {
      industries: ["Fintech"],
      technologies: ["Kubernetes"],
      jobTitles: ["Software Engineer", "Engineering Manager"],
      departments: ["Engineering"],
      seniorities: ["Individual Contributor", "Manager"],
      countries: ["SG"],
    },
  ],
  // Titles, acronyms, plurals and seniority words.
  [
    "CFOs at SaaS companies",
    {
      industries: ["SaaS"],
      jobTitles: ["CFO"],
      departments: ["Finance"],
      seniorities: ["C-Level"],
    },
  ],
  [
    "CISOs and heads of security at banks",
    {
      industries: ["Banking"],
      jobTitles: ["CISO", "Head of Security"],
      departments: ["IT"],
      seniorities: ["C-Level"],
    },
  ],
  [
    "VPs of Operations at logistics firms",
    {
      industries: ["Transportation & Logistics"],
      jobTitles: ["VP Operations"],
      departments: ["Operations"],
      seniorities: ["VP"],
    },
  ],
  [
    "heads of customer success at software companies",
    {
      industries: ["Software"],
      jobTitles: ["Head of Customer Success"],
      departments: ["Customer Success"],
    },
  ],
  [
    "C-suite at insurance companies",
    { industries: ["Insurance"], seniorities: ["C-Level"] },
  ],
  [
    "executives at hospitals",
    { industries: ["Healthcare"], seniorities: ["C-Level", "VP"] },
  ],
  [
    "founders of fintech startups",
    {
      industries: ["Fintech"],
      companySizes: ["1-10", "11-50"],
      jobTitles: ["Founder"],
      departments: ["Executive"],
      seniorities: ["C-Level"],
    },
  ],
  [
    "decision makers at manufacturers",
    {
      industries: ["Manufacturing"],
      seniorities: ["C-Level", "VP", "Director"],
    },
  ],
  [
    "engineering leaders at SaaS companies",
    {
      industries: ["SaaS"],
      departments: ["Engineering"],
      seniorities: ["VP", "Director"],
    },
  ],
  [
    "Decision makers in IT at mid-size manufacturing companies in Ohio",
    {
      departments: ["IT"],
      seniorities: ["C-Level", "VP", "Director"],
      companySizes: ["201-500", "501-1000"],
      industries: ["Manufacturing"],
      states: ["US-OH"],
    },
  ],
  [
    "Directors of Sales at manufacturing companies in Chicago with 201-500 employees",
    {
      jobTitles: ["Sales Director"],
      departments: ["Sales"],
      seniorities: ["Director"],
      industries: ["Manufacturing"],
      cities: ["Chicago"],
      companySizes: ["201-500"],
    },
  ],
  [
    "Account executives and SDRs at SaaS startups in Boston",
    {
      industries: ["SaaS"],
      companySizes: ["1-10", "11-50"],
      jobTitles: ["Account Executive", "Sales Development Representative"],
      departments: ["Sales"],
      seniorities: ["Individual Contributor"],
      cities: ["Boston"],
    },
  ],
  [
    "Target: VP/Director of Marketing. Industry: B2B SaaS. Size: 50-500 employees.",
    {
      jobTitles: ["VP Marketing", "Marketing Director"],
      seniorities: ["VP", "Director"],
      departments: ["Marketing"],
      industries: ["SaaS"],
      companySizes: ["51-200", "201-500"],
    },
  ],
  [
    "Plant managers and maintenance managers at food manufacturers",
    {
      jobTitles: ["Plant Manager", "Maintenance Manager"],
      seniorities: ["Manager"],
      departments: ["Operations"],
      industries: ["Food & Beverages"],
    },
  ],
  // Technologies.
  [
    "marketing managers who use HubSpot",
    {
      technologies: ["HubSpot"],
      jobTitles: ["Marketing Manager"],
      departments: ["Marketing"],
      seniorities: ["Manager"],
    },
  ],
  [
    "companies using Salesforce and Outreach",
    { technologies: ["Salesforce", "Outreach"] },
  ],
  [
    "retailers on Shopify",
    { industries: ["Retail"], technologies: ["Shopify"] },
  ],
  ["companies that run SAP and Workday", { technologies: ["SAP", "Workday"] }],
  [
    "Snowflake customers in the US",
    { technologies: ["Snowflake"], countries: ["US"] },
  ],
  // Places: abbreviations, states, cities, metro areas, qualifiers.
  [
    "IT directors in Austin, TX",
    {
      jobTitles: ["IT Director"],
      departments: ["IT"],
      seniorities: ["Director"],
      cities: ["Austin"],
      countries: ["US"],
    },
  ],
  [
    "sales directors in Toronto, Ontario",
    {
      jobTitles: ["Sales Director"],
      departments: ["Sales"],
      seniorities: ["Director"],
      cities: ["Toronto"],
    },
  ],
  [
    "operations managers in NYC and SF",
    {
      jobTitles: ["Operations Manager"],
      departments: ["Operations"],
      seniorities: ["Manager"],
      cities: ["New York", "San Francisco"],
    },
  ],
  [
    "CTOs in California and New York",
    {
      jobTitles: ["CTO"],
      departments: ["Engineering"],
      seniorities: ["C-Level"],
      states: ["US-CA", "US-NY"],
    },
  ],
  [
    "Directors of Finance in Washington, D.C.",
    {
      jobTitles: ["Finance Director"],
      departments: ["Finance"],
      seniorities: ["Director"],
      cities: ["Washington, D.C."],
    },
  ],
  [
    "Heads of Product in the Bay Area",
    {
      jobTitles: ["Head of Product"],
      departments: ["Product"],
      states: ["US-CA"],
    },
  ],
  [
    "Marketing managers at healthcare companies in Ontario, Canada with 51-200 employees who use HubSpot",
    {
      jobTitles: ["Marketing Manager"],
      departments: ["Marketing"],
      seniorities: ["Manager"],
      industries: ["Healthcare"],
      states: ["CA-ON"],
      companySizes: ["51-200"],
      technologies: ["HubSpot"],
    },
  ],
  [
    "small accounting practices (1-10 people) in new south wales and victoria",
    {
      companySizes: ["1-10"],
      industries: ["Accounting"],
      states: ["AU-NSW", "AU-VIC"],
    },
  ],
  [
    "our ideal customer is a mid-sized german manufacturer (200-1000 employees)",
    {
      companySizes: ["201-500", "501-1000"],
      industries: ["Manufacturing"],
      countries: ["DE"],
    },
  ],
  [
    "Restaurants and QSR chains in Florida, Georgia and the Carolinas",
    {
      industries: ["Restaurants"],
      states: ["US-FL", "US-GA", "US-NC", "US-SC"],
    },
  ],
  // Precision: words that look like terms but are not.
  [
    "We help our customers grow faster with better data; talk to us about it",
    {},
  ],
  [
    "Law firms in New York City with 100+ lawyers; general counsel",
    {
      industries: ["Legal Services"],
      cities: ["New York"],
      jobTitles: ["General Counsel"],
      departments: ["Legal"],
    },
  ],
  [
    "Startups in ANZ building developer tools, targeting founders",
    {
      companySizes: ["1-10", "11-50"],
      countries: ["AU", "NZ"],
      industries: ["Software"],
      jobTitles: ["Founder"],
      departments: ["Executive"],
      seniorities: ["C-Level"],
    },
  ],
];

describe("extractDraftOffline", () => {
  it("covers many phrasings", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("reads %s", (description, expected) => {
    const draft = extractDraftOffline(description);
    const lists: Lists = {
      industries: draft.industries,
      companySizes: draft.companySizes,
      technologies: draft.technologies,
      jobTitles: draft.jobTitles,
      departments: draft.departments,
      seniorities: draft.seniorities,
      countries: draft.countries,
      states: draft.states,
      cities: draft.cities,
    };
    const want = { ...EMPTY, ...expected };
    for (const key of Object.keys(want) as (keyof Lists)[]) {
      expect([key, [...lists[key]].sort()]).toEqual([
        key,
        [...want[key]].sort(),
      ]);
    }
    expect(icpDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("proposes a name and a summary and keeps the description", () => {
    const text =
      "Series B SaaS companies with 50-200 employees in the US, targeting VP Sales and CROs";
    const draft = extractDraftOffline(`  ${text} `);
    expect(draft.idealCustomerDescription).toBe(text);
    expect(draft.name).toBe("SaaS · VP Sales and CRO · US");
    expect(draft.description).toBe(
      "VP Sales and CRO at SaaS companies with 51-200 employees in United States.",
    );
  });

  it("names a draft with no criteria", () => {
    const draft = extractDraftOffline(
      "Nothing in this sentence is a criterion.",
    );
    expect(draft.name).toBe("New ICP");
  });

  it("is deterministic", () => {
    const text = "CISOs at banks in the DACH region using CrowdStrike";
    expect(extractDraftOffline(text)).toEqual(extractDraftOffline(text));
  });
});
