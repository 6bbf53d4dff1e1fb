import { pathToFileURL } from "node:url";

import {
  compileIcp,
  normalizeIcpCriteria,
  normalizeLead,
  scoreLead,
  type NormalizedLead,
  type RawLead,
} from "@/lib/scoring";
import {
  INDUSTRIES,
  listCities,
  listCountries,
  listStates,
  TECHNOLOGIES,
} from "@/lib/taxonomy";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  goal: string;
}

/** Deterministic generator, so every run measures the same leads. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = [
  "VP",
  "Vice President",
  "SVP",
  "EVP",
  "Director",
  "Senior Director",
  "Head",
  "Manager",
  "Senior Manager",
  "Team Lead",
];
const FUNCTIONS = [
  "Sales",
  "Marketing",
  "Engineering",
  "Finance",
  "Operations",
  "Customer Success",
  "IT",
  "Information Technology",
  "Human Resources",
  "People",
  "Product",
  "Data",
  "Business Development",
  "Revenue Operations",
  "Security",
  "Legal",
  "Design",
  "Growth Marketing",
  "Software Engineering",
  "Demand Generation",
];
const REGIONS = ["", "", "", "EMEA", "Global", "North America", "APAC"];
const FIXED_TITLES = [
  "CEO",
  "Chief Executive Officer",
  "CFO",
  "Chief Revenue Officer",
  "CTO",
  "Co-founder & CTO",
  "Founder",
  "Account Executive",
  "Senior Account Executive",
  "Sales Development Representative",
  "BDR",
  "Software Engineer",
  "Senior Software Engineer II",
  "Product Manager",
  "Marketing Coordinator",
  "Staff Accountant",
  "Systems Administrator",
  "Data Scientist",
  "Recruiter",
  "Marketing Intern",
];
const SENIORITY_WORDS = [
  "Vice President",
  "VP",
  "c_suite",
  "C-Suite",
  "director",
  "Experienced Manager",
  "Senior",
  "Entry Level",
  "head",
  "",
];
const DEPARTMENT_WORDS = [
  "Sales",
  "sales",
  "Finance & Accounting",
  "Information Technology",
  "Product Management",
  "HR",
  "engineering",
  "master_marketing",
  "",
];
const COUNTRY_SPELLINGS = [
  "USA",
  "United States",
  "US",
  "UK",
  "United Kingdom",
  "Deutschland",
  "Germany",
  "Canada",
  "Australia",
  "France",
  "The Netherlands",
  "India",
  "Singapore",
];
const LOCATIONS = [
  "Austin, Texas Metropolitan Area",
  "London Area, United Kingdom",
  "München, Bayern, Deutschland",
  "Greater Boston",
  "San Francisco Bay Area",
  "Bengaluru, Karnataka, India",
  "Dallas-Fort Worth Metroplex",
  "Toronto, Ontario, Canada",
  "Paris, Île-de-France, France",
  "Sydney, New South Wales, Australia",
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function titleOf(rand: () => number): string {
  if (rand() < 0.3) return pick(rand, FIXED_TITLES);
  const level = pick(rand, LEVELS);
  const fn = pick(rand, FUNCTIONS);
  const region = pick(rand, REGIONS);
  const suffix = region ? `, ${region}` : "";
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `${level} of ${fn}${suffix}`;
    case 1:
      return `${fn} ${level}${suffix}`;
    case 2:
      return `${level}, ${fn}${suffix}`;
    default:
      return `${region} ${level} ${fn}`.trim();
  }
}

function employeeCountOf(rand: () => number): string | number {
  const n = Math.floor(Math.exp(rand() * 11)) + 1;
  switch (Math.floor(rand() * 4)) {
    case 0:
      return n;
    case 1:
      return n.toLocaleString("en-US");
    case 2:
      return pick(rand, [
        "2-10 employees",
        "11-50 employees",
        "51-200 employees",
        "201-500 employees",
        "501-1,000 employees",
        "1,001-5,000 employees",
        "5,001-10,000 employees",
        "10,001+ employees",
      ]);
    default:
      return `${(n / 1000).toFixed(1)}k`;
  }
}

// Where most B2B leads are; the rest of the world is drawn uniformly.
const BUSY_COUNTRIES = [
  "US",
  "GB",
  "DE",
  "CA",
  "FR",
  "AU",
  "IN",
  "NL",
  "ES",
  "IT",
  "SG",
  "IE",
  "SE",
  "CH",
  "BR",
];

/** Skewed pick: low indexes come up far more often, as in real lists. */
function skewed<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(list.length * rand() ** 3)]!;
}

interface Company {
  name: string;
  industry: string;
  employeeCount: string | number;
  technologies: string[] | string;
}

