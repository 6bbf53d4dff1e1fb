import type { Department } from "./departments";
import type { Seniority } from "./seniority";

/**
 * Word lists read by the title parser. Every key is a phrase in foldKey form
 * (lowercase, no diacritics, "&" as "and"); the parser matches the longest
 * phrase at each position, so "product marketing manager" reads as the
 * function "product marketing" plus the level "manager", never as
 * "product manager".
 */

export type FunctionKey =
  | "sales"
  | "salesDevelopment"
  | "businessDevelopment"
  | "salesOperations"
  | "revenueOperations"
  | "salesEngineering"
  | "enablement"
  | "partnerships"
  | "accountManagement"
  | "marketing"
  | "growth"
  | "communications"
  | "community"
  | "finance"
  | "accounting"
  | "risk"
  | "engineering"
  | "technology"
  | "devops"
  | "qa"
  | "it"
  | "security"
  | "hr"
  | "operations"
  | "supplyChain"
  | "facilities"
  | "manufacturing"
  | "projects"
  | "customerSuccess"
  | "support"
  | "product"
  | "design"
  | "data"
  | "legal"
  | "administration"
  | "strategy"
  | "research"
  | "consulting"
  | "training"
  | "medical";

export type NounClass =
  | "specialist"
  | "analyst"
  | "engineer"
  | "developer"
  | "scientist"
  | "administrator"
  | "consultant"
  | "designer"
  | "architect"
  | "recruiter"
  | "intern"
  | "writer"
  | "strategist"
  | "technician"
  | "executive";

export type Level =
  "VP" | "Head" | "Director" | "Manager" | "TeamLead" | "Lead";

export interface FunctionDef {
  /** Word used to build role names: "VP <label>", "<label> Director". */
  label: string;
  department: Department | null;
  phrases: string[];
  /** Individual-contributor role per noun class, where not "<label> Noun". */
  ic?: Partial<Record<NounClass, string>>;
  /** C-level role for "Chief <function> Officer", where one is standard. */
  chief?: string;
}

