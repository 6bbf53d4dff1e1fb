import {
  normalizeDepartment,
  normalizeIndustry,
  parseTitle,
  type Seniority,
  type SizeBand,
} from "@/lib/taxonomy";

import {
  COMPANY_NOUNS,
  extractIndustries,
  industryPhraseEnd,
} from "./industries";
import { displayTitle } from "../titles";
import { extractPlaces, isPlaceName } from "./locations";
import { extractRoles, functionIndex, TITLE_DEPARTMENTS } from "./roles";
import { extractNumericSizes, extractSegmentSizes, sortBands } from "./sizes";
import { extractTechnologies } from "./technologies";
import { clauseBreak, tokenize, type Claims, type Token } from "./text";

/** What the offline extractor read, before names and normalisation. */
export type OfflineFindings = {
  industries: string[];
  companySizes: SizeBand[];
  technologies: string[];
  jobTitles: string[];
  departments: string[];
  seniorities: Seniority[];
  countries: string[];
  states: string[];
  cities: string[];
  /** Places as written, for the proposed name. */
  placeNames: string[];
};

/** Capitalised words that are never places or product names. */
const PLAIN_WORDS = new Set([
  "series",
  "seed",
  "we",
  "our",
  "they",
  "their",
  "i",
  "my",
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "to",
  "with",
  "who",
  "that",
  "which",
  "target",
  "targeting",
  "selling",
  "sell",
  "sales",
  "marketing",
  "enterprise",
  "mobile",
  "commerce",
  "industry",
  "security",
  "growth",
  "revenue",
  "finance",
  "operations",
  "product",
  "people",
  "data",
  "cloud",
  "ai",
  "b2b",
  "b2c",
  "saas",
  "startup",
  "startups",
  "companies",
  "company",
  "teams",
  "team",
  "leaders",
  "managers",
  "directors",
  "heads",
  "head",
  "vp",
  "vps",
  "owners",
  "founders",
  "buyers",
  "users",
  "customers",
  "decision",
  "makers",
  "manager",
  "director",
  "it",
  "hr",
  "ops",
  "tech",
  "q1",
  "q2",
  "q3",
  "q4",
  "fy",
  "ceo",
  "cfo",
  "cto",
  "cmo",
  "coo",
  "cio",
  "cro",
  "ciso",
  "mid",
  "market",
  "smb",
  "smbs",
  "sme",
  "smes",
  "early",
  "stage",
  "late",
  "public",
  "private",
  "global",
  "international",
  "local",
  "regional",
  "national",
  "north",
  "south",
  "east",
  "west",
  "central",
  "greater",
  "focus",
  "focused",
  "ideal",
  "customer",
  "profile",
  "icp",
  "persona",
  "personas",
  "account",
  "accounts",
  "high",
  "fit",
  "new",
  "top",
  "best",
  "large",
  "small",
  "medium",
  "big",
  "fast",
  "growing",
  "funded",
  "venture",
  "backed",
  "bootstrapped",
  "profitable",
  "office",
  "offices",
  "hq",
  "headquarters",
  "remote",
  "hybrid",
  "also",
  "plus",
  "only",
  "mostly",
  "mainly",
  "primarily",
  "ideally",
  "especially",
  "particularly",
  "like",
  "such",
  "as",
  "using",
  "use",
  "run",
  "running",
  "city",
  "town",
  "state",
  "country",
  "region",
  "area",
  "metro",
  "county",
]);

function isOtherTerm(text: string): boolean {
  const key = text.toLowerCase();
  if (PLAIN_WORDS.has(key) || COMPANY_NOUNS.has(key)) return true;
  if (normalizeIndustry(text) !== null) return true;
  if (normalizeDepartment(text) !== null) return true;
  const tokens = tokenize(text);
  const fn = functionIndex.matchAt(tokens, 0);
  if (fn && fn.to === tokens.length) return true;
  const title = parseTitle(text);
  return title.role !== null;
}

function isNotProduct(text: string): boolean {
  return isOtherTerm(text) || isPlaceName(text);
}

const LEVEL_WORDS_RE =
  /\b(?:chief|officer|vp|svp|evp|vice president|head of|head|director of|director|manager|lead|senior|global)\b/gi;

/**
 * A title's department. When the parser's canonical role drops a word the
 * title has ("Chief Risk Officer" read as the revenue CRO), the department
 * comes from the title's function words alone.
 */
