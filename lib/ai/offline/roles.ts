import {
  normalizeCountry,
  normalizeState,
  type Seniority,
} from "@/lib/taxonomy";

import { COMPANY_NOUNS } from "./industries";
import {
  claim,
  clauseBreak,
  PhraseIndex,
  pluralPhrase,
  type Claims,
  type Token,
} from "./text";

/**
 * Role phrases: who the ICP sells to. Titles are built here in plain form
 * ("VP Operations", "Head of Finance") and canonicalised by the taxonomy's
 * title parser, which also supplies their seniority and department.
 */

/** Business functions as they appear inside titles, with display form. */
const FUNCTIONS: [string, string[]][] = [
  ["Sales", ["sales", "selling"]],
  ["Inside Sales", ["inside sales"]],
  ["Field Sales", ["field sales"]],
  ["Sales Operations", ["sales operations", "sales ops"]],
  ["Sales Enablement", ["sales enablement", "enablement"]],
  ["Sales Development", ["sales development"]],
  ["Business Development", ["business development", "biz dev", "bizdev"]],
  ["Revenue", ["revenue"]],
  ["Revenue Operations", ["revenue operations", "revops", "rev ops"]],
  ["Marketing", ["marketing"]],
  ["Product Marketing", ["product marketing"]],
  ["Growth Marketing", ["growth marketing"]],
  ["Digital Marketing", ["digital marketing"]],
  ["Content Marketing", ["content marketing"]],
  ["Field Marketing", ["field marketing"]],
  ["Performance Marketing", ["performance marketing"]],
  ["Marketing Operations", ["marketing operations", "marketing ops"]],
  ["Demand Generation", ["demand generation", "demand gen"]],
  ["Growth", ["growth"]],
  ["Brand", ["brand"]],
  ["Content", ["content"]],
  ["Communications", ["communications", "comms", "corporate communications"]],
  ["PR", ["pr", "public relations"]],
  ["Partnerships", ["partnerships", "alliances", "channel"]],
  ["Account Management", ["account management"]],
  ["Customer Success", ["customer success"]],
  ["Customer Support", ["customer support", "support"]],
  ["Customer Service", ["customer service", "customer care"]],
  ["Customer Experience", ["customer experience", "cx"]],
  ["Engineering", ["engineering"]],
  ["Software Engineering", ["software engineering"]],
  ["Software", ["software"]],
  ["Platform", ["platform", "platform engineering"]],
  ["Infrastructure", ["infrastructure", "infra"]],
  ["DevOps", ["devops", "dev ops"]],
  ["Cloud", ["cloud"]],
  ["Site Reliability", ["site reliability"]],
  ["QA", ["qa", "quality assurance"]],
  ["Quality", ["quality"]],
  ["Product", ["product", "product management"]],
  ["Design", ["design", "product design", "ux", "user experience"]],
  ["Data", ["data"]],
  ["Data Science", ["data science"]],
  ["Data Engineering", ["data engineering"]],
  ["Analytics", ["analytics", "business intelligence", "bi"]],
  ["IT", ["it", "information technology"]],
  ["IT Operations", ["it operations", "it ops"]],
  [
    "Security",
    [
      "security",
      "it security",
      "information security",
      "infosec",
      "cybersecurity",
      "cyber security",
      "cyber",
    ],
  ],
  ["Technology", ["technology", "tech"]],
  ["Innovation", ["innovation"]],
  ["Digital", ["digital"]],
  ["Digital Transformation", ["digital transformation", "transformation"]],
  ["Strategy", ["strategy", "corporate strategy"]],
  ["Research", ["research"]],
  ["R&D", ["r and d", "research and development"]],
  ["Lab", ["lab", "laboratory"]],
  ["Development", ["development", "fundraising"]],
  [
    "HSE",
    ["hse", "ehs", "health and safety", "environmental health and safety"],
  ],
  ["Safety", ["safety"]],
  ["Finance", ["finance", "financial"]],
  ["Accounting", ["accounting"]],
  ["FP&A", ["fp and a", "financial planning and analysis"]],
  ["Treasury", ["treasury"]],
  ["Tax", ["tax"]],
  ["Payroll", ["payroll"]],
  ["Audit", ["audit", "internal audit"]],
  ["Risk", ["risk", "risk management"]],
  ["Compliance", ["compliance"]],
  ["Regulatory Affairs", ["regulatory affairs", "regulatory"]],
  ["Legal Operations", ["legal operations", "legal ops"]],
  ["Revenue Cycle", ["revenue cycle"]],
  ["Investor Relations", ["investor relations", "ir"]],
  ["Legal", ["legal"]],
  ["HR", ["hr", "human resources"]],
  ["People", ["people", "people operations", "people ops"]],
  ["Talent Acquisition", ["talent acquisition", "talent"]],
  ["Recruiting", ["recruiting", "recruitment"]],
  ["Learning and Development", ["learning and development", "l and d"]],
  ["Training", ["training"]],
  ["Total Rewards", ["total rewards", "compensation and benefits"]],
  ["Operations", ["operations", "ops"]],
  ["Business Operations", ["business operations", "bizops", "biz ops"]],
  ["Procurement", ["procurement", "purchasing", "sourcing"]],
  ["Supply Chain", ["supply chain"]],
  ["Logistics", ["logistics"]],
  ["Facilities", ["facilities", "facility"]],
  ["Manufacturing", ["manufacturing"]],
  ["Production", ["production"]],
  ["Plant", ["plant"]],
  ["Fleet", ["fleet"]],
  ["Ecommerce", ["ecommerce", "e commerce", "digital commerce"]],
  ["Merchandising", ["merchandising"]],
  ["Category", ["category"]],
  ["Clinical", ["clinical"]],
  ["Nursing", ["nursing", "nurse"]],
  ["Medical", ["medical"]],
  ["Pharmacy", ["pharmacy"]],
  ["Admissions", ["admissions"]],
  ["Office", ["office"]],
  ["Practice", ["practice"]],
  ["Store", ["store"]],
  ["Project", ["project"]],
  ["Program", ["program", "programme"]],
  ["Account", ["account"]],
  ["Solutions", ["solutions"]],
  ["Network", ["network", "networking"]],
  ["Systems", ["systems"]],
  ["Database", ["database"]],
  ["Machine Learning", ["machine learning", "ml"]],
  ["AI", ["ai", "artificial intelligence"]],
];