export const FUNCTIONS: Record<FunctionKey, FunctionDef> = {
  sales: {
    label: "Sales",
    department: "Sales",
    chief: "CRO",
    phrases: [
      "sales",
      "revenue",
      "inside sales",
      "field sales",
      "enterprise sales",
      "direct sales",
      "channel sales",
      "new business",
      "new business sales",
      "commercial",
      "commercial sales",
      "global sales",
      "regional sales",
      "national sales",
      "area sales",
      "territory sales",
      "district sales",
      "international sales",
      "b2b sales",
      "corporate sales",
      "strategic sales",
      "worldwide sales",
      "outside sales",
      "technical sales",
      "saas sales",
      "software sales",
    ],
    ic: {
      specialist: "Sales Representative",
      consultant: "Sales Representative",
      engineer: "Sales Engineer",
      executive: "Account Executive",
    },
  },
  salesDevelopment: {
    label: "Sales Development",
    department: "Sales",
    phrases: ["sales development", "lead development", "market development"],
    ic: { specialist: "SDR", executive: "SDR" },
  },
  businessDevelopment: {
    label: "Business Development",
    department: "Sales",
    phrases: [
      "business development",
      "biz dev",
      "bizdev",
      "bd",
      "new business development",
      "corporate development",
    ],
    ic: { specialist: "SDR", executive: "Business Development Executive" },
  },
  salesOperations: {
    label: "Sales Operations",
    department: "Sales",
    phrases: ["sales operations", "sales ops"],
  },
  revenueOperations: {
    label: "Revenue Operations",
    department: "Operations",
    phrases: [
      "revenue operations",
      "revops",
      "rev ops",
      "gtm operations",
      "go to market operations",
    ],
  },
  salesEngineering: {
    label: "Sales Engineering",
    department: "Sales",
    phrases: [
      "sales engineering",
      "solutions engineering",
      "solution engineering",
      "presales",
      "pre sales",
    ],
    ic: { engineer: "Sales Engineer", consultant: "Sales Engineer" },
  },
  enablement: {
    label: "Sales Enablement",
    department: "Sales",
    phrases: ["sales enablement", "enablement", "revenue enablement"],
  },
  partnerships: {
    label: "Partnerships",
    department: "Sales",
    phrases: [
      "partnerships",
      "partnership",
      "strategic partnerships",
      "alliances",
      "strategic alliances",
      "channel",
      "channels",
      "channel partnerships",
      "partner success",
    ],
  },
  accountManagement: {
    label: "Account Management",
    department: "Sales",
    phrases: [
      "account management",
      "key account management",
      "key accounts",
      "client management",
      "strategic accounts",
    ],
  },
  marketing: {
    label: "Marketing",
    department: "Marketing",
    chief: "CMO",
    phrases: [
      "marketing",
      "product marketing",
      "digital marketing",
      "content marketing",
      "content",
      "field marketing",
      "performance marketing",
      "brand marketing",
      "brand",
      "branding",
      "demand generation",
      "demand gen",
      "lead generation",
      "lifecycle marketing",
      "email marketing",
      "marketing operations",
      "marketing ops",
      "partner marketing",
      "channel marketing",
      "event marketing",
      "events",
      "social media",
      "social media marketing",
      "seo",
      "sem",
      "ppc",
      "paid media",
      "paid social",
      "integrated marketing",
      "b2b marketing",
      "online marketing",
      "inbound marketing",
      "trade marketing",
      "marketing communications",
      "marcom",
      "marcomm",
      "marcomms",
      "campaigns",
      "campaign",
      "acquisition marketing",
      "customer marketing",
      "influencer marketing",
      "affiliate marketing",
      "ecommerce marketing",
      "e commerce marketing",
      "advertising",
      "web marketing",
      "digital",
    ],
    ic: {
      specialist: "Marketing Specialist",
      executive: "Marketing Specialist",
    },
  },
  growth: {
    label: "Growth",
    department: null,
    phrases: ["growth", "growth marketing", "growth hacking"],
  },
  communications: {
    label: "Communications",
    department: "Marketing",
    phrases: [
      "communications",
      "communication",
      "corporate communications",
      "internal communications",
      "external communications",
      "comms",
      "public relations",
      "pr",
      "media relations",
      "public affairs",
    ],
  },
  community: {
    label: "Community",
    department: "Marketing",
    phrases: ["community", "community management", "developer relations"],
  },
  finance: {
    label: "Finance",
    department: "Finance",
    chief: "CFO",
    phrases: [
      "finance",
      "financial",
      "finances",
      "fp and a",
      "fpa",
      "financial planning and analysis",
      "financial planning",
      "financial reporting",
      "treasury",
      "tax",
      "taxation",
      "audit",
      "internal audit",
      "corporate finance",
      "payroll",
      "billing",
      "accounts payable",
      "accounts receivable",
      "credit",
      "investor relations",
    ],
    ic: { analyst: "Financial Analyst" },
  },
  accounting: {
    // Accounting reads as Finance for levelled roles ("Accounting Manager"
    // is a Finance Manager) and as Accountant for individual contributors.
    label: "Finance",
    department: "Finance",
    phrases: ["accounting", "accounts", "general ledger", "bookkeeping"],
    ic: {
      specialist: "Accountant",
      analyst: "Financial Analyst",
      executive: "Accountant",
    },
  },
  risk: {
    label: "Risk",
    department: "Finance",
    phrases: ["risk", "risk management", "credit risk", "enterprise risk"],
  },
  engineering: {
    label: "Engineering",
    department: "Engineering",
    phrases: [
      "engineering",
      "software engineering",
      "software development",
      "software",
      "development",
      "r and d",
      "rd",
      "research and development",
      "platform",
      "platform engineering",
      "backend",
      "back end",
      "frontend",
      "front end",
      "full stack",
      "fullstack",
      "mobile",
      "web development",
      "application development",
      "applications",
      "infrastructure engineering",
      "product engineering",
      "engineering operations",
      "cloud engineering",
      "embedded",
    ],
    ic: {
      engineer: "Software Engineer",
      developer: "Software Engineer",
      architect: "Software Architect",
    },
  },
  technology: {
    label: "Technology",
    department: "Engineering",
    chief: "CTO",
    phrases: ["technology", "tech", "technical", "technologies"],
    ic: { engineer: "Software Engineer", developer: "Software Engineer" },
  },
  devops: {
    label: "DevOps",
    department: "Engineering",
    phrases: [
      "devops",
      "dev ops",
      "site reliability",
      "site reliability engineering",
      "sre",
      "cloud operations",
      "cloud",
      "cloud infrastructure",
      "devsecops",
    ],
  },
  qa: {
    label: "QA",
    department: "Engineering",
    phrases: [
      "qa",
      "quality assurance",
      "test",
      "testing",
      "quality engineering",
      "test automation",
      "qa automation",
    ],
  },
  it: {
    label: "IT",
    department: "IT",
    chief: "CIO",
    phrases: [
      "it",
      "i t",
      "information technology",
      "information systems",
      "information services",
      "information",
      "it operations",
      "it infrastructure",
      "infrastructure",
      "it services",
      "it support",
      "help desk",
      "helpdesk",
      "service desk",
      "desktop support",
      "end user computing",
      "technical operations",
      "network",
      "networks",
      "networking",
      "systems",
      "system",
      "it systems",
      "enterprise systems",
      "business systems",
      "erp",
      "enterprise applications",
      "it and security",
    ],
    ic: {
      administrator: "System Administrator",
      engineer: "Systems Engineer",
      analyst: "Systems Analyst",
      specialist: "IT Specialist",
      technician: "IT Technician",
    },
  },
  security: {
    label: "Security",
    department: "IT",
    chief: "CISO",
    phrases: [
      "security",
      "information security",
      "infosec",
      "cybersecurity",
      "cyber security",
      "it security",
      "cyber",
      "security operations",
      "secops",
      "application security",
      "product security",
    ],
  },
  hr: {
    label: "HR",
    department: "Human Resources",
    chief: "CHRO",
    phrases: [
      "hr",
      "h r",
      "human resources",
      "human resource",
      "people",
      "people operations",
      "people ops",
      "people and culture",
      "people and talent",
      "people experience",
      "culture",
      "talent",
      "talent acquisition",
      "talent management",
      "recruiting",
      "recruitment",
      "human capital",
      "personnel",
      "learning and development",
      "l and d",
      "total rewards",
      "compensation",
      "compensation and benefits",
      "benefits",
      "employee experience",
      "employee relations",
      "workforce",
      "organizational development",
      "organisational development",
      "hris",
      "hr operations",
    ],
    ic: { specialist: "HR Specialist" },
  },
  operations: {
    label: "Operations",
    department: "Operations",
    chief: "COO",
    phrases: [
      "operations",
      "ops",
      "operation",
      "operational",
      "operating",
      "business operations",
      "biz ops",
      "bizops",
      "general operations",
      "operational excellence",
      "field operations",
      "global operations",
      "store operations",
      "business process",
    ],
  },
  supplyChain: {
    label: "Supply Chain",
    department: "Operations",
    phrases: [
      "supply chain",
      "logistics",
      "procurement",
      "purchasing",
      "fulfillment",
      "fulfilment",
      "warehouse",
      "inventory",
      "distribution",
      "materials",
    ],
  },
  facilities: {
    label: "Facilities",
    department: "Operations",
    phrases: ["facilities", "facility", "workplace"],
  },
  manufacturing: {
    label: "Manufacturing",
    department: "Operations",
    phrases: [
      "manufacturing",
      "production",
      "plant",
      "quality",
      "quality control",
    ],
  },
  projects: {
    label: "Project Management",
    department: "Operations",
    phrases: [
      "project management",
      "program management",
      "programme management",
      "pmo",
      "projects",
      "programs",
      "delivery",
    ],
  },
  customerSuccess: {
    label: "Customer Success",
    department: "Customer Success",
    chief: "CCO",
    phrases: [
      "customer success",
      "client success",
      "customer experience",
      "cx",
      "client experience",
      "customer operations",
      "customer",
      "customers",
      "client services",
      "customer onboarding",
      "onboarding",
      "implementation",
      "implementations",
      "professional services",
      "services",
      "customer value",
      "renewals",
      "retention",
    ],
  },
  support: {
    label: "Customer Support",
    department: "Customer Support",
    phrases: [
      "support",
      "customer support",
      "customer service",
      "customer services",
      "technical support",
      "tech support",
      "customer care",
      "client support",
      "product support",
    ],
    ic: {
      specialist: "Customer Support Specialist",
      engineer: "Support Engineer",
    },
  },
  product: {
    label: "Product",
    department: "Product",
    chief: "CPO",
    phrases: [
      "product",
      "products",
      "product management",
      "product development",
      "product strategy",
      "product operations",
      "product ops",
    ],
  },
  design: {
    label: "Design",
    department: "Design",
    phrases: [
      "design",
      "ux",
      "ui",
      "ui ux",
      "ux ui",
      "user experience",
      "user interface",
      "product design",
      "graphic design",
      "visual design",
      "creative",
      "brand design",
      "interaction design",
      "ux research",
      "user research",
    ],
    ic: { designer: "Designer", specialist: "Designer" },
  },
  data: {
    label: "Data",
    department: "Data",
    chief: "CDO",
    phrases: [
      "data",
      "analytics",
      "data science",
      "data analytics",
      "data engineering",
      "business intelligence",
      "bi",
      "machine learning",
      "ml",
      "ai",
      "artificial intelligence",
      "insights",
      "data and analytics",
      "reporting",
    ],
    ic: { developer: "Data Engineer" },
  },
  legal: {
    label: "Legal",
    department: "Legal",
    chief: "CLO",
    phrases: [
      "legal",
      "compliance",
      "legal affairs",
      "contracts",
      "privacy",
      "regulatory",
      "regulatory affairs",
      "risk and compliance",
      "governance",
      "ethics and compliance",
    ],
  },
  administration: {
    label: "Administration",
    department: "Administrative",
    phrases: ["administration", "administrative", "admin", "office"],
  },
  strategy: {
    label: "Strategy",
    department: "Operations",
    phrases: [
      "strategy",
      "corporate strategy",
      "strategic planning",
      "business strategy",
      "transformation",
      "business transformation",
      "innovation",
      "digital transformation",
    ],
  },
  research: {
    label: "Research",
    department: "Research",
    phrases: ["research", "scientific"],
  },
  consulting: {
    label: "Consulting",
    department: "Consulting",
    phrases: ["consulting", "advisory"],
  },
  training: {
    label: "Training",
    department: "Education",
    phrases: ["training", "education", "instructional design"],
  },
  medical: {
    label: "Medical",
    department: "Medical",
    phrases: ["medical", "clinical", "nursing", "medical affairs"],
  },
};

