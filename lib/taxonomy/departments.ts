import { foldKey, Memo } from "./text";

export const DEPARTMENTS = [
  "Sales",
  "Marketing",
  "Finance",
  "Engineering",
  "IT",
  "Human Resources",
  "Operations",
  "Customer Success",
  "Customer Support",
  "Product",
  "Data",
  "Design",
  "Legal",
  "Executive",
  "Administrative",
  "Consulting",
  "Research",
  "Education",
  "Medical",
] as const;

export type Department = (typeof DEPARTMENTS)[number];

// HubSpot, Apollo ("master_sales", "engineering_technical") and ZoomInfo
// style department names.
const DEPARTMENT_WORDS: Record<Department, string[]> = {
  Sales: [
    "sales",
    "business development",
    "bizdev",
    "sales and business development",
    "revenue",
    "account management",
    "inside sales",
    "field sales",
    "sales operations",
    "sales ops",
    "commercial",
    "partnerships",
    "channel",
    "channel sales",
  ],
  Marketing: [
    "media and communication",
    "media and communications",
    "growth",
    "marketing",
    "marketing and communications",
    "marketing communications",
    "communications",
    "comms",
    "public relations",
    "pr",
    "brand",
    "digital marketing",
    "product marketing",
    "demand generation",
    "content",
    "advertising",
  ],
  Finance: [
    "finance",
    "finance and accounting",
    "accounting",
    "accounting and finance",
    "financial",
    "fp and a",
    "treasury",
    "tax",
    "audit",
    "controlling",
  ],
  Engineering: [
    "engineering",
    "engineering technical",
    "software engineering",
    "software development",
    "development",
    "r and d",
    "research and development",
    "technology",
    "tech",
    "devops",
    "qa",
    "quality assurance",
    "engineering and technical",
  ],
  IT: [
    "it",
    "information technology",
    "information systems",
    "is",
    "it operations",
    "it and is",
    "infrastructure",
    "security",
    "information security",
    "cybersecurity",
    "it security",
  ],
  "Human Resources": [
    "hr",
    "human resources",
    "human resource",
    "people",
    "people operations",
    "people ops",
    "people and culture",
    "talent",
    "talent acquisition",
    "recruiting",
    "recruitment",
    "human capital",
    "personnel",
  ],
  Operations: [
    "program and project management",
    "project management",
    "program management",
    "operations",
    "ops",
    "business operations",
    "supply chain",
    "logistics",
    "procurement",
    "purchasing",
    "facilities",
    "manufacturing",
    "production",
    "revenue operations",
    "revops",
    "strategy",
  ],
  "Customer Success": [
    "customer success",
    "client success",
    "customer experience",
    "cx",
    "client services",
    "professional services",
    "services",
  ],
  "Customer Support": [
    "customer support",
    "support",
    "customer service",
    "customer services",
    "technical support",
    "customer care",
  ],
  Product: ["product", "product management", "product development", "products"],
  Data: [
    "data",
    "analytics",
    "data science",
    "data and analytics",
    "business intelligence",
    "bi",
  ],
  Design: [
    "design",
    "ux",
    "user experience",
    "creative",
    "ux design",
    "arts and design",
    "arts design",
  ],
  Legal: ["legal", "compliance", "legal and compliance", "law"],
  Executive: [
    "executive",
    "executives",
    "c suite",
    "management",
    "executive management",
    "leadership",
    "founder",
    "owner",
    "general management",
    "entrepreneurship",
  ],
  Administrative: ["administrative", "administration", "admin", "office"],
  Consulting: ["consulting", "advisory", "consultancy"],
  Research: ["research"],
  Education: ["education", "teaching", "training", "learning"],
  Medical: ["medical", "medical health", "health", "healthcare", "clinical"],
};

const DEPARTMENT_INDEX = new Map<string, Department>();
for (const dept of DEPARTMENTS) {
  DEPARTMENT_INDEX.set(foldKey(dept), dept);
  for (const word of DEPARTMENT_WORDS[dept]) DEPARTMENT_INDEX.set(word, dept);
}

const memo = new Memo<Department | null>(2_000);

function lookup(raw: string): Department | null {
  // Apollo writes "master_sales" and "engineering_technical".
  const key = foldKey(raw.replace(/_/g, " ")).replace(/^master /, "");
  return DEPARTMENT_INDEX.get(key) ?? DEPARTMENT_INDEX.get(`${key}s`) ?? null;
}

/** Maps a department label from a CRM or data vendor to a canonical one. */
export function normalizeDepartment(s: string): Department | null {
  if (typeof s !== "string") return null;
  return memo.get(s, lookup);
}