export const functionIndex = new PhraseIndex<string>();
for (const [display, phrases] of FUNCTIONS) {
  for (const p of phrases) {
    // Two-letter function acronyms are read only in capitals ("IT", "HR").
    const short = p.length <= 2 && !p.includes(" ");
    functionIndex.addPhrase(short ? p.toUpperCase() : p, display, {
      exact: short,
    });
  }
}

type Head = {
  /** How a title is built from a function: "{F}" is replaced. */
  before: string;
  after: string;
};

/** Heads written before the function: "VP of Sales", "heads of finance". */
const PRE_HEADS: [string[], Head][] = [
  [
    ["vp", "vice president", "vice-president", "vice pres"],
    { before: "VP {F}", after: "VP {F}" },
  ],
  [["svp", "senior vice president"], { before: "SVP {F}", after: "SVP {F}" }],
  [
    ["evp", "executive vice president"],
    { before: "EVP {F}", after: "EVP {F}" },
  ],
  [["avp", "assistant vice president"], { before: "VP {F}", after: "VP {F}" }],
  [["head", "global head"], { before: "Head of {F}", after: "Head of {F}" }],
  [
    ["director", "senior director", "sr director"],
    { before: "Director of {F}", after: "{F} Director" },
  ],
  [
    ["manager", "senior manager", "sr manager"],
    { before: "{F} Manager", after: "{F} Manager" },
  ],
  [["lead"], { before: "{F} Lead", after: "{F} Lead" }],
];

/** Heads written after the function: "Marketing managers", "IT engineers". */
const POST_HEADS: [string[], string][] = [
  [["vp", "vice president"], "VP {F}"],
  [["svp"], "SVP {F}"],
  [["head"], "Head of {F}"],
  [["director", "senior director"], "{F} Director"],
  [["manager", "senior manager"], "{F} Manager"],
  [["lead", "team lead"], "{F} Lead"],
  [["engineer"], "{F} Engineer"],
  [["analyst"], "{F} Analyst"],
  [["specialist"], "{F} Specialist"],
  [["coordinator"], "{F} Coordinator"],
  [["administrator", "admin"], "{F} Administrator"],
  [["representative", "rep"], "{F} Representative"],
  [["associate"], "{F} Associate"],
  [["consultant"], "{F} Consultant"],
  [["architect"], "{F} Architect"],
  [["scientist"], "{F} Scientist"],
  [["designer"], "{F} Designer"],
  [["developer"], "{F} Developer"],
  [["strategist"], "{F} Strategist"],
  [["planner"], "{F} Planner"],
  [["buyer"], "{F} Buyer"],
  [["officer"], "{F} Officer"],
  [["business partner"], "{F} Business Partner"],
  [["generalist"], "{F} Generalist"],
  [["supervisor"], "{F} Supervisor"],
  [["superintendent"], "{F} Superintendent"],
  [["technician"], "{F} Technician"],
  [["lead"], "{F} Lead"],
  [["recruiter"], "{F} Recruiter"],
  [["accountant"], "{F} Accountant"],
  [["controller"], "{F} Controller"],
  [["counsel"], "{F} Counsel"],
];

/** Seniority groups named by a word rather than a title. */
type Group = { seniorities: Seniority[]; withFunction?: Seniority[] };

const LEADERS: Group = {
  seniorities: ["C-Level", "VP"],
  withFunction: ["VP", "Director"],
};
const DECISION_MAKERS: Group = {
  seniorities: ["C-Level", "VP", "Director"],
};
const EXECUTIVES: Group = { seniorities: ["C-Level", "VP"] };
/** Words that name a team, not a level: "finance teams". */
const TEAM: Group = { seniorities: [] };