export interface CsuiteDef {
  role: string;
  department: Department | null;
  phrases: string[];
}

// Acronyms are specific: a CRO is never a CEO, and acronyms that mean two
// things (CPO, CSO, CDO, CCO) keep no department unless spelled out.
export const CSUITE: CsuiteDef[] = [
  {
    role: "CEO",
    department: "Executive",
    phrases: [
      "ceo",
      "c e o",
      "chief executive officer",
      "chief executive",
      "chief exec",
      "chief executive director",
    ],
  },
  {
    role: "CFO",
    department: "Finance",
    phrases: [
      "cfo",
      "c f o",
      "chief financial officer",
      "chief finance officer",
      "chief financial",
    ],
  },
  {
    role: "CTO",
    department: "Engineering",
    phrases: [
      "cto",
      "c t o",
      "chief technology officer",
      "chief technical officer",
      "chief technologist",
      "chief technology",
    ],
  },
  {
    role: "CIO",
    department: "IT",
    phrases: [
      "cio",
      "c i o",
      "chief information officer",
      "chief information technology officer",
      "chief it officer",
    ],
  },
  {
    role: "COO",
    department: "Operations",
    phrases: [
      "coo",
      "c o o",
      "chief operating officer",
      "chief operations officer",
      "chief operation officer",
    ],
  },
  {
    role: "CMO",
    department: "Marketing",
    phrases: ["cmo", "c m o", "chief marketing officer", "chief marketing"],
  },
  {
    role: "CRO",
    department: "Sales",
    phrases: [
      "cro",
      "c r o",
      "chief revenue officer",
      "chief revenue",
      "chief revenue growth officer",
    ],
  },
  {
    role: "CISO",
    department: "IT",
    phrases: [
      "ciso",
      "chief information security officer",
      "chief security officer",
      "chief cybersecurity officer",
      "chief cyber security officer",
    ],
  },
  {
    role: "CHRO",
    department: "Human Resources",
    phrases: [
      "chro",
      "chief human resources officer",
      "chief human resource officer",
      "chief people officer",
      "chief people and culture officer",
      "chief talent officer",
      "chief hr officer",
    ],
  },
  {
    role: "CPO",
    department: "Product",
    phrases: ["chief product officer"],
  },
  { role: "CPO", department: null, phrases: ["cpo"] },
  { role: "CDO", department: "Data", phrases: ["chief data officer"] },
  { role: "CDO", department: null, phrases: ["cdo"] },
  {
    role: "CCO",
    department: "Customer Success",
    phrases: ["chief customer officer", "chief customer success officer"],
  },
  { role: "CCO", department: null, phrases: ["cco"] },
  { role: "CSO", department: null, phrases: ["cso"] },
  {
    role: "Chief Commercial Officer",
    department: "Sales",
    phrases: ["chief commercial officer"],
  },
  {
    role: "Chief Sales Officer",
    department: "Sales",
    phrases: ["chief sales officer"],
  },
  {
    role: "Chief Strategy Officer",
    department: "Operations",
    phrases: ["chief strategy officer", "chief strategic officer"],
  },
  {
    role: "Chief Medical Officer",
    department: "Medical",
    phrases: ["chief medical officer"],
  },
  {
    role: "Chief Scientific Officer",
    department: "Research",
    phrases: ["chief scientific officer", "chief science officer"],
  },
  {
    role: "CAO",
    department: "Finance",
    phrases: ["chief accounting officer", "cao"],
  },
  {
    role: "CLO",
    department: "Legal",
    phrases: ["chief legal officer", "clo"],
  },
  {
    role: "Chief Compliance Officer",
    department: "Legal",
    phrases: ["chief compliance officer"],
  },
  {
    role: "Chief Digital Officer",
    department: null,
    phrases: ["chief digital officer"],
  },
  {
    role: "Chief Growth Officer",
    department: null,
    phrases: ["chief growth officer"],
  },
  {
    role: "Chief Business Officer",
    department: "Sales",
    phrases: ["chief business officer", "cbo"],
  },
  {
    role: "Chief AI Officer",
    department: "Data",
    phrases: ["chief ai officer", "chief artificial intelligence officer"],
  },
];

