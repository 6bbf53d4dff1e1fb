import type { Department } from "./departments";
import type { Seniority } from "./seniority";
import { foldCase, foldKey, lazy, Memo } from "./text";
import {
  BARE_NOUN_ROLES,
  CSUITE,
  CUT_WORDS,
  FUNCTIONS,
  LEVEL_PHRASES,
  LEVEL_RANK,
  LEVEL_SENIORITY,
  MODIFIERS,
  NOUN_DEPARTMENT,
  NOUNS,
  ROLES,
  SEPARATORS,
  type FunctionKey,
  type Level,
  type NounDef,
  type RoleDef,
} from "./title-vocabulary";

export interface ParsedTitle {
  /** Canonical role name ("VP Sales", "CRO", "Marketing Manager"). */
  role: string | null;
  /**
   * Matching key: the folded role name, or the folded title itself when no
   * role is recognised, so free-text ICP titles still match exactly.
   */
  roleKey: string | null;
  department: Department | null;
  seniority: Seniority | null;
}

type Item =
  | { kind: "csuite"; role: string; department: Department | null }
  | { kind: "role"; def: RoleDef }
  | { kind: "level"; level: Level }
  | { kind: "fn"; fn: FunctionKey }
  | { kind: "noun"; noun: NounDef }
  | { kind: "mod"; word: string }
  | { kind: "sep" }
  | { kind: "comma" }
  | { kind: "cut" };

interface Vocabulary {
  phrases: Map<string, Item>;
  maxWords: number;
}

const vocabulary = lazy((): Vocabulary => {
  const phrases = new Map<string, Item>();
  // Later tables never overwrite earlier ones: C-suite phrases outrank
  // roles, roles outrank levels and functions.
  const add = (phrase: string, item: Item) => {
    if (!phrases.has(phrase)) phrases.set(phrase, item);
  };
  for (const def of CSUITE) {
    for (const p of def.phrases) {
      add(p, { kind: "csuite", role: def.role, department: def.department });
    }
  }
  for (const def of ROLES) {
    for (const p of def.phrases) add(p, { kind: "role", def });
  }
  for (const [level, list] of Object.entries(LEVEL_PHRASES)) {
    for (const p of list) add(p, { kind: "level", level: level as Level });
  }
  for (const [fn, def] of Object.entries(FUNCTIONS)) {
    for (const p of def.phrases) add(p, { kind: "fn", fn: fn as FunctionKey });
  }
  for (const [word, noun] of Object.entries(NOUNS)) {
    add(word, { kind: "noun", noun });
  }
  for (const word of MODIFIERS) add(word, { kind: "mod", word });
  for (const word of SEPARATORS) add(word, { kind: "sep" });
  for (const word of CUT_WORDS) add(word, { kind: "cut" });
  add(",", { kind: "comma" });
  let maxWords = 1;
  for (const key of phrases.keys()) {
    maxWords = Math.max(maxWords, key.split(" ").length);
  }
  return { phrases, maxWords };
});