function companiesOf(rand: () => number, count: number): Company[] {
  const industryNames = INDUSTRIES.flatMap((i) => [i.name, ...i.synonyms]);
  const techNames = TECHNOLOGIES.flatMap((t) => [t.name, ...t.aliases]);
  const companies: Company[] = [];
  for (let i = 0; i < count; i++) {
    const techs: string[] = [];
    const techCount = Math.floor(rand() * 6);
    for (let t = 0; t < techCount; t++) techs.push(skewed(rand, techNames));
    companies.push({
      name: `Company ${i}`,
      industry: pick(rand, industryNames),
      employeeCount: employeeCountOf(rand),
      technologies: rand() < 0.3 ? techs.join(", ") : techs,
    });
  }
  return companies;
}

/**
 * A varied synthetic set drawn from the taxonomy's own vocabularies: 20,000
 * companies (industry, headcount and technology list in many spellings),
 * every country, state and city of the datasets, and titles composed from
 * levels, functions and regions in several word orders. Leads share their
 * company's fields, and countries and cities are skewed, as in real lists.
 */
export function syntheticLeads(count: number, seed = 1): RawLead[] {
  const rand = prng(seed);
  const companies = companiesOf(rand, 20_000);
  const countries = listCountries().map((c) => c.code);
  const leads: RawLead[] = [];
  for (let i = 0; i < count; i++) {
    const company = skewed(rand, companies);
    const code =
      rand() < 0.8 ? skewed(rand, BUSY_COUNTRIES) : pick(rand, countries);
    const states = listStates(code);
    const state = states.length > 0 ? skewed(rand, states) : null;
    const cities = state ? listCities(code, state.code) : [];
    const lead: RawLead = {
      firstName: `First${i}`,
      lastName: `Last${i}`,
      email: `lead${i}@example.com`,
      title: titleOf(rand),
      company: company.name,
      industry: company.industry,
      employeeCount: company.employeeCount,
      technologies: company.technologies,
      seniority: pick(rand, SENIORITY_WORDS) || null,
      department: pick(rand, DEPARTMENT_WORDS) || null,
    };
    if (rand() < 0.2) lead.location = pick(rand, LOCATIONS);
    else {
      lead.country = rand() < 0.5 ? pick(rand, COUNTRY_SPELLINGS) : code;
      if (state && rand() < 0.6) lead.state = state.name;
      if (cities.length > 0 && rand() < 0.7) lead.city = skewed(rand, cities);
    }
    leads.push(lead);
  }
  return leads;
}

const ICP = {
  industries: ["SaaS", "Software", "Fintech"],
  companySizes: ["51-200", "201-500", "501-1000"],
  technologies: ["Salesforce", "HubSpot", "AWS"],
  jobTitles: ["VP Sales", "CRO", "Sales Director"],
  departments: ["Sales"],
  seniorities: ["VP", "C-Level", "Director"],
  countries: ["US", "GB", "DE"],
  states: ["California", "Texas", "Bavaria"],
  cities: ["San Francisco", "London", "Munich"],
};

function rate(count: number, ms: number): number {
  return Math.round(count / (ms / 1000));
}

// CPU time of this process rather than wall time: on a shared machine the
// wall clock counts other programs' turns on the core. The work is
// single-threaded, so CPU time is time on one core (GC helper threads
// count against us, which only makes the figure conservative).
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const PASSES = 3;

/**
 * Measures normalisation of ~200k varied raw leads and scoring of the
 * normalised leads against one ICP, on one core. A smaller, differently
 * seeded set runs first so the lazily built lookup tables are not timed.
 * Each figure is the best of three passes (normalisation on freshly
 * generated leads each time), the usual way to read throughput on a
 * machine that other programs share.
 */
export async function benchScoring(count = 200_000): Promise<BenchResult[]> {
  for (const lead of syntheticLeads(10_000, 99)) normalizeLead(lead);

  let normalizeRate = 0;
  let normalized: NormalizedLead[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const raw = syntheticLeads(count, pass + 1);
    const out: NormalizedLead[] = new Array(raw.length);
    const start = cpuMs();
    for (let i = 0; i < raw.length; i++) out[i] = normalizeLead(raw[i]!);
    normalizeRate = Math.max(normalizeRate, rate(raw.length, cpuMs() - start));
    normalized = out;
  }

  const compiled = compileIcp(normalizeIcpCriteria(ICP));
  for (let i = 0; i < 10_000; i++) scoreLead(compiled, normalized[i]!);
  let scoreRate = 0;
  let checksum = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = cpuMs();
    for (let i = 0; i < normalized.length; i++) {
      checksum += scoreLead(compiled, normalized[i]!).score;
    }
    scoreRate = Math.max(scoreRate, rate(normalized.length, cpuMs() - start));
  }
  if (!Number.isFinite(checksum)) throw new Error("scores are not numbers");

  return [
    {
      name: "normalizeLead throughput",
      value: normalizeRate,
      unit: "leads/s",
      goal: ">= 100000",
    },
    {
      name: "scoreLead throughput (one ICP, 9 criteria)",
      value: scoreRate,
      unit: "leads/s",
      goal: ">= 1000000",
    },
  ];
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const results = await benchScoring();
  for (const r of results) {
    const value = r.value.toLocaleString("en-US");
    console.log(`${r.name}: ${value} ${r.unit} (goal ${r.goal})`);
  }
}
