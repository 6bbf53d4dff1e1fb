import { INDUSTRIES, normalizeIndustry } from "@/lib/taxonomy";

import {
  claim,
  clauseBreak,
  foldCase,
  PhraseIndex,
  pluralOf,
  type Claims,
  type Token,
} from "./text";

/**
 * Industry phrases in free text. Names and synonyms come from the industry
 * taxonomy; this file adds only the forms people write in sentences
 * ("manufacturers", "fintechs", "insurers") and decides when an ordinary
 * word ("marketing", "tech") names an industry rather than a function.
 */

/** Nouns that mark the words before them as an industry. */
export const COMPANY_NOUNS = new Set([
  "companies",
  "company",
  "firms",
  "firm",
  "businesses",
  "business",
  "organizations",
  "organisations",
  "organization",
  "organisation",
  "orgs",
  "brands",
  "agencies",
  "agency",
  "startups",
  "startup",
  "start",
  "scaleups",
  "scale",
  "vendors",
  "providers",
  "provider",
  "players",
  "shops",
  "sector",
  "sectors",
  "industry",
  "industries",
  "space",
  "vertical",
  "verticals",
  "market",
  "markets",
  "clients",
  "customers",
  "accounts",
  "enterprises",
  "corporations",
  "institutions",
  "operators",
  "suppliers",
  "platforms",
  "outfits",
  "houses",
  "studios",
  "practices",
  "manufacturers",
  "manufacturer",
  "retailers",
  "retailer",
  "vendor",
  "brand",
  "operator",
  "supplier",
  "groups",
  "oems",
  "chains",
  "networks",
]);

/**
 * Synonyms that are everyday or function words: they name an industry only
 * before a company noun ("marketing agencies", "energy companies").
 */
const NEEDS_COMPANY_NOUN = new Set([
  "marketing",
  "advertising",
  "sales",
  "finance",
  "financial",
  "hr",
  "human resources",
  "it",
  "information technology",
  "legal",
  "engineering",
  "design",
  "research",
  "security",
  "communications",
  "pr",
  "training",
  "coaching",
  "consulting",
  "advisory",
  "facilities",
  "recruiting",
  "recruitment",
  "staffing",
  "distribution",
  "trade",
  "events",
  "infrastructure",
  "environmental",
  "investigations",
  "translation",
  "localization",
  "outsourcing",
  "medical",
  "health",
  "professional services",
  "digital marketing",
  "payments",
  "lending",
  "mortgage",
  "stores",
  "vehicles",
  "cars",
  "auto",
  "industrial",
  "networking",
  "wireless",
  "hardware",
  "chips",
  "games",
  "music",
  "film",
  "news",
  "arts",
  "property",
  "food",
  "travel",
  "leisure",
  "luxury",
  "beauty",
  "fitness",
  "wellness",
  "sports",
  "printing",
  "photography",
  "animation",
  "shipping",
  "freight",
  "courier",
  "utility",
  "steel",
  "metals",
  "plastics",
  "furniture",
  "dairy",
  "trading",
  "pe",
  "vc",
  "media",
  "energy",
  "tech",
  "technology",
  "internet",
  "electronics",
  "transportation",
  "entertainment",
  "education",
  "government",
  "automation",
  "audit",
  "tax services",
  "data",
  "analytics",
]);

/**
 * Of those, the ones that are not business functions may also follow
 * "in" / "within" ("sales leaders in tech", "CFOs in media").
 */
const ALLOWED_AFTER_IN = new Set([
  "tech",
  "technology",
  "media",
  "energy",
  "travel",
  "food",
  "fashion",
  "entertainment",
  "education",
  "government",
  "transportation",
  "luxury",
  "beauty",
  "fitness",
  "wellness",
  "sports",
  "music",
  "film",
  "gaming",
  "property",
  "internet",
  "electronics",
  "shipping",
  "automotive",
]);

