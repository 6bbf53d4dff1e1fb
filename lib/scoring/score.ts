import {
  countryName,
  parseTitle,
  stateName,
  TECHNOLOGIES,
} from "@/lib/taxonomy";

import { normalizeIcpCriteria } from "./icp";
import {
  CRITERION_FIELDS,
  CRITERION_KEYS,
  CRITERION_LABELS,
  type CriterionKey,
  type CriterionResult,
  type Fit,
  type IcpCriteria,
  type NormalizedLead,
  type ScoreResult,
} from "./types";

/**
 * Default criterion weights. The largest is at most twice the smallest, so
 * a lead matching half or fewer of its known criteria keeps a weighted share
 * of at most 2/3 (score <= 67) while a lead matching all of them scores at
 * least 75 whatever its coverage: full matches always outrank clear misses.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionKey, number>> = {
  jobTitle: 2,
  seniority: 1.5,
  department: 1.5,
  industry: 1.5,
  companySize: 1.5,
  technologies: 1,
  country: 1.5,
  state: 1,
  city: 1,
};

export const DEFAULT_HIGH_FIT_THRESHOLD = 70;
export const MEDIUM_FIT_THRESHOLD = 40;

/** Floor of the coverage factor: a lead known on nothing but one matching
 * criterion keeps 75% of its share. */
const COVERAGE_FLOOR = 0.75;

// score = round(100 × share × (0.75 + 0.25 × coverage)), where
//   share    = Σ weight of matched criteria ÷ Σ weight of criteria the lead
//              has data for (0 when it has data for none), and
//   coverage = Σ weight of criteria the lead has data for ÷ Σ weight of all
//              criteria the ICP sets.
export const SCORE_FORMULA =
  "Score = 100 × (weight of matched criteria ÷ weight of the criteria the " +
  "lead has data for) × (0.75 + 0.25 × the share of the ICP's criteria " +
  "weight the lead has data for), rounded. Criteria the lead has no data " +
  "for neither count for nor against it, but many of them lower the score " +
  "by up to a quarter. A lead with data for no criterion scores 0.";

export function fitOf(
  score: number,
  threshold: number = DEFAULT_HIGH_FIT_THRESHOLD,
): Fit {
  if (score >= threshold) return "high";
  if (score >= Math.min(MEDIUM_FIT_THRESHOLD, threshold)) return "medium";
  return "low";
}

// Results depend only on the lead's value, so each distinct value's result
// is built once per compiled ICP and shared (frozen) by every lead holding
// it: the hot path then allocates one object per lead.
const RESULT_CACHE_LIMIT = 50_000;

interface CompiledCriterion {
  readonly key: CriterionKey;
  readonly weight: number;
  /** The ICP's values, as shown to users. */
  readonly expected: readonly string[];
  /** Lower-cased canonical values (role keys for job titles). */
  readonly set: ReadonlySet<string>;
  /** The ICP's values as written, for an exact test before lower-casing. */
  readonly exact: ReadonlySet<string>;
  /** "SaaS or Fintech": the expected values as a phrase. */
  readonly wanted: string;
  readonly cache: Map<string, CriterionResult>;
  /**
   * True where lead values are too varied to cache misses (cities, raw
   * titles): a large cache costs more in memory stalls than a fresh result.
   */
  readonly fresh: boolean;
  /** True when an ICP value is free text that must match ignoring case. */
  readonly folded: boolean;
  readonly label: string;
  /** Technologies: reasons for a list with none of the ICP's, or empty. */
  readonly noneReason: string;
  readonly emptyReason: string;
  readonly unknown: CriterionResult;
}

export interface CompiledIcp {
  readonly kind: "compiled-icp";
  readonly icp: IcpCriteria;
  readonly criteria: readonly CompiledCriterion[];
  readonly weights: Readonly<Record<CriterionKey, number>>;
  readonly totalWeight: number;
  readonly highFitThreshold: number;
  /** The same criteria by key, for the straight-line scorer. */
  readonly byKey: Readonly<Partial<Record<CriterionKey, CompiledCriterion>>>;
  /**
   * Per criterion, the set a lead's normalised field must hit: lower-cased
   * industry, size band, technology, role key, department, seniority,
   * country code, state code and city. A SQL mirror matches the same
   * lower-cased columns against these sets (technologies: any element).
   */
  readonly sets: Readonly<Partial<Record<CriterionKey, readonly string[]>>>;
}

function setKeyOf(key: CriterionKey, value: string): string {
  return key === "jobTitle"
    ? (parseTitle(value).roleKey ?? value.toLowerCase())
    : value.toLowerCase();
}