export interface RoleDef {
  role: string;
  department: Department | null;
  seniority: Seniority | null;
  /** Function used when a level word joins the role ("AE Manager"). */
  fn?: FunctionKey;
  phrases: string[];
  /** Owner-level roles yield to any functional role in the same title. */
  executive?: boolean;
  /** Executive roles whose department follows the title's function. */
  takesFunction?: boolean;
}

const IC: Seniority = "Individual Contributor";

export const ROLES: RoleDef[] = [
  {
    role: "Account Executive",
    department: "Sales",
    seniority: IC,
    fn: "sales",
    phrases: [
      "account executive",
      "account exec",
      "ae",
      "sales executive",
      "account executive ae",
    ],
  },
  {
    role: "SDR",
    department: "Sales",
    seniority: IC,
    fn: "salesDevelopment",
    phrases: [
      "sdr",
      "bdr",
      "mdr",
      "sales development representative",
      "sales development rep",
      "sales development associate",
      "sales development specialist",
      "sales development executive",
      "business development representative",
      "business development rep",
      "business development associate",
      "lead development representative",
      "market development representative",
      "inbound sales development representative",
      "outbound sales development representative",
    ],
  },
  {
    role: "Account Manager",
    department: "Sales",
    seniority: null,
    fn: "accountManagement",
    phrases: [
      "account manager",
      "key account manager",
      "kam",
      "client manager",
      "account mgr",
    ],
  },
  {
    role: "Partner Manager",
    department: "Sales",
    seniority: null,
    fn: "partnerships",
    phrases: [
      "partner manager",
      "partner account manager",
      "partner success manager",
      "partner sales manager",
      "partner development manager",
    ],
  },
  {
    role: "Customer Success Manager",
    department: "Customer Success",
    seniority: null,
    fn: "customerSuccess",
    phrases: [
      "customer success manager",
      "csm",
      "client success manager",
      "customer success mgr",
    ],
  },
  {
    role: "Technical Account Manager",
    department: "Customer Success",
    seniority: null,
    fn: "customerSuccess",
    phrases: ["technical account manager", "tam"],
  },
  {
    role: "Product Manager",
    department: "Product",
    seniority: null,
    fn: "product",
    phrases: [
      "product manager",
      "product mgr",
      "product owner",
      "apm",
      "pm",
      "technical product manager",
      "product lead",
    ],
  },
  {
    role: "Project Manager",
    department: "Operations",
    seniority: null,
    fn: "projects",
    phrases: ["project manager", "project mgr", "project lead"],
  },
  {
    role: "Program Manager",
    department: "Operations",
    seniority: null,
    fn: "projects",
    phrases: [
      "program manager",
      "programme manager",
      "technical program manager",
      "tpm",
    ],
  },
  {
    role: "Software Engineer",
    department: "Engineering",
    seniority: IC,
    fn: "engineering",
    phrases: [
      "software engineer",
      "software developer",
      "software development engineer",
      "sde",
      "swe",
      "full stack engineer",
      "full stack developer",
      "fullstack engineer",
      "fullstack developer",
      "backend engineer",
      "back end engineer",
      "backend developer",
      "back end developer",
      "frontend engineer",
      "front end engineer",
      "frontend developer",
      "front end developer",
      "web developer",
      "web engineer",
      "application developer",
      "applications developer",
      "application engineer",
      "mobile developer",
      "mobile engineer",
      "ios developer",
      "ios engineer",
      "android developer",
      "android engineer",
      "programmer",
      "software programmer",
      "computer programmer",
      "coder",
      "member of technical staff",
      "mts",
      "founding engineer",
      "product engineer",
      "platform engineer",
    ],
  },
  {
    role: "Accountant",
    department: "Finance",
    seniority: IC,
    fn: "accounting",
    phrases: [
      "accountant",
      "staff accountant",
      "cpa",
      "chartered accountant",
      "certified public accountant",
      "general ledger accountant",
      "cost accountant",
      "tax accountant",
    ],
  },
  {
    role: "Bookkeeper",
    department: "Finance",
    seniority: IC,
    fn: "accounting",
    phrases: ["bookkeeper", "book keeper"],
  },
  {
    role: "Controller",
    department: "Finance",
    seniority: null,
    fn: "finance",
    phrases: [
      "controller",
      "financial controller",
      "comptroller",
      "finance controller",
    ],
  },
  {
    role: "System Administrator",
    department: "IT",
    seniority: IC,
    fn: "it",
    phrases: [
      "system administrator",
      "systems administrator",
      "sysadmin",
      "sys admin",
      "system admin",
      "systems admin",
      "it administrator",
      "it admin",
      "linux administrator",
      "windows administrator",
      "server administrator",
      "linux system administrator",
    ],
  },
  {
    role: "Network Administrator",
    department: "IT",
    seniority: IC,
    fn: "it",
    phrases: ["network administrator", "network admin"],
  },
  {
    role: "Database Administrator",
    department: "IT",
    seniority: IC,
    fn: "it",
    phrases: ["database administrator", "dba", "database admin"],
  },
  {
    role: "Recruiter",
    department: "Human Resources",
    seniority: IC,
    fn: "hr",
    phrases: [
      "recruiter",
      "technical recruiter",
      "talent acquisition specialist",
      "talent acquisition partner",
      "talent partner",
      "sourcer",
      "talent sourcer",
      "recruitment consultant",
    ],
  },
  {
    role: "HR Business Partner",
    department: "Human Resources",
    seniority: IC,
    fn: "hr",
    phrases: [
      "hr business partner",
      "hrbp",
      "people partner",
      "human resources business partner",
      "people business partner",
    ],
  },
  {
    role: "Sales Engineer",
    department: "Sales",
    seniority: IC,
    fn: "salesEngineering",
    phrases: [
      "sales engineer",
      "solutions engineer",
      "solution engineer",
      "pre sales engineer",
      "presales engineer",
      "solutions consultant",
      "solution consultant",
      "pre sales consultant",
      "presales consultant",
    ],
  },
  {
    role: "Solutions Architect",
    department: "Engineering",
    seniority: IC,
    fn: "engineering",
    phrases: ["solutions architect", "solution architect"],
  },
  {
    role: "Business Analyst",
    department: "Operations",
    seniority: IC,
    fn: "operations",
    phrases: ["business analyst", "business systems analyst"],
  },
  {
    role: "Executive Assistant",
    department: "Administrative",
    seniority: IC,
    fn: "administration",
    phrases: ["executive assistant", "personal assistant", "ea", "pa"],
  },
  {
    role: "Administrative Assistant",
    department: "Administrative",
    seniority: IC,
    fn: "administration",
    phrases: [
      "administrative assistant",
      "admin assistant",
      "office assistant",
      "office administrator",
      "receptionist",
    ],
  },
  {
    role: "Office Manager",
    department: "Administrative",
    seniority: null,
    fn: "administration",
    phrases: ["office manager"],
  },
  {
    role: "Copywriter",
    department: "Marketing",
    seniority: IC,
    fn: "marketing",
    phrases: ["copywriter", "copy writer", "content writer"],
  },
  {
    role: "Technical Writer",
    department: "Engineering",
    seniority: IC,
    fn: "engineering",
    phrases: ["technical writer", "documentation writer"],
  },
  {
    role: "General Counsel",
    department: "Legal",
    seniority: null,
    fn: "legal",
    phrases: [
      "general counsel",
      "legal counsel",
      "corporate counsel",
      "counsel",
      "in house counsel",
    ],
  },
  {
    role: "Attorney",
    department: "Legal",
    seniority: IC,
    fn: "legal",
    phrases: ["attorney", "lawyer", "solicitor", "paralegal"],
  },
  {
    role: "Chief of Staff",
    department: "Executive",
    seniority: null,
    phrases: ["chief of staff"],
  },
  {
    role: "Founder",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    phrases: [
      "founder",
      "co founder",
      "cofounder",
      "founding partner",
      "founder and owner",
    ],
  },
  {
    role: "Owner",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    phrases: ["owner", "co owner", "business owner", "proprietor"],
  },
  {
    role: "President",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    takesFunction: true,
    phrases: ["president"],
  },
  {
    role: "Chairman",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    phrases: [
      "chairman",
      "chairwoman",
      "chairperson",
      "chair",
      "executive chairman",
      "chairman of the board",
    ],
  },
  {
    role: "Board Member",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    phrases: [
      "board member",
      "board director",
      "non executive director",
      "member of the board",
      "board of directors",
      "advisory board member",
    ],
  },
  {
    role: "Managing Director",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    takesFunction: true,
    phrases: [
      "managing director",
      "geschaftsfuhrer",
      "geschaeftsfuehrer",
      "geschaftsfuhrerin",
      "directeur general",
      "director general",
    ],
  },
  {
    role: "Managing Partner",
    department: "Executive",
    seniority: "C-Level",
    executive: true,
    phrases: ["managing partner", "general partner", "senior partner"],
  },
  {
    role: "Partner",
    department: null,
    seniority: "C-Level",
    executive: true,
    takesFunction: true,
    phrases: ["partner", "equity partner"],
  },
  {
    role: "General Manager",
    department: "Executive",
    seniority: null,
    executive: true,
    takesFunction: true,
    phrases: ["general manager", "gm"],
  },
];

