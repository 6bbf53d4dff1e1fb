import { z } from "zod";

import { getTeamContext } from "@/lib/auth/session";
import { AppError, errorBody } from "@/lib/errors";
import {
  countryName,
  DEPARTMENTS,
  foldKey,
  INDUSTRIES,
  listCities,
  listCountries,
  listStates,
  normalizeCity,
  normalizeCountry,
  normalizeDepartment,
  normalizeIndustry,
  normalizeState,
  normalizeTechnology,
  parseTitle,
  stateName,
  TECHNOLOGIES,
} from "@/lib/taxonomy";

import { candidate, rankCandidates } from "./match";
import type { Candidate, Suggestion } from "./match";

const LIMIT = 50;
const MAX_PLACES = 50;
// More codes than any saved ICP holds; the rest of a longer list is cut.
const MAX_LABELS = 200;

const COUNTRY_CODE = /^[A-Z]{2}$/;
const STATE_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const codes = (pattern: RegExp, max = MAX_PLACES) =>
  z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((c) => c.trim().toUpperCase())
        .filter((c) => pattern.test(c))
        .slice(0, max),
    );

const querySchema = z.object({
  field: z.enum([
    "industries",
    "technologies",
    "jobTitles",
    "departments",
    "countries",
    "states",
    "cities",
  ]),
  q: z.string().max(100).default(""),
  countries: codes(COUNTRY_CODE),
  states: codes(STATE_CODE),
});

type Query = z.output<typeof querySchema>;

// Codes are checked against the field's own pattern, so a state code sent
// as a country is dropped like any other unknown code.
const labelsSchema = z.discriminatedUnion("field", [
  z.object({
    field: z.literal("countries"),
    labels: codes(COUNTRY_CODE, MAX_LABELS),
  }),
  z.object({
    field: z.literal("states"),
    labels: codes(STATE_CODE, MAX_LABELS),
  }),
]);

type LabelsQuery = z.output<typeof labelsSchema>;

/**
 * Suggestions for the ICP form's multi-value fields. The taxonomy and the
 * place dataset stay on the server; the browser only ever receives the
 * few dozen entries that match what was typed.
 *
 * With `labels` (comma-separated ISO codes) it names stored countries or
 * states instead, for chips the form shows before anything was picked.
 */
export async function GET(req: Request): Promise<Response> {
  const ctx = await getTeamContext();
  if (!ctx) {
    return fail(new AppError("unauthorized", "Sign in to get suggestions."));
  }

  const params = Object.fromEntries(new URL(req.url).searchParams);
  if ("labels" in params) return labelsResponse(params);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    return fail(new AppError("bad_request", "Unknown field or bad query."));
  }

  const suggestions = suggest(parsed.data);
  return Response.json(
    { suggestions },
    { headers: { "Cache-Control": "private, max-age=300" } },
  );
}

function labelsResponse(params: Record<string, string>): Response {
  const parsed = labelsSchema.safeParse(params);
  if (!parsed.success) {
    return fail(new AppError("bad_request", "Unknown field or bad codes."));
  }

  return Response.json(
    { labels: labelsOf(parsed.data) },
    { headers: { "Cache-Control": "private, max-age=300" } },
  );
}

/** Names of the known codes; unknown ones are left out. */
function labelsOf(query: LabelsQuery): Record<string, string> {
  const name = query.field === "countries" ? countryName : stateName;
  const labels: Record<string, string> = {};
  for (const code of query.labels) {
    const label = name(code);
    if (label) labels[code] = label;
  }
  return labels;
}

function fail(err: AppError): Response {
  return Response.json(errorBody(err), { status: err.status });
}