const GROUP_WORDS: [string[], Group][] = [
  [
    [
      "leader",
      "leadership",
      "leadership team",
      "senior leader",
      "senior leadership",
      "executive leadership",
      "leadership roles",
    ],
    LEADERS,
  ],
  [
    ["decision maker", "decision-maker", "key decision maker", "buyer persona"],
    DECISION_MAKERS,
  ],
  [["executive", "exec", "senior executive", "top executive"], EXECUTIVES],
  [
    [
      "team",
      "department",
      "dept",
      "org",
      "organization",
      "organisation",
      "function",
      "professional",
      "staff",
      "personnel",
      "practitioner",
      "role",
      "group",
      "people",
      "folks",
    ],
    TEAM,
  ],
];

/** A title that stands alone, with no function needed. */
type RolePhrase =
  | { kind: "title"; title: string }
  | { kind: "group"; seniorities: Seniority[]; department?: string };

const C_SUITE: [string, string][] = [
  ["CEO", "CEO"],
  ["CFO", "CFO"],
  ["CTO", "CTO"],
  ["CIO", "CIO"],
  ["CMO", "CMO"],
  ["COO", "COO"],
  ["CRO", "CRO"],
  ["CISO", "CISO"],
  ["CSO", "CSO"],
  ["CPO", "CPO"],
  ["CHRO", "CHRO"],
  ["CDO", "CDO"],
  ["CCO", "CCO"],
  ["CAO", "CAO"],
  ["CLO", "CLO"],
  ["CPTO", "CPTO"],
  ["CGO", "CGO"],
  ["CXO", "CXO"],
];

const STANDALONE_TITLES: [string[], string][] = [
  [["founder", "founding member"], "Founder"],
  [["co founder", "cofounder"], "Co-Founder"],
  [["owner", "business owner", "company owner", "shop owner"], "Owner"],
  [["president"], "President"],
  [["partner", "senior partner", "equity partner"], "Partner"],
  [["executive director"], "Executive Director"],
  [["estimator"], "Estimator"],
  [["registrar"], "Registrar"],
  [["bursar"], "Bursar"],
  [["underwriter"], "Underwriter"],
  [["actuary"], "Actuary"],
  [["claims adjuster", "adjuster"], "Claims Adjuster"],
  [["franchisee", "franchise owner"], "Franchise Owner"],
  [["auditor"], "Auditor"],
  [["technician"], "Technician"],
  [["dispatcher"], "Dispatcher"],
  [["merchandiser"], "Merchandiser"],
  [["project executive"], "Project Executive"],
  [["broker", "managing broker", "real estate broker"], "Broker"],
  [["principal engineer"], "Principal Engineer"],
  [["general manager", "gm"], "General Manager"],
  [["managing director"], "Managing Director"],
  [["managing partner"], "Managing Partner"],
  [["general counsel"], "General Counsel"],
  [["chief of staff"], "Chief of Staff"],
  [["controller", "comptroller", "financial controller"], "Controller"],
  [["recruiter", "technical recruiter"], "Recruiter"],
  [["account executive", "ae"], "Account Executive"],
  [
    ["sdr", "sales development rep", "sales development representative"],
    "Sales Development Representative",
  ],
  [
    ["bdr", "business development rep", "business development representative"],
    "Business Development Representative",
  ],
  [["sales rep", "salesperson", "sales person"], "Sales Representative"],
  [["account manager", "am"], "Account Manager"],
  [["csm", "customer success manager"], "Customer Success Manager"],
  [["product manager", "pm"], "Product Manager"],
  [["product owner"], "Product Owner"],
  [["project manager"], "Project Manager"],
  [["program manager"], "Program Manager"],
  [["software engineer", "software developer"], "Software Engineer"],
  [["developer", "dev"], "Developer"],
  [["engineer"], "Engineer"],
  [["analyst"], "Analyst"],
  [["data scientist"], "Data Scientist"],
  [["data engineer"], "Data Engineer"],
  [["data analyst"], "Data Analyst"],
  [["devops engineer"], "DevOps Engineer"],
  [["sre", "site reliability engineer"], "Site Reliability Engineer"],
  [["solutions engineer", "solution engineer"], "Solutions Engineer"],
  [["sales engineer"], "Sales Engineer"],
  [["solutions architect", "solution architect"], "Solutions Architect"],
  [["engineering manager", "em"], "Engineering Manager"],
  [["accountant", "cpa"], "Accountant"],
  [["bookkeeper"], "Bookkeeper"],
  [["attorney", "lawyer"], "Attorney"],
  [["paralegal"], "Paralegal"],
  [["office manager"], "Office Manager"],
  [["practice manager"], "Practice Manager"],
  [["store manager"], "Store Manager"],
  [["plant manager"], "Plant Manager"],
  [["fleet manager"], "Fleet Manager"],
  [["facilities manager", "facility manager"], "Facilities Manager"],
  [["category manager"], "Category Manager"],
  [["brand manager"], "Brand Manager"],
  [["system administrator", "sysadmin", "sys admin"], "System Administrator"],
  [["dba", "database administrator"], "Database Administrator"],
  [["physician", "doctor"], "Physician"],
  [["nurse"], "Nurse"],
  [["pharmacist"], "Pharmacist"],
  [["dentist"], "Dentist"],
  [["teacher"], "Teacher"],
  [["principal"], "Principal"],
  [["superintendent"], "Superintendent"],
  [["professor"], "Professor"],
  [["dean"], "Dean"],
  [["copywriter"], "Copywriter"],
  [["designer"], "Designer"],
  [["architect"], "Architect"],
  [["consultant"], "Consultant"],
  [["marketer"], "Marketer"],
  [["growth marketer"], "Growth Marketer"],
  [["performance marketer"], "Performance Marketer"],
  [["hr business partner", "hrbp"], "HR Business Partner"],
  [["procurement officer"], "Procurement Officer"],
  [["compliance officer"], "Compliance Officer"],
  [["data protection officer", "dpo"], "Data Protection Officer"],
  [["chief executive"], "CEO"],
  [["chief executive officer"], "CEO"],
  [["chief financial officer"], "CFO"],
  [["chief technology officer", "chief technical officer"], "CTO"],
  [["chief information officer"], "CIO"],
  [["chief marketing officer"], "CMO"],
  [["chief operating officer"], "COO"],
  [["chief revenue officer"], "CRO"],
  [["chief information security officer"], "CISO"],
  [["chief security officer"], "CSO"],
  [["chief product officer"], "CPO"],
  [["chief people officer"], "Chief People Officer"],
  [["chief human resources officer", "chief hr officer"], "CHRO"],
  [["chief data officer"], "CDO"],
  [["chief digital officer"], "Chief Digital Officer"],
  [["chief customer officer"], "Chief Customer Officer"],
  [["chief commercial officer"], "Chief Commercial Officer"],
  [["chief compliance officer"], "Chief Compliance Officer"],
  [["chief legal officer"], "CLO"],
  [["chief growth officer"], "Chief Growth Officer"],
  [["chief strategy officer"], "Chief Strategy Officer"],
  [["chief medical officer"], "Chief Medical Officer"],
  [["chief nursing officer"], "Chief Nursing Officer"],
  [["chief sales officer"], "Chief Sales Officer"],
  [["chief procurement officer"], "Chief Procurement Officer"],
  [["chief risk officer"], "Chief Risk Officer"],
  [["chief accounting officer"], "CAO"],
  [["chief innovation officer"], "Chief Innovation Officer"],
  [["chief supply chain officer"], "Chief Supply Chain Officer"],
  [["chief experience officer"], "Chief Experience Officer"],
];