/** Sentence forms of industries, mapped to a name the taxonomy knows. */
const EXTRA_FORMS: Record<string, string> = {
  manufacturers: "Manufacturing",
  manufacturer: "Manufacturing",
  "freight brokerages": "Transportation & Logistics",
  "freight brokers": "Transportation & Logistics",
  "trucking companies": "Transportation & Logistics",
  agricultural: "Agriculture",
  agritech: "Agriculture",
  farms: "Agriculture",
  educational: "Education",
  "educational institutions": "Education",
  architectural: "Architecture",
  "architecture firms": "Architecture",
  governmental: "Government",
  "financial institutions": "Banking",
  "financial services firms": "Financial Services",
  pharmaceutical: "Pharmaceuticals",
  "pharma companies": "Pharmaceuticals",
  merchants: "E-commerce",
  "online merchants": "E-commerce",
  hospitality: "Hospitality",
  "hotel operators": "Hospitality",
  telecommunication: "Telecommunications",
  "mobile apps": "Internet",
  "consumer apps": "Internet",
  "b2c apps": "Internet",
  "industrial manufacturers": "Manufacturing",
  factories: "Manufacturing",
  automakers: "Automotive",
  carmakers: "Automotive",
  "car manufacturers": "Automotive",
  "auto manufacturers": "Automotive",
  "automotive suppliers": "Automotive",
  dealerships: "Automotive",
  "car dealerships": "Automotive",
  chipmakers: "Semiconductors",
  telcos: "Telecommunications",
  telco: "Telecommunications",
  isps: "Telecommunications",
  "mobile operators": "Telecommunications",
  msps: "IT Services",
  "managed service providers": "IT Services",
  "system integrators": "IT Services",
  "systems integrators": "IT Services",
  consultancies: "Management Consulting",
  consultancy: "Management Consulting",
  "consulting firms": "Management Consulting",
  "accounting firms": "Accounting",
  "cpa firms": "Accounting",
  "audit firms": "Accounting",
  insurers: "Insurance",
  reinsurers: "Insurance",
  "insurance carriers": "Insurance",
  "health insurers": "Insurance",
  neobanks: "Fintech",
  "payment processors": "Fintech",
  "payment providers": "Fintech",
  lenders: "Fintech",
  insurtechs: "Fintech",
  "asset managers": "Investment Management",
  "wealth managers": "Investment Management",
  "family offices": "Investment Management",
  "investment firms": "Investment Management",
  vcs: "Venture Capital",
  "vc firms": "Venture Capital",
  "pe firms": "Private Equity",
  "private equity firms": "Private Equity",
  "health systems": "Healthcare",
  clinics: "Healthcare",
  "dental practices": "Healthcare",
  "dental groups": "Healthcare",
  "dental offices": "Healthcare",
  "dental service organizations": "Healthcare",
  dsos: "Healthcare",
  "medical groups": "Healthcare",
  "physician groups": "Healthcare",
  "veterinary clinics": "Veterinary",
  "vet clinics": "Veterinary",
  "dental clinics": "Healthcare",
  "nursing homes": "Healthcare",
  "senior living": "Healthcare",
  "care homes": "Healthcare",
  "healthcare providers": "Healthcare",
  "medical device companies": "Medical Devices",
  "medical device makers": "Medical Devices",
  "medical device manufacturers": "Medical Devices",
  "life science": "Pharmaceuticals",
  biotechs: "Biotechnology",
  "k 12": "Education",
  k12: "Education",
  "school districts": "Education",
  "higher ed": "Education",
  edtechs: "E-Learning",
  nonprofits: "Nonprofit",
  "non profits": "Nonprofit",
  ngos: "Nonprofit",
  "government agencies": "Government",
  "public sector": "Government",
  "public sector organizations": "Government",
  municipalities: "Government",
  "local governments": "Government",
  "local government": "Government",
  "federal agencies": "Government",
  "state agencies": "Government",
  "law firms": "Legal Services",
  "legal firms": "Legal Services",
  builders: "Construction",
  homebuilders: "Construction",
  "general contractors": "Construction",
  brokerages: "Real Estate",
  "property managers": "Real Estate",
  "property management companies": "Real Estate",
  "real estate agencies": "Real Estate",
  proptechs: "Real Estate",
  "3pls": "Transportation & Logistics",
  "3pl": "Transportation & Logistics",
  "freight forwarders": "Transportation & Logistics",
  "logistics providers": "Transportation & Logistics",
  shippers: "Transportation & Logistics",
  "solar companies": "Renewables & Environment",
  "solar installers": "Renewables & Environment",
  "cpg brands": "Consumer Goods",
  "consumer brands": "Consumer Goods",
  broadcasters: "Media & Publishing",
  gyms: "Health & Wellness",
  "fitness studios": "Health & Wellness",
  resorts: "Hospitality",
  "hotel chains": "Hospitality",
  "hotel groups": "Hospitality",
  "quick service restaurants": "Restaurants",
  qsr: "Restaurants",
  qsrs: "Restaurants",
  "game studios": "Computer Games",
  "game developers": "Computer Games",
  "software vendors": "Software",
  isvs: "Software",
  "dev tools": "Software",
  "e tailers": "E-commerce",
  etailers: "E-commerce",
  "online retailers": "E-commerce",
  "online stores": "E-commerce",
  "online shops": "E-commerce",
  "d2c brands": "E-commerce",
  "dtc brands": "E-commerce",
  "brick and mortar": "Retail",
  "digital agencies": "Marketing & Advertising",
  "creative agencies": "Marketing & Advertising",
  "ad agencies": "Marketing & Advertising",
  "media agencies": "Marketing & Advertising",
  "staffing agencies": "Staffing & Recruiting",
  "recruitment agencies": "Staffing & Recruiting",
  "recruiting firms": "Staffing & Recruiting",
  "staffing firms": "Staffing & Recruiting",
  "executive search firms": "Staffing & Recruiting",
  "pr agencies": "Public Relations & Communications",
  "pr firms": "Public Relations & Communications",
  "security vendors": "Cybersecurity",
  "security companies": "Cybersecurity",
  "oil and gas companies": "Oil & Energy",
  "b2b tech": "Internet",
};