let canonicalTechnologies: Set<string> | undefined;

function isKnownTechnology(name: string): boolean {
  canonicalTechnologies ??= new Set(TECHNOLOGIES.map((t) => t.name));
  return canonicalTechnologies.has(name);
}

function displayOf(key: CriterionKey, value: string): string {
  if (key === "country") return countryName(value) ?? value;
  if (key === "state") return stateName(value) ?? value;
  return value;
}

function listText(values: readonly string[]): string {
  const shown = values.slice(0, 3);
  const more = values.length - shown.length;
  if (more > 0) return `${shown.join(", ")} or ${more} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

function freeze(result: CriterionResult): CriterionResult {
  return Object.freeze(result);
}

/** Compiles ICP criteria into sets once, for scoring many leads. */
export function compileIcp(input: IcpCriteria): CompiledIcp {
  const icp = normalizeIcpCriteria(input);
  const weights = { ...DEFAULT_WEIGHTS, ...icp.weights };
  const criteria: CompiledCriterion[] = [];
  const sets: Partial<Record<CriterionKey, readonly string[]>> = {};
  let totalWeight = 0;
  for (const key of CRITERION_KEYS) {
    const values = icp[CRITERION_FIELDS[key]];
    if (values.length === 0) continue;
    const expected = Object.freeze([...values]);
    const set = new Set(values.map((v) => setKeyOf(key, v)));
    const weight = weights[key];
    const wanted = listText(values.map((v) => displayOf(key, v)));
    totalWeight += weight;
    sets[key] = Object.freeze([...set]);
    criteria.push({
      key,
      weight,
      expected,
      set,
      exact: new Set(values),
      wanted,
      cache: new Map(),
      fresh: key === "city" || key === "jobTitle",
      label: CRITERION_LABELS[key],
      noneReason: `Uses none of ${wanted}`,
      emptyReason: `No technologies listed — not ${wanted}`,
      folded:
        key === "technologies" && values.some((v) => !isKnownTechnology(v)),
      unknown: freeze({
        matched: null,
        value: null,
        expected: expected as string[],
        reason:
          key === "jobTitle"
            ? "No job title on the lead"
            : `${CRITERION_LABELS[key]} unknown`,
      }),
    });
  }
  return Object.freeze({
    kind: "compiled-icp",
    icp,
    criteria: Object.freeze(criteria),
    weights: Object.freeze(weights),
    totalWeight,
    highFitThreshold: icp.highFitThreshold ?? DEFAULT_HIGH_FIT_THRESHOLD,
    byKey: Object.freeze(Object.fromEntries(criteria.map((c) => [c.key, c]))),
    sets: Object.freeze(sets),
  });
}

// Lead values and ICP values are both canonical, so an exact test on the
// ICP's small set decides; only free-text technologies need case folding.
function has(c: CompiledCriterion, value: string): boolean {
  return c.exact.has(value) || (c.folded && c.set.has(value.toLowerCase()));
}

function titleResult(c: CompiledCriterion, lead: NormalizedLead) {
  const title = lead.title ?? lead.role ?? "";
  const matched = c.set.has(lead.roleKey ?? "");
  const is = lead.role ? `is ${lead.role}` : "is not a known role";
  return {
    matched,
    value: lead.role ?? title,
    expected: c.expected as string[],
    reason: matched
      ? `Title '${title}' ${is} — matches ${lead.role ?? title}`
      : `Title '${title}' ${is} — not ${c.wanted}`,
  };
}

function missResult(c: CompiledCriterion, value: string): CriterionResult {
  return {
    matched: false,
    value,
    expected: c.expected as string[],
    reason: `${c.label} ${value} — not ${c.wanted}`,
  };
}

function valueResult(c: CompiledCriterion, value: string) {
  const matched = has(c, value);
  const label = c.label;
  const shown = displayOf(c.key, value);
  return {
    matched,
    value,
    expected: c.expected as string[],
    reason: matched
      ? `${label} ${shown} — matches`
      : `${label} ${shown} — not ${c.wanted}`,
  };
}

function remember(
  c: CompiledCriterion,
  key: string,
  result: CriterionResult,
): CriterionResult {
  if (c.cache.size >= RESULT_CACHE_LIMIT) c.cache.clear();
  c.cache.set(key, freeze(result));
  return result;
}

// Technology lists vary too much to cache; the reasons are built without
// joining lists, and the lead's own array is the value (not copied).
function technologiesResult(
  c: CompiledCriterion,
  techs: string[],
): CriterionResult {
  for (const tech of techs) {
    if (has(c, tech)) {
      return {
        matched: true,
        value: techs,
        expected: c.expected as string[],
        reason: `Uses ${tech} — matches`,
      };
    }
  }
  return {
    matched: false,
    value: techs,
    expected: c.expected as string[],
    reason: techs.length === 0 ? c.emptyReason : c.noneReason,
  };
}

function valueOf(c: CompiledCriterion, value: string | null): CriterionResult {
  if (value === null) return c.unknown;
  if (c.fresh && !c.exact.has(value)) return missResult(c, value);
  return c.cache.get(value) ?? remember(c, value, valueResult(c, value));
}

function titleOf(c: CompiledCriterion, lead: NormalizedLead): CriterionResult {
  const title = lead.title;
  const roleKey = lead.roleKey;
  if (title === null || roleKey === null) return c.unknown;
  if (!c.set.has(roleKey)) return titleResult(c, lead);
  return c.cache.get(title) ?? remember(c, title, titleResult(c, lead));
}

// ICP objects passed uncompiled are treated as immutable: the compiled form
// is kept per object so a loop of scoreLead(icp, lead) compiles once.
const compiledByIcp = new WeakMap<IcpCriteria, CompiledIcp>();

function isCompiled(icp: IcpCriteria | CompiledIcp): icp is CompiledIcp {
  return (icp as CompiledIcp).kind === "compiled-icp";
}

/** Scores a normalised lead against an ICP; see SCORE_FORMULA. */
export function scoreLead(
  icp: IcpCriteria | CompiledIcp,
  lead: NormalizedLead,
): ScoreResult {
  let compiled: CompiledIcp;
  if (isCompiled(icp)) compiled = icp;
  else {
    compiled = compiledByIcp.get(icp) ?? compileIcp(icp);
    compiledByIcp.set(icp, compiled);
  }

  // Straight-line on purpose: one fixed property order per ICP keeps the
  // criteria object monomorphic, which is what lets a single core score
  // over a million leads a second.
  const k = compiled.byKey;
  const criteria: ScoreResult["criteria"] = {};
  let known = 0;
  let matched = 0;
  let r: CriterionResult;
  if (k.industry) {
    r = criteria.industry = valueOf(k.industry, lead.industry);
    if (r.matched !== null) {
      known += k.industry.weight;
      if (r.matched) matched += k.industry.weight;
    }
  }
  if (k.companySize) {
    r = criteria.companySize = valueOf(k.companySize, lead.companySize);
    if (r.matched !== null) {
      known += k.companySize.weight;
      if (r.matched) matched += k.companySize.weight;
    }
  }
  if (k.technologies) {
    const techs = lead.technologies;
    r = criteria.technologies =
      techs === null
        ? k.technologies.unknown
        : technologiesResult(k.technologies, techs);
    if (r.matched !== null) {
      known += k.technologies.weight;
      if (r.matched) matched += k.technologies.weight;
    }
  }
  if (k.jobTitle) {
    r = criteria.jobTitle = titleOf(k.jobTitle, lead);
    if (r.matched !== null) {
      known += k.jobTitle.weight;
      if (r.matched) matched += k.jobTitle.weight;
    }
  }
  if (k.department) {
    r = criteria.department = valueOf(k.department, lead.department);
    if (r.matched !== null) {
      known += k.department.weight;
      if (r.matched) matched += k.department.weight;
    }
  }
  if (k.seniority) {
    r = criteria.seniority = valueOf(k.seniority, lead.seniority);
    if (r.matched !== null) {
      known += k.seniority.weight;
      if (r.matched) matched += k.seniority.weight;
    }
  }
  if (k.country) {
    r = criteria.country = valueOf(k.country, lead.country);
    if (r.matched !== null) {
      known += k.country.weight;
      if (r.matched) matched += k.country.weight;
    }
  }
  if (k.state) {
    r = criteria.state = valueOf(k.state, lead.state);
    if (r.matched !== null) {
      known += k.state.weight;
      if (r.matched) matched += k.state.weight;
    }
  }
  if (k.city) {
    r = criteria.city = valueOf(k.city, lead.city);
    if (r.matched !== null) {
      known += k.city.weight;
      if (r.matched) matched += k.city.weight;
    }
  }

  let score = 0;
  if (known > 0 && compiled.totalWeight > 0) {
    const share = matched / known;
    const coverage = known / compiled.totalWeight;
    score = Math.round(
      100 * share * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage),
    );
  }
  return { score, fit: fitOf(score, compiled.highFitThreshold), criteria };
}