/** Departments of titles the title parser leaves without one. */
export const TITLE_DEPARTMENTS: Record<string, string> = {
  Marketer: "Marketing",
  "Growth Marketer": "Marketing",
  "Performance Marketer": "Marketing",
  Copywriter: "Marketing",
  Broker: "Sales",
};

/** Short forms that are ordinary words in lower case ("am", "pm", "dev"). */
const CAPS_ONLY = new Set(["ae", "am", "pm", "em", "gm", "dpo"]);

const C_LEVEL: Seniority[] = ["C-Level"];

const GROUP_PHRASES: [string[], Seniority[]][] = [
  [
    [
      "c suite",
      "c level",
      "c-suite executive",
      "c level executive",
      "cxo",
      "cxos",
      "chief officer",
      "chief officers",
      "chief executives",
      "c suite leader",
      "c level leader",
      "board level",
    ],
    C_LEVEL,
  ],
  [
    [
      "vp level",
      "vice presidents",
      "vps",
      "vp",
      "svps",
      "evps",
      "vp and above",
      "vp plus",
    ],
    ["VP"],
  ],
  [["director level", "directors", "director"], ["Director"]],
  [
    [
      "head of department",
      "heads of department",
      "department head",
      "department heads",
      "heads",
      "function heads",
    ],
    ["VP", "Director"],
  ],
  [
    [
      "managers",
      "manager",
      "manager level",
      "middle management",
      "middle managers",
      "mid level managers",
      "line managers",
      "team leads",
      "team leaders",
      "supervisors",
      "people managers",
      "first line managers",
    ],
    ["Manager"],
  ],
  [
    [
      "individual contributors",
      "individual contributor",
      "ics",
      "practitioners",
      "hands on practitioners",
      "end users",
      "frontline staff",
      "frontline workers",
      "front line staff",
      "staff level",
    ],
    ["Individual Contributor"],
  ],
  [
    [
      "senior leadership",
      "senior leaders",
      "executive team",
      "executive leadership",
      "leadership",
      "leaders",
      "leadership team",
      "top management",
      "senior management",
      "senior executives",
      "executives",
      "execs",
      "top executives",
    ],
    ["C-Level", "VP"],
  ],
  [
    [
      "decision makers",
      "decision maker",
      "key decision makers",
      "economic buyers",
      "budget holders",
    ],
    ["C-Level", "VP", "Director"],
  ],
];

const roleIndex = new PhraseIndex<RolePhrase>();