/** Words that name an industry alone but only a company after one. */
const MAKER_WORDS = new Set(["manufacturers", "manufacturer", "makers"]);

/** Two- and three-letter synonyms are read only as written ("IT", "PE"). */
const SHORT = 3;

type Entry = { canonical: string; weak: boolean; key: string };

function agentForms(word: string): string[] {
  // manufacturing -> manufacturer(s), insurance -> insurer(s),
  // retail -> retailer(s), wholesale -> wholesaler(s)
  let agent: string | undefined;
  if (/ing$/.test(word) && word.length > 6) agent = `${word.slice(0, -3)}er`;
  else if (/ance$/.test(word)) agent = `${word.slice(0, -4)}er`;
  else if (/ail$/.test(word)) agent = `${word}er`;
  else if (/ale$/.test(word)) agent = `${word}r`;
  return agent ? [agent, `${agent}s`] : [];
}

const index = (() => {
  const idx = new PhraseIndex<Entry>();
  const add = (phrase: string, canonical: string) => {
    const key = foldCase(phrase)
      .replace(/[^a-z0-9&]+/g, " ")
      .trim();
    const weak = NEEDS_COMPANY_NOUN.has(key);
    const compact = !key.includes(" ");
    if (compact && key.length <= SHORT && /^[A-Za-z0-9]+$/.test(phrase)) {
      idx.addPhrase(
        phrase.toUpperCase(),
        { canonical, weak, key },
        {
          exact: true,
        },
      );
      idx.addPhrase(
        `${phrase.toUpperCase()}s`,
        { canonical, weak, key },
        {
          exact: true,
        },
      );
      return;
    }
    idx.addPhrase(phrase, { canonical, weak, key });
    const words = key.split(" ");
    const last = words[words.length - 1] ?? "";
    if (last.length > SHORT && !/s$/.test(last)) {
      const head = words.slice(0, -1).join(" ");
      const forms = [pluralOf(last)];
      if (!weak) forms.push(...agentForms(last));
      for (const f of forms) {
        idx.addPhrase(head ? `${head} ${f}` : f, { canonical, weak, key });
      }
    }
  };
  for (const { name, synonyms } of INDUSTRIES) {
    for (const label of [name, ...synonyms]) add(label, name);
  }
  for (const [phrase, hint] of Object.entries(EXTRA_FORMS)) {
    const canonical = normalizeIndustry(hint);
    if (canonical) {
      const key = foldCase(phrase)
        .replace(/[^a-z0-9&]+/g, " ")
        .trim();
      idx.addPhrase(phrase, { canonical, weak: false, key });
    }
  }
  return idx;
})();

function cueFollows(tokens: Token[], from: number): boolean {
  // Walk over a list of further industry words: "media and entertainment
  // companies" cues both.
  let i = from;
  for (let guard = 0; guard < 8; guard++) {
    const t = tokens[i];
    if (!t || clauseBreak(t)) return false;
    if (COMPANY_NOUNS.has(t.norm)) return true;
    if (
      ["and", "or", "b2b", "b2c"].includes(t.norm) ||
      t.before.includes(",")
    ) {
      const m = index.matchAt(tokens, i);
      if (m) {
        i = m.to;
        continue;
      }
      if (["and", "or", "b2b", "b2c"].includes(t.norm)) {
        i += 1;
        continue;
      }
      return false;
    }
    const m = index.matchAt(tokens, i);
    if (!m) return false;
    i = m.to;
  }
  return false;
}

function inFollows(tokens: Token[], from: number): boolean {
  let i = from - 1;
  if (tokens[i]?.norm === "the") i -= 1;
  const t = tokens[i];
  return Boolean(t && ["in", "within", "across"].includes(t.norm));
}

/** Canonical industries named in the text; marks their tokens claimed. */
export function extractIndustries(tokens: Token[], claimed: Claims): string[] {
  const found: string[] = [];
  for (const m of index.scan(tokens, claimed)) {
    const { canonical, weak, key } = m.value;
    // "food manufacturers": after an industry the word is the company noun.
    const last = tokens[m.to - 1]?.norm ?? "";
    if (MAKER_WORDS.has(last) && claimed[m.from - 1] === "industry") continue;
    if (weak) {
      const cued =
        cueFollows(tokens, m.to) ||
        (ALLOWED_AFTER_IN.has(key) && inFollows(tokens, m.from));
      if (!cued) continue;
    }
    claim(claimed, m.from, m.to, "industry");
    if (!found.includes(canonical)) found.push(canonical);
  }
  return found;
}

/** End of an industry phrase starting at token i, cued or not. */
export function industryPhraseEnd(
  tokens: Token[],
  i: number,
): number | undefined {
  return index.matchAt(tokens, i)?.to;
}