function departmentOf(title: string, parsed: string | null): string | null {
  const role = parseTitle(title).role;
  if (role && displayTitle(title) !== role) {
    const fn = title.replace(LEVEL_WORDS_RE, " ").replace(/\s+/g, " ").trim();
    return fn ? parseTitle(fn).department : null;
  }
  return parsed ?? normalizeDepartment(TITLE_DEPARTMENTS[title] ?? "");
}

/**
 * The level a title names in words, for titles the parser leaves without
 * one ("Office Manager"). "Head of" stays unknown, as in the taxonomy.
 */
function levelWordOf(title: string): Seniority | null {
  if (/^C[A-Z]{1,4}O$|\bchief\b/i.test(title)) return "C-Level";
  if (/\b(?:S|E)?VP\b|vice president/i.test(title)) return "VP";
  if (/\bdirector\b/i.test(title)) return "Director";
  if (/\b(?:manager|supervisor)\b/i.test(title)) return "Manager";
  return null;
}

const NEGATIONS = new Set([
  "not",
  "no",
  "excluding",
  "except",
  "avoid",
  "never",
]);
const NEGATION_ENDS = new Set(["but", "instead", "rather", "just", "only"]);
/** Words a negation may reach past a clause break: "no startups". */
const NEGATION_REACH = 5;

/**
 * Marks what a negation rules out ("not startups", "excluding agencies",
 * "who don't use Salesforce") so no pass reads it as a criterion.
 */
function claimNegated(tokens: Token[], claimed: Claims): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const negation =
      NEGATIONS.has(t.norm) ||
      /n't$/.test(t.norm) ||
      (t.norm === "other" && tokens[i + 1]?.norm === "than");
    if (!negation) continue;
    // "not only", "not just": an addition, not an exclusion.
    if (NEGATION_ENDS.has(tokens[i + 1]?.norm ?? "")) continue;
    for (
      let k = i + 1;
      k < Math.min(tokens.length, i + 1 + NEGATION_REACH);
      k++
    ) {
      const w = tokens[k]!;
      if (clauseBreak(w) || /,/.test(w.before) || NEGATION_ENDS.has(w.norm)) {
        break;
      }
      claimed[k] = "negated";
    }
  }
}

function pushUnique<T>(list: T[], value: T | null | undefined): void {
  if (value !== null && value !== undefined && !list.includes(value)) {
    list.push(value);
  }
}

/**
 * Reads a plain-English ICP description with the project's taxonomies.
 * The passes run in an order that lets the more specific reading claim a
 * word first: numbers, products, roles, industries, places, then size
 * words such as "enterprise" or "startups".
 */
export function readDescription(text: string): OfflineFindings {
  const tokens = tokenize(text);
  const claimed: Claims = new Array(tokens.length).fill(undefined);
  claimNegated(tokens, claimed);

  const numeric = extractNumericSizes(text, tokens, claimed);
  const technologies = extractTechnologies(tokens, claimed, isNotProduct);
  const roles = extractRoles(tokens, claimed, {
    isNotTitleWord: (w) => normalizeIndustry(w) !== null || isPlaceName(w),
    industryEnd: industryPhraseEnd,
  });
  const industries = extractIndustries(tokens, claimed);
  const places = extractPlaces(tokens, claimed, isOtherTerm);
  // Segment words are read even when a number was given, so the words
  // are consumed, but a number decides the size on its own.
  const segments = extractSegmentSizes(tokens, claimed);
  const companySizes = numeric.length ? numeric : segments;

  const jobTitles: string[] = [];
  const departments: string[] = [];
  const seniorities: Seniority[] = [];
  for (const title of roles.titles) {
    const parsed = parseTitle(title);
    pushUnique(jobTitles, title);
    pushUnique(departments, departmentOf(title, parsed.department));
    const chief = /^C[A-Z]{1,4}O$|^chief\b/i.test(title);
    pushUnique(
      seniorities,
      chief ? "C-Level" : (parsed.seniority ?? levelWordOf(title)),
    );
  }
  for (const fn of roles.departments) {
    pushUnique(
      departments,
      normalizeDepartment(fn) ?? parseTitle(fn).department,
    );
  }
  for (const s of roles.seniorities) pushUnique(seniorities, s);

  return {
    industries,
    companySizes: sortBands(companySizes),
    technologies,
    jobTitles,
    departments,
    seniorities,
    countries: places.countries,
    states: places.states,
    cities: places.cities,
    placeNames: places.names,
  };
}