function addRole(phrase: string, role: RolePhrase, caps = false): void {
  if (caps) {
    const upper = phrase.toUpperCase();
    roleIndex.addPhrase(upper, role, { exact: true });
    roleIndex.addPhrase(`${upper}s`, role, { exact: true });
    return;
  }
  roleIndex.addPhrase(phrase, role);
  roleIndex.addPhrase(pluralPhrase(phrase), role);
}

for (const [acronym, title] of C_SUITE) {
  addRole(acronym, { kind: "title", title });
}
for (const [phrases, title] of STANDALONE_TITLES) {
  for (const p of phrases) {
    addRole(p, { kind: "title", title }, CAPS_ONLY.has(p));
  }
}
for (const [phrases, seniorities] of GROUP_PHRASES) {
  for (const p of phrases) addRole(p, { kind: "group", seniorities });
}

const preHeadIndex = new PhraseIndex<Head>();
for (const [phrases, head] of PRE_HEADS) {
  for (const p of phrases) {
    preHeadIndex.addPhrase(p, head);
    preHeadIndex.addPhrase(pluralPhrase(p), head);
  }
}

type PostHead =
  { kind: "title"; pattern: string } | { kind: "group"; group: Group };
const postHeadIndex = new PhraseIndex<PostHead>();
for (const [phrases, pattern] of POST_HEADS) {
  for (const p of phrases) {
    postHeadIndex.addPhrase(p, { kind: "title", pattern });
    postHeadIndex.addPhrase(pluralPhrase(p), { kind: "title", pattern });
  }
}
for (const [phrases, group] of GROUP_WORDS) {
  for (const p of phrases) {
    postHeadIndex.addPhrase(p, { kind: "group", group });
    postHeadIndex.addPhrase(pluralPhrase(p), { kind: "group", group });
  }
}

export type RoleFindings = {
  /** Titles in plain form, before canonicalisation. */
  titles: string[];
  /** Seniorities named by group words ("C-suite", "decision makers"). */
  seniorities: Seniority[];
  /** Functions named without a title ("sales leaders", "finance teams"). */
  departments: string[];
};

/** One reading of the tokens starting at some index. */
type Candidate = {
  to: number;
  from: number;
  titles: string[];
  seniorities: Seniority[];
  departments: string[];
  /** Standalone phrases win ties: "account executives" is one title. */
  rank: number;
};

/**
 * Context the role reader needs from the other passes: whether a word is
 * a place or an industry, which makes it a poor title word.
 */
export type RoleContext = {
  isNotTitleWord: (word: string) => boolean;
  /** End of an industry phrase starting at i ("asset managers"), if any. */
  industryEnd: (tokens: Token[], i: number) => number | undefined;
};

const CONNECTORS = new Set(["and", "or", "plus", "&"]);

/** Whether tokens i.. continue a list: "and", "or", or a slash before i. */
function listStep(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || clauseBreak(t)) return undefined;
  if (CONNECTORS.has(t.norm)) return i + 1;
  if (/\//.test(t.before)) return i;
  return undefined;
}

function adjoining(t: Token | undefined): boolean {
  return Boolean(t && /^[\s\-–]*$/.test(t.before));
}

/** Words that never name a speciality in a title. */
const NOT_TITLE_WORDS = new Set([
  "the",
  "a",
  "an",
  "our",
  "their",
  "your",
  "its",
  "his",
  "her",
  "my",
  "we",
  "they",
  "you",
  "key",
  "top",
  "senior",
  "sr",
  "junior",
  "jr",
  "mid",
  "middle",
  "line",
  "front",
  "first",
  "new",
  "existing",
  "current",
  "potential",
  "target",
  "targeting",
  "local",
  "national",
  "global",
  "international",
  "all",
  "any",
  "other",
  "such",
  "these",
  "those",
  "most",
  "many",
  "some",
  "both",
  "each",
  "every",
  "level",
  "fast",
  "growing",
  "small",
  "large",
  "big",
  "ideal",
  "typical",
  "main",
  "primary",
  "with",
  "at",
  "in",
  "on",
  "for",
  "from",
  "by",
  "to",
  "of",
  "and",
  "or",
  "who",
  "that",
  "which",
  "whose",
  "where",
  "when",
  "are",
  "is",
  "be",
  "been",
  "was",
  "were",
  "have",
  "has",
  "had",
  "do",
  "does",
  "sell",
  "selling",
  "sells",
  "reach",
  "reaching",
  "talk",
  "talking",
  "speak",
  "speaking",
  "looking",
  "hiring",
  "want",
  "need",
  "like",
  "including",
  "include",
  "especially",
  "mainly",
  "mostly",
  "only",
  "also",
  "plus",
  "as",
  "than",
  "more",
  "less",
  "over",
  "under",
  "about",
  "around",
  "usually",
  "often",
  "typically",
  "companies",
  "firms",
  "businesses",
  "organizations",
  "organisations",
  "teams",
  "team",
  "people",
  "person",
  "employees",
  "staff",
  "etc",
  "best",
  "fit",
  "good",
  "great",
  "strong",
  "based",
  "focused",
  "driven",
  "backed",
  "funded",
  "stage",
  "series",
  "buyers",
  "buyer",
  "personas",
  "persona",
  "decision",
  "makers",
  "then",
  "not",
  "but",
  "via",
  "into",
  "across",
  "within",
  "per",
  "very",
  "really",
  "just",
  "even",
  "still",
  "well",
  "hands",
  "busy",
  "experienced",
  "skilled",
  "non",
  "any",
  "one",
  "two",
  "three",
]);

