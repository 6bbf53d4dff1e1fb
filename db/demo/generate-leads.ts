/**
 * Writes db/demo/leads.csv: ~300 varied, realistic (and fictional) leads
 * in a HubSpot-style export, with the messiness real files have: country
 * and size spelled several ways, blank cells, a few duplicates and two
 * unusable rows. Deterministic: the same seed always writes the same file.
 *
 *   npx tsx db/demo/generate-leads.ts [rows] [out.csv]
 */
import fs from "node:fs";
import path from "node:path";

import { toCsvRow } from "@/lib/csv";

const SEED = 20240611;

/** mulberry32: small, fast and good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = rng(SEED);
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) =>
  lo + Math.floor(random() * (hi - lo + 1));

const FIRST_NAMES = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Mateo",
  "Sofia",
  "Lucas",
  "Mia",
  "Ethan",
  "Hannah",
  "Jonas",
  "Lena",
  "Felix",
  "Clara",
  "Maximilian",
  "Anna",
  "Priya",
  "Arjun",
  "Wei",
  "Mei",
  "Hiroshi",
  "Yuki",
  "Fatima",
  "Omar",
  "Chloé",
  "Louis",
  "Isabella",
  "Diego",
  "Aisha",
  "Kwame",
  "Sven",
  "Ingrid",
  "Aoife",
  "Conor",
  "Grace",
  "Jack",
  "Charlotte",
  "Oliver",
  "Zoe",
  "Nathan",
  "Rachel",
  "Daniel",
  "Sarah",
  "Michael",
  "Jessica",
  "David",
  "Laura",
  "Thomas",
  "Julia",
  "Marco",
  "Giulia",
  "Pieter",
  "Sanne",
  "Björn",
  "Ana",
];

const LAST_NAMES = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Martinez",
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Hoffmann",
  "Patel",
  "Sharma",
  "Chen",
  "Wang",
  "Li",
  "Tanaka",
  "Sato",
  "Khan",
  "Haddad",
  "Dubois",
  "Moreau",
  "Rossi",
  "Bianchi",
  "Silva",
  "Santos",
  "O'Brien",
  "Murphy",
  "Kelly",
  "Taylor",
  "Wilson",
  "Anderson",
  "Thompson",
  "Nguyen",
  "Kim",
  "Park",
  "Novak",
  "Larsen",
  "Johansson",
  "van Dijk",
  "de Vries",
  "Okafor",
  "Mensah",
  "Cohen",
  "Levi",
];

type Place = { city: string; state: string; country: string[] };

const US: Place[] = [
  {
    city: "San Francisco",
    state: "California",
    country: ["United States", "USA", "US"],
  },
  { city: "Austin", state: "TX", country: ["United States", "USA"] },
  { city: "New York", state: "NY", country: ["United States", "US"] },
  { city: "Boston", state: "Massachusetts", country: ["United States"] },
  { city: "Seattle", state: "WA", country: ["USA"] },
  { city: "Chicago", state: "Illinois", country: ["United States"] },
  { city: "Denver", state: "CO", country: ["United States of America"] },
  { city: "Atlanta", state: "Georgia", country: ["US"] },
  { city: "Houston", state: "Texas", country: ["United States"] },
  { city: "San Diego", state: "CA", country: ["USA"] },
];
const CANADA: Place[] = [
  { city: "Toronto", state: "Ontario", country: ["Canada"] },
  { city: "Vancouver", state: "BC", country: ["Canada", "CA"] },
  { city: "Montréal", state: "Quebec", country: ["Canada"] },
];
const DACH: Place[] = [
  {
    city: "Berlin",
    state: "Berlin",
    country: ["Germany", "Deutschland", "DE"],
  },
  { city: "München", state: "Bayern", country: ["Germany"] },
  { city: "Frankfurt am Main", state: "Hessen", country: ["Germany"] },
  { city: "Hamburg", state: "", country: ["Germany"] },
  { city: "Wien", state: "", country: ["Austria", "Österreich"] },
  { city: "Zürich", state: "", country: ["Switzerland", "CH"] },
  { city: "Geneva", state: "", country: ["Switzerland"] },
];
const UK_AU: Place[] = [
  { city: "London", state: "England", country: ["United Kingdom", "UK", "GB"] },
  { city: "Manchester", state: "", country: ["United Kingdom"] },
  { city: "Edinburgh", state: "Scotland", country: ["UK"] },
  { city: "Sydney", state: "NSW", country: ["Australia"] },
  { city: "Melbourne", state: "Victoria", country: ["Australia", "AU"] },
];
const ELSEWHERE: Place[] = [
  { city: "Paris", state: "", country: ["France"] },
  { city: "Amsterdam", state: "", country: ["Netherlands", "NL"] },
  { city: "Stockholm", state: "", country: ["Sweden"] },
  { city: "Madrid", state: "", country: ["Spain"] },
  { city: "Singapore", state: "", country: ["Singapore"] },
  { city: "Bangalore", state: "Karnataka", country: ["India"] },
  { city: "Tokyo", state: "", country: ["Japan"] },
  { city: "São Paulo", state: "SP", country: ["Brazil"] },
  { city: "Dublin", state: "", country: ["Ireland"] },
];

const COMPANY_STEMS = [
  "Northwind",
  "Bluepeak",
  "Lumen",
  "Quantia",
  "Veridian",
  "Helix",
  "Orbital",
  "Cobalt",
  "Brightline",
  "Stratus",
  "Nimbus",
  "Ardent",
  "Crestview",
  "Pinnacle",
  "Meridian",
  "Keystone",
  "Summit",
  "Evergreen",
  "Polaris",
  "Ironclad",
  "Silverline",
  "Redwood",
  "Atlas",
  "Beacon",
  "Cascade",
  "Falcon",
  "Granite",
  "Harbor",
  "Juniper",
  "Kestrel",
  "Mosaic",
  "Nova",
  "Onyx",
  "Prism",
  "Quarry",
  "Riverbend",
  "Sable",
  "Tidewater",
  "Umbra",
  "Vantage",
];

function company(kind: "saas" | "fin" | "mkt" | "health" | "other"): string {
  const suffix = {
    saas: ["Software", "Cloud", "Labs", "AI", "Systems"],
    fin: ["Pay", "Capital", "Finance", "Bank", "Ledger"],
    mkt: ["Media", "Digital", "Studio", "Brands", "Growth"],
    health: ["Health", "Medical", "Care", "Clinics", "Biotech"],
    other: ["Logistics", "Industries", "Retail", "Foods", "Energy"],
  }[kind];
  const legal = ["", "", " Inc.", " Ltd", " GmbH", " LLC", " AG", " Co."];
  return `${pick(COMPANY_STEMS)} ${pick(suffix)}${pick(legal)}`;
}

type Archetype = {
  weight: number;
  titles: string[];
  industries: string[];
  employees: () => string;
  tech: string[];
  places: Place[];
  kind: "saas" | "fin" | "mkt" | "health" | "other";
};

const enterprise = () =>
  pick([
    String(between(1200, 4800)),
    String(between(5200, 40000)),
    "1,001-5,000",
    "5001-10000",
    "10,000+",
  ]);
const mid = () =>
  pick([
    String(between(60, 480)),
    "51-200",
    "201-500 employees",
    String(between(210, 900)),
  ]);
const any = () =>
  pick([
    String(between(3, 40)),
    String(between(60, 900)),
    String(between(1100, 20000)),
    "11-50",
    "",
  ]);

const ARCHETYPES: Archetype[] = [
  {
    weight: 26,
    titles: [
      "VP of Sales",
      "VP Sales",
      "Vice President, Sales",
      "Chief Revenue Officer",
      "CRO",
      "SVP Sales",
      "VP Sales North America",
      "Head of Sales",
      "Sales Director",
      "Regional Sales Manager",
    ],
    industries: [
      "SaaS",
      "Software",
      "Software as a Service",
      "Computer Software",
      "Internet",
    ],
    employees: enterprise,
    tech: [
      "Salesforce",
      "Salesforce",
      "Outreach",
      "Gong",
      "Slack",
      "Zoom",
      "HubSpot",
    ],
    places: [...US, ...US, ...CANADA, ...UK_AU],
    kind: "saas",
  },
  {
    weight: 16,
    titles: [
      "CFO",
      "Chief Financial Officer",
      "Finance Director",
      "Director of Finance",
      "Head of Finance",
      "VP Finance",
      "Financial Controller",
      "Finance Manager",
    ],
    industries: [
      "Fintech",
      "Financial Services",
      "Banking",
      "Payments",
      "Insurance",
    ],
    employees: () => pick([mid(), enterprise(), String(between(250, 3000))]),
    tech: ["SAP", "Oracle", "NetSuite", "Snowflake", "AWS", "Microsoft Azure"],
    places: [...DACH, ...DACH, ...ELSEWHERE, ...UK_AU],
    kind: "fin",
  },
  {
    weight: 16,
    titles: [
      "Marketing Manager",
      "Director of Marketing",
      "Head of Marketing",
      "Marketing Director",
      "Demand Generation Manager",
      "Growth Marketing Manager",
      "CMO",
      "Content Marketing Lead",
      "Senior Marketing Manager",
    ],
    industries: [
      "Marketing & Advertising",
      "Marketing and Advertising",
      "SaaS",
      "Software",
      "E-commerce",
    ],
    employees: mid,
    tech: [
      "HubSpot",
      "Marketo",
      "Google Analytics",
      "WordPress",
      "Salesforce",
      "Mailchimp",
    ],
    places: [...UK_AU, ...UK_AU, ...CANADA, ...US],
    kind: "mkt",
  },
  {
    weight: 12,
    titles: [
      "CIO",
      "Chief Information Officer",
      "VP of IT",
      "Director of IT",
      "Head of Infrastructure",
      "IT Director",
      "VP Engineering",
      "CTO",
      "Director, Cloud Engineering",
    ],
    industries: [
      "Healthcare",
      "Hospital & Health Care",
      "Health Care",
      "Medical Devices",
      "Biotechnology",
    ],
    employees: enterprise,
    tech: [
      "AWS",
      "Amazon Web Services",
      "Snowflake",
      "Epic",
      "Microsoft Azure",
      "ServiceNow",
    ],
    places: [...US, ...US],
    kind: "health",
  },
  {
    weight: 30,
    titles: [
      "Software Engineer",
      "Senior Software Engineer",
      "Product Manager",
      "Account Executive",
      "Customer Success Manager",
      "HR Business Partner",
      "Operations Manager",
      "Recruiter",
      "Data Analyst",
      "Office Manager",
      "Founder & CEO",
      "COO",
      "Procurement Specialist",
      "Legal Counsel",
      "Supply Chain Manager",
      "Intern",
    ],
    industries: [
      "Logistics",
      "Retail",
      "Manufacturing",
      "Construction",
      "Education",
      "Hospitality",
      "Real Estate",
      "Software",
      "",
    ],
    employees: any,
    tech: [
      "Google Workspace",
      "Slack",
      "Shopify",
      "Zendesk",
      "Jira",
      "AWS",
      "",
    ],
    places: [...US, ...ELSEWHERE, ...DACH, ...UK_AU, ...CANADA],
    kind: "other",
  },
];

function archetype(): Archetype {
  const total = ARCHETYPES.reduce((s, a) => s + a.weight, 0);
  let r = random() * total;
  for (const a of ARCHETYPES) {
    r -= a.weight;
    if (r < 0) return a;
  }
  return ARCHETYPES[ARCHETYPES.length - 1]!;
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const HEADER = [
  "Record ID",
  "First Name",
  "Last Name",
  "Email",
  "Job Title",
  "Company Name",
  "Industry",
  "Number of Employees",
  "Technologies",
  "City",
  "State/Region",
  "Country/Region",
  "LinkedIn URL",
  "Phone Number",
  "Lifecycle Stage",
];

export function generateDemoLeads(rows: number, seed = SEED): string[][] {
  random = rng(seed);
  const out: string[][] = [];
  for (let i = 1; i <= rows; i++) {
    const a = archetype();
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const org = company(a.kind);
    const place = pick(a.places);
    const domain = `${slug(org.split(" ")[0]!)}${slug(org.split(" ")[1] ?? "")}.com`;
    const techCount = between(0, 3);
    const tech = [
      ...new Set(Array.from({ length: techCount }, () => pick(a.tech))),
    ]
      .filter(Boolean)
      .join(pick([", ", "; ", ","]));
    out.push([
      String(100000 + i * 7),
      first,
      last,
      chance(0.93) ? `${slug(first)}.${slug(last)}@${domain}` : "",
      chance(0.97) ? pick(a.titles) : "",
      org,
      chance(0.92) ? pick(a.industries) : "",
      a.employees(),
      tech,
      chance(0.9) ? place.city : "",
      chance(0.8) ? place.state : "",
      pick(place.country),
      chance(0.6)
        ? `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${i}`
        : "",
      chance(0.5)
        ? `+1 555 ${String(between(100, 999))} ${String(between(1000, 9999))}`
        : "",
      pick(["lead", "subscriber", "marketingqualifiedlead", "opportunity", ""]),
    ]);
  }
  // Real exports repeat people: the same email in another case, and the
  // same person at the same company without an email.
  const dupOf = out[4]!;
  out.splice(40, 0, [
    "199991",
    dupOf[1]!,
    dupOf[2]!,
    dupOf[3]!.toUpperCase(),
    ...dupOf.slice(4),
  ]);
  const nameDup = out[12]!;
  out.splice(150, 0, [
    "199992",
    nameDup[1]!,
    nameDup[2]!,
    "",
    ...nameDup.slice(4),
  ]);
  // And rows nobody can use.
  out.splice(90, 0, [
    "199993",
    "",
    "",
    "",
    "Consultant",
    "Unknown Ltd",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  out.splice(220, 0, ["199994", "Broken", "Row", "broken@example.com"]);
  return out;
}

function main() {
  const rows = Number(process.argv[2] ?? 300);
  const file = process.argv[3] ?? path.join(import.meta.dirname, "leads.csv");
  const lines = [HEADER, ...generateDemoLeads(rows)].map((cells) =>
    toCsvRow(cells, { neutraliseFormulas: false }),
  );
  fs.writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  console.log(`wrote ${lines.length - 1} rows to ${file}`);
}

if (
  process.argv[1] &&
  import.meta.url.endsWith(path.basename(process.argv[1]))
) {
  main();
}