export const LEVEL_PHRASES: Record<Level, string[]> = {
  VP: [
    "vp",
    "v p",
    "vice president",
    "vice pres",
    "vicepresident",
    "vice presidente",
    "vicepresidente",
    "svp",
    "s v p",
    "evp",
    "e v p",
    "avp",
    "gvp",
    "rvp",
    "executive vice president",
    "exec vice president",
    "executive vp",
    "exec vp",
  ],
  Head: ["head", "global head", "head honcho"],
  Director: [
    "director",
    "dir",
    "directeur",
    "direktor",
    "directora",
    "directrice",
    "executive director",
  ],
  Manager: ["manager", "mgr", "mngr", "manger", "supervisor", "team manager"],
  TeamLead: ["team lead", "team leader", "teamlead", "squad lead"],
  // "Sales Lead": only read as a level when no noun follows ("Lead Engineer").
  Lead: [],
};

export const LEVEL_RANK: Record<Level, number> = {
  VP: 5,
  Head: 4,
  Director: 3,
  Manager: 2,
  TeamLead: 1,
  Lead: 0,
};

export const LEVEL_SENIORITY: Record<Level, Seniority | null> = {
  VP: "VP",
  // "Head of" spans VP to team lead depending on company size.
  Head: null,
  Director: "Director",
  Manager: "Manager",
  TeamLead: "Manager",
  Lead: null,
};