type Descriptor = { name: string; to: number; known: boolean };

/**
 * The words naming a speciality at token i: known functions ("customer
 * support") and, where `unknown` allows, other plain nouns ("claims",
 * "maintenance"), up to `max` tokens. `known` is false when any word is
 * outside the function vocabulary.
 */
function readDescriptor(
  tokens: Token[],
  i: number,
  claimed: Claims,
  ctx: RoleContext,
  unknown: number,
): Descriptor | undefined {
  const headCase = caseOfNextHead(tokens, i);
  const parts: string[] = [];
  let at = i;
  let unknownUsed = 0;
  for (;;) {
    const t = tokens[at];
    if (!t || claimed[at] || (at > i && !/^(?:\s+|[-–])$/.test(t.before))) {
      break;
    }
    // "marketing people": a word that can end a role phrase ends it here.
    if (at > i && postHeadIndex.matchAt(tokens, at, claimed)) break;
    const fn = functionIndex.matchAt(tokens, at, claimed);
    if (fn) {
      parts.push(fn.value);
      at = fn.to;
      continue;
    }
    if (
      unknownUsed < unknown &&
      /^[\p{L}][\p{L}'-]{2,}$/u.test(t.raw) &&
      casingFits(t, headCase) &&
      !NOT_TITLE_WORDS.has(t.norm) &&
      !postHeadIndex.matchAt(tokens, at, claimed) &&
      !roleIndex.matchAt(tokens, at, claimed) &&
      !ctx.isNotTitleWord(t.raw)
    ) {
      parts.push(titleCase(t.raw));
      unknownUsed++;
      at++;
      continue;
    }
    break;
  }
  if (!parts.length) return undefined;
  return { name: parts.join(" "), to: at, known: unknownUsed === 0 };
}

type Case = "upper" | "lower";

/** Whether the role noun after i ("managers", "Director") is capitalised. */
function caseOfNextHead(tokens: Token[], i: number): Case {
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (postHeadIndex.matchAt(tokens, k) || preHeadIndex.matchAt(tokens, k)) {
      return /^\p{Lu}/u.test(t.raw) ? "upper" : "lower";
    }
  }
  return "lower";
}

/**
 * A capitalised plain word belongs to a title only when the title is
 * written in title case ("Plant Managers"); before "managers" it is more
 * likely a place or a name ("Abu Dhabi revenue managers").
 */
function casingFits(t: Token, headCase: Case): boolean {
  return headCase === "upper" || !/^\p{Lu}/u.test(t.raw);
}

