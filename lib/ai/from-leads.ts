import { generateText, type LanguageModel } from "ai";

import type { NormalizedLead } from "@/lib/scoring";
import { SENIORITIES, SIZE_BANDS } from "@/lib/taxonomy";

import type { AiConfig } from "./config";
import { AiProviderError } from "./errors";
import { finalizeDraft } from "./finalize";
import { proposeDescription } from "./naming";
import { resolveModel, toProviderError, withDeadline } from "./provider";
import type { IcpDraft } from "./schema";

/**
 * ICP from best customers: the values that describe most of a list of
 * leads the user picked as their best customers.
 *
 * For each field, values are taken by descending frequency until they
 * cover COVERAGE of the leads that have the field; values held by fewer
 * than MIN_SHARE of those leads are never taken (one-off noise), and at
 * most the field's cap is kept. A field known for fewer than
 * MIN_KNOWN_SHARE of the list (and MIN_KNOWN_LEADS leads) is left empty,
 * because a handful of values cannot speak for the list.
 */
export const FROM_LEADS_THRESHOLDS = {
  /** Stop adding values once they cover this share of the known leads. */
  COVERAGE: 0.8,
  /** Ignore values held by less than this share of the known leads. */
  MIN_SHARE: 0.05,
  /** A field needs this share of the list to carry a value... */
  MIN_KNOWN_SHARE: 0.2,
  /** ...and at least this many leads. */
  MIN_KNOWN_LEADS: 3,
  /** A title needs this many leads (in lists of 10 or more). */
  MIN_TITLE_LEADS: 2,
  CAPS: {
    industries: 5,
    companySizes: 4,
    seniorities: 3,
    departments: 3,
    countries: 10,
    technologies: 5,
    jobTitles: 5,
  },
} as const;

type Field = keyof typeof FROM_LEADS_THRESHOLDS.CAPS;

/**
 * Picks values from per-lead value lists. A lead counts once per value;
 * coverage is the share of known leads holding at least one picked value.
 */
function pickValues(
  perLead: (readonly string[] | null)[],
  listSize: number,
  cap: number,
  minShare: number = FROM_LEADS_THRESHOLDS.MIN_SHARE,
): string[] {
  const { COVERAGE, MIN_KNOWN_SHARE, MIN_KNOWN_LEADS } = FROM_LEADS_THRESHOLDS;
  const known = perLead.filter(
    (v): v is readonly string[] => v !== null && v.length > 0,
  );
  if (
    known.length < MIN_KNOWN_LEADS ||
    known.length < listSize * MIN_KNOWN_SHARE
  ) {
    return [];
  }
  const counts = new Map<string, number>();
  for (const values of known) {
    for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const ranked = [...counts]
    .filter(([, n]) => n / known.length >= minShare)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const picked: string[] = [];
  const covered = new Set<number>();
  for (const [value] of ranked) {
    if (picked.length >= cap) break;
    if (covered.size / known.length >= COVERAGE) break;
    picked.push(value);
    known.forEach((values, i) => {
      if (values.includes(value)) covered.add(i);
    });
  }
  return picked;
}

const one = (v: string | null | undefined): string[] | null => (v ? [v] : null);

/**
 * Proposes an ICP draft from a lead list's normalised values, offline.
 * The thresholds are FROM_LEADS_THRESHOLDS.
 */
export function proposeIcpFromLeads(
  leads: readonly NormalizedLead[],
): IcpDraft {
  const n = leads.length;
  const caps = FROM_LEADS_THRESHOLDS.CAPS;
  const pick = (field: Field, values: (readonly string[] | null)[]) =>
    pickValues(values, n, caps[field]);

  const titleMinShare =
    n >= 10 ? Math.max(FROM_LEADS_THRESHOLDS.MIN_SHARE, 2 / n) : 0;
  const raw = {
    industries: pick(
      "industries",
      leads.map((l) => one(l.industry)),
    ),
    companySizes: pick(
      "companySizes",
      leads.map((l) => one(l.companySize)),
    ),
    seniorities: pick(
      "seniorities",
      leads.map((l) => one(l.seniority)),
    ),
    departments: pick(
      "departments",
      leads.map((l) => one(l.department)),
    ),
    countries: pick(
      "countries",
      leads.map((l) => one(l.country)),
    ),
    technologies: pick(
      "technologies",
      leads.map((l) => l.technologies),
    ),
    jobTitles: pickValues(
      leads.map((l) => one(l.role)),
      n,
      caps.jobTitles,
      titleMinShare,
    ),
  };
  // Bands and levels read best in their natural order.
  raw.companySizes = SIZE_BANDS.filter((b) => raw.companySizes.includes(b));
  raw.seniorities = SENIORITIES.filter((s) => raw.seniorities.includes(s));

  const draft = finalizeDraft(raw, "");
  const summary = proposeDescription(draft);
  return {
    ...draft,
    description: `${summary} Based on ${n} best customer${n === 1 ? "" : "s"}.`,
    idealCustomerDescription: summary,
  };
}

export type ProposeFromLeadsOptions = {
  config?: AiConfig | null;
  model?: LanguageModel;
  signal?: AbortSignal;
};

export type ProposeFromLeadsResult = {
  draft: IcpDraft;
  engine: "offline" | "provider";
  model?: string;
  notice?: string;
};

/**
 * The same proposal, with the ideal customer description written by the
 * model when a provider is configured. The criteria always come from the
 * counts; a provider failure keeps the offline text and says so.
 */
export async function proposeIcpFromLeadsWithModel(
  leads: readonly NormalizedLead[],
  options: ProposeFromLeadsOptions = {},
): Promise<ProposeFromLeadsResult> {
  const draft = proposeIcpFromLeads(leads);
  let resolved;
  try {
    resolved = resolveModel(options);
  } catch (e) {
    const error = toProviderError(e);
    return { draft, engine: "offline", notice: error.message };
  }
  if (!resolved) return { draft, engine: "offline" };

  const facts = [
    `Industries: ${draft.industries.join(", ") || "mixed"}`,
    `Company sizes (employees): ${draft.companySizes.join(", ") || "mixed"}`,
    `Job titles: ${draft.jobTitles.join(", ") || "mixed"}`,
    `Seniorities: ${draft.seniorities.join(", ") || "mixed"}`,
    `Departments: ${draft.departments.join(", ") || "mixed"}`,
    `Countries (ISO codes): ${draft.countries.join(", ") || "mixed"}`,
    `Technologies: ${draft.technologies.join(", ") || "none in common"}`,
    `Number of best customers: ${leads.length}`,
  ].join("\n");
  try {
    const text = await withDeadline(
      resolved.timeoutMs,
      options.signal,
      async (abortSignal) => {
        const result = await generateText({
          model: resolved.model,
          system:
            "Write the ideal customer description of a B2B company in two " +
            "or three plain sentences, from the facts its best customers " +
            "share. State only those facts; no marketing language.",
          prompt: facts,
          abortSignal,
          maxRetries: 1,
          temperature: 0.2,
        });
        return result.text.replace(/\s+/g, " ").trim();
      },
    );
    if (!text) throw new AiProviderError("invalid_output");
    return {
      draft: { ...draft, idealCustomerDescription: text.slice(0, 2000) },
      engine: "provider",
      model: resolved.modelId,
    };
  } catch (e) {
    const error = toProviderError(e);
    return {
      draft,
      engine: "offline",
      notice: `${error.message} The description was written from the counts instead.`,
    };
  }
}