export interface NounDef {
  cls: NounClass;
  label: string;
}

export const NOUNS: Record<string, NounDef> = {
  specialist: { cls: "specialist", label: "Specialist" },
  coordinator: { cls: "specialist", label: "Coordinator" },
  associate: { cls: "specialist", label: "Associate" },
  assistant: { cls: "specialist", label: "Assistant" },
  generalist: { cls: "specialist", label: "Generalist" },
  officer: { cls: "specialist", label: "Officer" },
  representative: { cls: "specialist", label: "Representative" },
  rep: { cls: "specialist", label: "Representative" },
  agent: { cls: "specialist", label: "Agent" },
  advisor: { cls: "specialist", label: "Advisor" },
  adviser: { cls: "specialist", label: "Advisor" },
  executive: { cls: "executive", label: "Executive" },
  analyst: { cls: "analyst", label: "Analyst" },
  engineer: { cls: "engineer", label: "Engineer" },
  developer: { cls: "developer", label: "Developer" },
  dev: { cls: "developer", label: "Developer" },
  scientist: { cls: "scientist", label: "Scientist" },
  administrator: { cls: "administrator", label: "Administrator" },
  consultant: { cls: "consultant", label: "Consultant" },
  designer: { cls: "designer", label: "Designer" },
  architect: { cls: "architect", label: "Architect" },
  recruiter: { cls: "recruiter", label: "Recruiter" },
  intern: { cls: "intern", label: "Intern" },
  internship: { cls: "intern", label: "Intern" },
  trainee: { cls: "intern", label: "Intern" },
  apprentice: { cls: "intern", label: "Intern" },
  "working student": { cls: "intern", label: "Intern" },
  werkstudent: { cls: "intern", label: "Intern" },
  writer: { cls: "writer", label: "Writer" },
  strategist: { cls: "strategist", label: "Strategist" },
  technician: { cls: "technician", label: "Technician" },
  auditor: { cls: "specialist", label: "Auditor" },
};

/** Names used when a noun stands without a function ("Senior Developer"). */
export const BARE_NOUN_ROLES: Partial<Record<NounClass, string>> = {
  developer: "Software Engineer",
  executive: "",
};

export const NOUN_DEPARTMENT: Partial<Record<NounClass, Department>> = {
  developer: "Engineering",
  engineer: "Engineering",
  architect: "Engineering",
  designer: "Design",
  recruiter: "Human Resources",
};

/** Words that soften or qualify but never decide a role on their own. */
export const MODIFIERS = [
  "senior",
  "sr",
  "snr",
  "junior",
  "jr",
  "principal",
  "staff",
  "deputy",
  "interim",
  "acting",
  "fractional",
  "lead",
  "vice",
  "first",
  "chief",
];

/** Words after which the rest of a title names a company or a person. */
export const CUT_WORDS = ["at", "@", "to"];

/** Separators between two roles held at once: "Co-founder & CTO". */
export const SEPARATORS = ["and", "/", "|"];