function titleCase(word: string): string {
  if (word !== word.toLowerCase()) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Reads "sales, marketing and product" from token i. With
 * `stopBeforeRole`, a function that starts a role phrase of its own
 * ("heads of finance, FP&A managers") ends the list.
 */
function readFunctions(
  tokens: Token[],
  i: number,
  claimed: Claims,
  ctx: RoleContext,
  opts: { stopBeforeRole?: boolean; unknown?: number } = {},
): { names: string[]; to: number; known: boolean } {
  const names: string[] = [];
  let at = i;
  let known = true;
  const unknown = opts.unknown ?? 0;
  const startsRole = (from: number) => {
    const d = readDescriptor(tokens, from, claimed, ctx, 0);
    return Boolean(
      d &&
      adjoining(tokens[d.to]) &&
      postHeadIndex.matchAt(tokens, d.to, claimed),
    );
  };
  for (;;) {
    const d = readDescriptor(tokens, at, claimed, ctx, unknown);
    if (!d) break;
    names.push(d.name);
    known &&= d.known;
    at = d.to;
    // A plain noun is read only right before its role noun, never in a list.
    if (!d.known) break;
    let nextAt = listStep(tokens, at);
    if (nextAt === undefined) {
      const next = tokens[at];
      if (next && /,/.test(next.before) && !clauseBreak(next)) nextAt = at;
    }
    // Only known functions continue a list: "VP of Claims and CFO" stops.
    if (
      nextAt === undefined ||
      !readDescriptor(tokens, nextAt, claimed, ctx, 0)
    ) {
      break;
    }
    if (opts.stopBeforeRole && startsRole(nextAt)) break;
    at = nextAt;
  }
  return { names, to: at, known };
}

function fill(pattern: string, fn: string): string {
  return pattern.replace("{F}", fn);
}

/** "VPs and directors of marketing", "heads of sales and marketing". */
function preHeadCandidate(
  tokens: Token[],
  i: number,
  claimed: Claims,
  ctx: RoleContext,
): Candidate | undefined {
  const heads: Head[] = [];
  let at = i;
  for (;;) {
    const h = preHeadIndex.matchAt(tokens, at, claimed);
    if (!h) break;
    heads.push(h.value);
    at = h.to;
    const step = listStep(tokens, at);
    if (step !== undefined && preHeadIndex.matchAt(tokens, step, claimed)) {
      at = step;
      continue;
    }
    break;
  }
  if (!heads.length) return undefined;
  const linker = tokens[at];
  const linked = Boolean(
    linker && !claimed[at] && ["of", "for"].includes(linker.norm),
  );
  const fnAt = linked ? at + 1 : at;
  if (!adjoining(tokens[fnAt])) return undefined;
  // After "of", plain nouns name the speciality too: "VP of Claims".
  const fns = readFunctions(tokens, fnAt, claimed, ctx, {
    stopBeforeRole: true,
    unknown: linked ? 2 : 0,
  });
  if (!fns.names.length) return undefined;
  const titles: string[] = [];
  for (const h of heads) {
    for (const f of fns.names) {
      titles.push(fill(linked ? h.before : h.after, f));
    }
  }
  return {
    from: i,
    to: fns.to,
    titles,
    seniorities: [],
    departments: [],
    rank: 1,
  };
}

/** An unknown acronym naming a speciality: "BIM managers", "SOC analysts". */
function acronymAt(
  tokens: Token[],
  i: number,
  claimed: Claims,
): { names: string[]; to: number; known: boolean } {
  const t = tokens[i];
  const none = { names: [], to: i, known: false };
  if (!t || claimed[i] || !/^[A-Z][A-Z0-9&]{1,4}$/.test(t.raw)) return none;
  if (normalizeCountry(t.raw) || normalizeState(t.raw)) return none;
  const next = postHeadIndex.matchAt(tokens, i + 1, claimed);
  if (!next || next.value.kind !== "title" || !adjoining(tokens[i + 1])) {
    return none;
  }
  return { names: [t.raw], to: i + 1, known: false };
}

/** "Marketing managers", "sales and marketing leaders", "plant managers". */
function postHeadCandidate(
  tokens: Token[],
  i: number,
  claimed: Claims,
  ctx: RoleContext,
): Candidate | undefined {
  let fns = readFunctions(tokens, i, claimed, ctx, { unknown: 2 });
  if (!fns.names.length) fns = acronymAt(tokens, i, claimed);
  if (!fns.names.length) return undefined;
  const posts: PostHead[] = [];
  let end = fns.to;
  for (;;) {
    if (!adjoining(tokens[end])) break;
    const p = postHeadIndex.matchAt(tokens, end, claimed);
    if (!p) break;
    posts.push(p.value);
    end = p.to;
    const step = listStep(tokens, end);
    const more =
      step !== undefined
        ? postHeadIndex.matchAt(tokens, step, claimed)
        : undefined;
    if (!more || step === undefined) break;
    // "lab managers and heads of R&D", "development directors and
    // executive directors": the next noun starts a role of its own.
    const after = tokens[more.to];
    const fn = readDescriptor(tokens, step, claimed, ctx, 0);
    const own =
      (after && ["of", "for"].includes(after.norm)) ||
      postHeadIndex.matchAt(tokens, more.to, claimed) !== undefined ||
      (roleIndex.matchAt(tokens, step, claimed)?.to ?? 0) > more.to ||
      (fn !== undefined &&
        fn.to >= more.to &&
        postHeadIndex.matchAt(tokens, fn.to, claimed) !== undefined);
    if (own) break;
    end = step;
  }
  if (!posts.length) return undefined;
  // Plain nouns qualify only job titles ("maintenance managers"), never
  // groups ("healthcare teams"), and never an industry phrase.
  if (!fns.known) {
    if (posts.some((p) => p.kind !== "title")) return undefined;
    const industryTo = ctx.industryEnd(tokens, i);
    if (industryTo !== undefined && industryTo >= end) return undefined;
  }
  const prev = tokens[i - 1];
  const senior = Boolean(prev && !claimed[i - 1] && prev.norm === "senior");
  const c: Candidate = {
    from: senior ? i - 1 : i,
    to: end,
    titles: [],
    seniorities: [],
    departments: [],
    rank: fns.known ? 0 : -1,
  };
  for (const p of posts) {
    if (p.kind === "title") {
      for (const f of fns.names) c.titles.push(fill(p.pattern, f));
      continue;
    }
    c.departments.push(...fns.names);
    const levels =
      senior && p.group.seniorities.length
        ? p.group.seniorities
        : (p.group.withFunction ?? p.group.seniorities);
    c.seniorities.push(...levels);
  }
  return c;
}

/** C-suite acronyms the title parser does not know, spelled out. */
const CHIEF_ACRONYMS: Record<string, string> = {
  CNO: "Chief Nursing Officer",
  CMIO: "Chief Medical Information Officer",
  CSCO: "Chief Supply Chain Officer",
  CAIO: "Chief AI Officer",
  CDAO: "Chief Data and Analytics Officer",
  CCXO: "Chief Customer Experience Officer",
};

/** "Chief Claims Officer", "CNOs": C-suite titles the vocabulary lacks. */
function chiefCandidate(
  tokens: Token[],
  i: number,
  claimed: Claims,
): Candidate | undefined {
  const t = tokens[i];
  if (!t || claimed[i]) return undefined;
  const make = (title: string, to: number): Candidate => ({
    from: i,
    to,
    titles: [title],
    seniorities: ["C-Level"],
    departments: [],
    rank: 1,
  });
  const acronym = /^(C[A-Z]{1,4}O)s?$/.exec(t.raw);
  if (acronym) {
    const short = acronym[1]!;
    return make(CHIEF_ACRONYMS[short] ?? short, i + 1);
  }
  if (t.norm !== "chief") return undefined;
  for (let k = i + 1; k <= i + 4; k++) {
    const w = tokens[k];
    if (!w || claimed[k] || !adjoining(w)) return undefined;
    if (w.norm === "officer" || w.norm === "officers") {
      if (k === i + 1) return undefined;
      const words = tokens.slice(i + 1, k).map((x) => titleCase(x.raw));
      return make(`Chief ${words.join(" ")} Officer`, k + 1);
    }
  }
  return undefined;
}

/** Nouns before "owners" that name a thing owned, not a business. */
const THINGS_OWNED = new Set([
  "process",
  "budget",
  "system",
  "systems",
  "service",
  "application",
  "app",
  "platform",
  "data",
  "product",
  "tech",
  "technology",
  "content",
  "tool",
  "tools",
  "stack",
  "program",
  "project",
  "risk",
  "control",
  "account",
  "relationship",
  "pipeline",
  "integration",
  "integrations",
]);

/** "founders", "CFOs", "C-suite", "decision makers in IT". */
function standaloneCandidate(
  tokens: Token[],
  i: number,
  claimed: Claims,
  ctx: RoleContext,
): Candidate | undefined {
  const r = roleIndex.matchAt(tokens, i, claimed);
  if (!r) return undefined;
  // "data platform owners", "process owners" own a thing, not a business.
  if (r.value.kind === "title" && r.value.title === "Owner") {
    const prev = tokens[i - 1];
    const owned =
      prev &&
      !claimed[i - 1] &&
      adjoining(tokens[i]) &&
      THINGS_OWNED.has(prev.norm);
    if (owned) return undefined;
  }
  const c: Candidate = {
    from: i,
    to: r.to,
    titles: r.value.kind === "title" ? [r.value.title] : [],
    seniorities: r.value.kind === "group" ? [...r.value.seniorities] : [],
    departments: [],
    rank: 2,
  };
  // "decision makers in IT", "directors within finance"
  const link = tokens[r.to];
  if (
    r.value.kind === "group" &&
    link &&
    ["in", "within", "across", "of"].includes(link.norm) &&
    !claimed[r.to]
  ) {
    const fns = readFunctions(tokens, r.to + 1, claimed, ctx, {
      stopBeforeRole: true,
    });
    const after = tokens[fns.to];
    const industryNext = after && COMPANY_NOUNS.has(after.norm);
    if (fns.names.length && !industryNext) {
      c.departments.push(...fns.names);
      c.to = fns.to;
      // "directors of sales" is a title: the head-first reading wins.
      c.rank = 0;
    }
  }
  return c;
}

/**
 * Finds role phrases and marks their tokens as claimed. Runs before the
 * industry pass so "software engineers" stays a role, not an industry.
 */
export function extractRoles(
  tokens: Token[],
  claimed: Claims,
  ctx: RoleContext,
): RoleFindings {
  const out: RoleFindings = { titles: [], seniorities: [], departments: [] };
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const candidates = [
      preHeadCandidate(tokens, i, claimed, ctx),
      postHeadCandidate(tokens, i, claimed, ctx),
      standaloneCandidate(tokens, i, claimed, ctx),
      chiefCandidate(tokens, i, claimed),
    ].filter((c): c is Candidate => c !== undefined);
    const best = candidates.sort((a, b) => b.to - a.to || b.rank - a.rank)[0];
    if (!best) continue;
    // "developer tools", "security software": an industry phrase that runs
    // past the role noun is no role.
    let industry = false;
    for (let k = best.from; k < best.to; k++) {
      if ((ctx.industryEnd(tokens, k) ?? 0) > best.to) industry = true;
    }
    if (industry) continue;
    claim(claimed, best.from, best.to, "role");
    i = best.to - 1;
    // "100+ lawyers" is a headcount and "Buyers:" a label, not roles.
    const before = tokens[best.from - 1];
    const after = tokens[best.to];
    if (/^\d/.test(before?.raw ?? "") || /:/.test(after?.before ?? "")) {
      continue;
    }
    for (const t of best.titles) pushOnce(out.titles, t);
    for (const s of best.seniorities) pushOnce(out.seniorities, s);
    for (const d of best.departments) pushOnce(out.departments, d);
  }
  return out;
}

function pushOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