const PUNCTUATION_RE = /[,;:()[\]{}"“”]|\s[-–—]+\s|^[-–—]+|[-–—]+$/g;

function tokenize(title: string): string[] {
  const text = foldCase(title)
    .replace(/&|\+/g, " and ")
    .replace(/[|/@]/g, (c) => ` ${c} `)
    .replace(PUNCTUATION_RE, " , ")
    .replace(/[–—]/g, " , ")
    .replace(/'s\b|['’`]/g, "")
    .replace(/[^\p{L}\p{N},|/@]+/gu, " ");
  return text.split(" ").filter((t) => t !== "");
}

function readItems(tokens: string[]): Item[] {
  const { phrases, maxWords } = vocabulary();
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched: Item | undefined;
    let width = 0;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
      const item = phrases.get(tokens.slice(i, i + n).join(" "));
      if (item) {
        matched = item;
        width = n;
        break;
      }
    }
    if (matched) {
      if (matched.kind === "cut" && items.length > 0) break;
      if (matched.kind !== "cut") items.push(matched);
      i += width;
    } else {
      i += 1; // unknown words (regions, company names) carry no role
    }
  }
  return items;
}

function nextMeaningful(items: Item[], from: number): Item | undefined {
  for (let j = from; j < items.length; j++) {
    const item = items[j]!;
    if (item.kind !== "mod" && item.kind !== "comma") return item;
  }
  return undefined;
}

const CSUITE_BY_ROLE = lazy(() => {
  const map = new Map<string, Department | null>();
  for (const def of CSUITE) {
    if (def.department && !map.has(def.role)) map.set(def.role, def.department);
  }
  return map;
});

/**
 * "Chief <function> Officer" for functions the C-suite table does not spell
 * out ("Chief Customer Experience Officer"), and "Deputy CFO"-style titles.
 */
function readChief(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let j = 0; j < items.length; j++) {
    const item = items[j]!;
    if (item.kind === "mod" && item.word === "chief") {
      // "Chief People & Culture Officer": functions joined by "and".
      let end = j + 1;
      while (items[end]?.kind === "fn" || items[end]?.kind === "sep") end++;
      const fnItem = items[j + 1];
      const officer = items[end];
      if (
        fnItem?.kind === "fn" &&
        officer?.kind === "noun" &&
        officer.noun.label === "Officer"
      ) {
        const def = FUNCTIONS[fnItem.fn];
        const role = def.chief ?? `Chief ${def.label} Officer`;
        const department = def.chief
          ? (CSUITE_BY_ROLE().get(def.chief) ?? def.department)
          : def.department;
        out.push({ kind: "csuite", role, department });
        j = end;
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

function compose(level: Level, fn: FunctionKey): string {
  const label = FUNCTIONS[fn].label;
  switch (level) {
    case "VP":
      return `VP ${label}`;
    case "Head":
      return `Head of ${label}`;
    case "Director":
      return `${label} Director`;
    case "Manager":
      return `${label} Manager`;
    case "TeamLead":
      return `${label} Team Lead`;
    case "Lead":
      return `${label} Lead`;
  }
}

// Roles whose "Manager" names a craft, not a people manager: a Product
// Manager composed from "Manager, Product" keeps the same unknown level.
const ROLE_SENIORITY = lazy(() => {
  const map = new Map<string, Seniority | null>();
  for (const def of ROLES) {
    if (!def.executive && !map.has(def.role)) map.set(def.role, def.seniority);
  }
  return map;
});

const IC: Seniority = "Individual Contributor";

function result(
  role: string | null,
  department: Department | null,
  seniority: Seniority | null,
): Omit<ParsedTitle, "roleKey"> {
  if (role !== null && ROLE_SENIORITY().has(role)) {
    seniority = ROLE_SENIORITY().get(role) ?? null;
  }
  return { role, department, seniority };
}

function interpret(items: Item[]): Omit<ParsedTitle, "roleKey"> {
  items = readChief(items);

  // A C-suite role decides the title: "Co-founder & CTO" is a CTO.
  for (let j = 0; j < items.length; j++) {
    const item = items[j]!;
    if (item.kind !== "csuite") continue;
    // "Deputy CFO", "Assistant CFO": a rank below the C-suite role.
    const before = items[j - 1];
    const qualifier =
      before?.kind === "mod"
        ? before.word
        : before?.kind === "noun"
          ? before.noun.label.toLowerCase()
          : null;
    if (
      qualifier === "deputy" ||
      qualifier === "assistant" ||
      qualifier === "associate" ||
      qualifier === "vice"
    ) {
      return result(`Deputy ${item.role}`, item.department, "VP");
    }
    return result(item.role, item.department, "C-Level");
  }

  let level: Level | null = null;
  let fn: FunctionKey | null = null;
  let role: RoleDef | null = null;
  let executive: RoleDef | null = null;
  let noun: NounDef | null = null;

  for (let j = 0; j < items.length; j++) {
    const item = items[j]!;
    switch (item.kind) {
      case "level":
        if (level === null || LEVEL_RANK[item.level] > LEVEL_RANK[level]) {
          level = item.level;
        }
        break;
      case "fn":
        fn ??= item.fn;
        break;
      case "role":
        if (item.def.executive) executive ??= item.def;
        else role ??= item.def;
        break;
      case "noun": {
        // "Associate Director" and "Assistant Manager" qualify the level
        // that follows; "Marketing Associate" is a role of its own.
        const next = nextMeaningful(items, j + 1);
        const qualifies =
          (item.noun.label === "Associate" ||
            item.noun.label === "Assistant") &&
          (next?.kind === "level" || next?.kind === "role");
        if (!qualifies) noun = item.noun;
        break;
      }
      case "mod":
        // "Sales Lead" names a lead role; "Lead Engineer" is a senior IC.
        if (item.word === "lead") {
          const next = nextMeaningful(items, j + 1);
          if (
            next?.kind !== "noun" &&
            next?.kind !== "role" &&
            next?.kind !== "level" &&
            fn !== null
          ) {
            level ??= "Lead";
          }
        }
        break;
      default:
        break;
    }
  }

  if (level !== null) {
    const levelFn = fn ?? role?.fn ?? null;
    if (levelFn !== null) {
      return result(
        compose(level, levelFn),
        FUNCTIONS[levelFn].department,
        LEVEL_SENIORITY[level],
      );
    }
    if (role) return result(role.role, role.department, role.seniority);
    if (executive) return fromExecutive(executive, null);
    const bare = level === "TeamLead" || level === "Lead" ? "Team Lead" : level;
    return result(bare, null, LEVEL_SENIORITY[level]);
  }

  if (executive) return fromExecutive(executive, fn);
  if (role) return result(role.role, role.department, role.seniority);

  if (noun) {
    if (fn !== null) {
      const def = FUNCTIONS[fn];
      const name = def.ic?.[noun.cls] ?? `${def.label} ${noun.label}`;
      return result(name, def.department, IC);
    }
    const bare = BARE_NOUN_ROLES[noun.cls];
    if (bare === "") return result(null, null, null);
    return result(bare ?? noun.label, NOUN_DEPARTMENT[noun.cls] ?? null, IC);
  }

  if (fn !== null) return result(null, FUNCTIONS[fn].department, null);
  return result(null, null, null);
}

function fromExecutive(
  def: RoleDef,
  fn: FunctionKey | null,
): Omit<ParsedTitle, "roleKey"> {
  const department =
    def.takesFunction && fn !== null
      ? (FUNCTIONS[fn].department ?? def.department)
      : def.department;
  return result(def.role, department, def.seniority);
}

const EMPTY: ParsedTitle = {
  role: null,
  roleKey: null,
  department: null,
  seniority: null,
};

const CHIEF_OFFICER = /^chief\s+([a-z][a-z &/-]*?)\s+officer$/;

function parse(title: string): ParsedTitle {
  const tokens = tokenize(title);
  if (tokens.length === 0) return EMPTY;
  let parsed = interpret(readItems(tokens));
  // "Chief <something> Officer" is a C-level role even when the function
  // is one the vocabulary does not know ("Chief Claims Officer").
  const chief = CHIEF_OFFICER.exec(tokens.join(" "));
  if (chief && parsed.seniority !== "C-Level") {
    const fn = chief[1]!.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    parsed = {
      role: `Chief ${fn} Officer`,
      department: parsed.department,
      seniority: "C-Level",
    };
  }
  const roleKey =
    parsed.role !== null ? foldKey(parsed.role) : foldKey(title) || null;
  return Object.freeze({ ...parsed, roleKey });
}

const memo = new Memo<ParsedTitle>(100_000);

/**
 * Reads a job title's structure (level words, "of", commas, "&", regional
 * qualifiers) into a canonical role, department and seniority. Matching is
 * by whole words and phrases, never substrings: "internal" is not "intern"
 * and "director" does not contain a CTO.
 */
export function parseTitle(s: string): ParsedTitle {
  if (typeof s !== "string" || s.trim() === "") return EMPTY;
  return memo.get(s, parse);
}