function suggest(query: Query): Suggestion[] {
  const { q } = query;
  switch (query.field) {
    case "industries":
      return withCanonical(industryCandidates(), normalizeIndustry(q), q);
    case "technologies":
      return withCanonical(technologyCandidates(), normalizeTechnology(q), q);
    case "departments":
      return withCanonical(departmentCandidates(), normalizeDepartment(q), q);
    case "jobTitles": {
      // Titles are free text; offer the canonical role a title reads as.
      const role = q.trim() ? parseTitle(q).role : null;
      return role ? [{ value: role, label: role }] : [];
    }
    case "countries":
      return withCanonical(countryCandidates(), normalizeCountry(q), q);
    case "states":
      return suggestStates(query);
    case "cities":
      return suggestCities(query);
  }
}

/**
 * Ranked matches with the taxonomy's own reading of the text first, so a
 * synonym ("Software as a Service", "Deutschland") leads to its canonical
 * entry even when no label contains the typed words.
 */
function withCanonical(
  candidates: readonly Candidate[],
  canonical: string | null,
  q: string,
): Suggestion[] {
  const ranked = rankCandidates(candidates, q, LIMIT);
  if (!canonical) return ranked;
  const hit = candidates.find((c) => c.value === canonical);
  if (!hit) return ranked;
  const first = { value: hit.value, label: hit.label };
  return [first, ...ranked.filter((s) => s.value !== canonical)].slice(
    0,
    LIMIT,
  );
}

function suggestStates({ q, countries }: Query): Suggestion[] {
  const multi = countries.length > 1;
  const candidates = countries.flatMap((cc) =>
    stateCandidates(cc).map((c) =>
      multi ? { ...c, label: `${c.label}, ${cc}` } : c,
    ),
  );
  const canonical =
    countries.map((cc) => normalizeState(q, cc)).find(Boolean) ?? null;
  return withCanonical(candidates, canonical, q);
}

function suggestCities({ q, countries, states }: Query): Suggestion[] {
  // Chosen states narrow their own country; other countries stay whole.
  const places = [
    ...states,
    ...countries.filter((cc) => !states.some((s) => s.startsWith(`${cc}-`))),
  ];
  if (!places.length) {
    const city = q.trim() ? normalizeCity(q) : null;
    return city ? [{ value: city, label: city }] : [];
  }
  const candidates = places.flatMap((place) => cityCandidates(place));
  const canonical = q.trim()
    ? (countries.map((cc) => normalizeCity(q, cc)).find(Boolean) ?? null)
    : null;
  return withCanonical(dedupe(candidates), canonical, q);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (seen.has(c.value)) return false;
    seen.add(c.value);
    return true;
  });
}

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const industryCandidates = memo(() =>
  INDUSTRIES.map((i) => candidate(i.name, i.name, i.synonyms)),
);

const technologyCandidates = memo(() =>
  TECHNOLOGIES.map((t) => candidate(t.name, t.name, t.aliases)),
);

const departmentCandidates = memo(() =>
  DEPARTMENTS.map((d) => candidate(d, d)),
);

const countryCandidates = memo(() =>
  listCountries().map((c) => candidate(c.code, c.name)),
);

const stateCache = new Map<string, Candidate[]>();

function stateCandidates(country: string): Candidate[] {
  let list = stateCache.get(country);
  if (!list) {
    list = listStates(country).map((s) =>
      candidate(s.code, s.name, [s.code.slice(3)]),
    );
    stateCache.set(country, list);
  }
  return list;
}

const cityCache = new Map<string, Candidate[]>();

/** Cities of a country or ISO 3166-2 state, labelled with where they are. */
function cityCandidates(place: string): Candidate[] {
  let list = cityCache.get(place);
  if (!list) {
    const [country, sub] = place.split("-");
    const where = sub ? (stateName(place) ?? place) : country!;
    // Found by the city's own name only: typing "California" should not
    // list every city in the state.
    list = listCities(country!, sub ? place : null).map((city) => ({
      value: city,
      label: `${city}, ${where}`,
      keys: [foldKey(city)],
    }));
    cityCache.set(place, list);
  }
  return list;
}
