import {
  listCities,
  listCountries,
  listStates,
  normalizeCity,
  normalizeCountry,
  normalizeState,
  parseLocation,
  parseLocationText,
} from "@/lib/taxonomy";

import { COMPANY_NOUNS } from "./industries";
import {
  COUNTRY_WORDS,
  METRO_NAMES,
  REGIONS,
  STATE_REGIONS,
  WEAK_COUNTRY_WORDS,
} from "./regions";
import { claim, PhraseIndex, tokenize, type Claims, type Token } from "./text";

/**
 * Places in free text: regions, countries, states and cities. Country and
 * state names are read anywhere; a city only where the sentence talks
 * about a place ("in Chicago", "Berlin-based", "across Austin and Denver"),
 * because the city list holds places named "Sales" or "Enterprise".
 * A city implies nothing else: leads are matched on the city itself.
 */

export type PlaceFindings = {
  countries: string[];
  states: string[];
  cities: string[];
  /** The places as the text names them ("DACH", "Bay Area"), for labels. */
  names: string[];
};

type Place =
  | { kind: "region"; countries: string[]; states: string[] }
  | { kind: "country"; code: string; weak: boolean }
  | { kind: "state"; code: string }
  | { kind: "metro"; phrase: string };

/** Countries whose states are looked for by name anywhere in the text. */
const STATE_COUNTRIES = [
  "US",
  "CA",
  "AU",
  "IN",
  "DE",
  "FR",
  "ES",
  "IT",
  "BR",
  "MX",
  "NL",
  "CH",
  "AT",
];

/** Where a state name is also a city, these countries mean the state. */
const STATE_FIRST = new Set(["US", "CA", "AU"]);

/** State names read as their city: "New York" is the city in sales talk. */
const CITY_FIRST = new Set(["new york", "delhi"]);

/** Country names that are ordinary words unless capitalised. */
const COUNTRIES_LOWER_OK_MIN = 5;

/** Two-letter codes that read as countries rather than US states. */
const COUNTRY_CODES_FIRST = new Set([
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "SE",
  "NO",
  "DK",
  "FI",
  "CH",
  "AT",
  "BE",
  "IE",
  "PL",
  "PT",
  "GB",
  "UK",
  "JP",
  "SG",
  "NZ",
  "IL",
  "BR",
  "MX",
  "CN",
  "HK",
  "KR",
  "ZA",
  "AE",
]);

const index = (() => {
  const idx = new PhraseIndex<Place>();
  for (const [phrases, countries] of REGIONS) {
    for (const p of phrases) {
      idx.addPhrase(p, { kind: "region", countries, states: [] });
    }
  }
  for (const [phrases, states] of STATE_REGIONS) {
    for (const p of phrases) {
      idx.addPhrase(p, { kind: "region", countries: [], states });
    }
  }
  for (const p of METRO_NAMES) idx.addPhrase(p, { kind: "metro", phrase: p });
  // The US state, not the country, unless the text names the country.
  idx.addPhrase(
    "Georgia",
    { kind: "state", code: "US-GA" },
    {
      capitalised: true,
    },
  );
  for (const [word, code] of Object.entries(COUNTRY_WORDS)) {
    const place: Place = {
      kind: "country",
      code,
      weak: WEAK_COUNTRY_WORDS.has(word),
    };
    if (word.replace(/ /g, "").length <= 3) {
      idx.addPhrase(word.replace(/ /g, "").toUpperCase(), place, {
        exact: true,
      });
    } else {
      idx.addPhrase(word, place, { capitalised: word.length < 5 });
    }
  }
  for (const { code, name } of listCountries()) {
    if (/[(,]/.test(name)) continue;
    const lowerOk = name.includes(" ") || name.length >= COUNTRIES_LOWER_OK_MIN;
    idx.addPhrase(
      name,
      { kind: "country", code, weak: false },
      { capitalised: !lowerOk },
    );
  }
  for (const country of STATE_COUNTRIES) {
    for (const { code, name } of listStates(country)) {
      if (code.split("-").length > 2) continue;
      idx.addPhrase(
        name,
        { kind: "state", code },
        {
          capitalised: !name.includes(" "),
        },
      );
    }
  }
  return idx;
})();

/** Words after which a list of places follows. */
const PREPOSITIONS = new PhraseIndex<boolean>();
for (const p of [
  "in",
  "across",
  "around",
  "near",
  "throughout",
  "from",
  "within",
  "based in",
  "located in",
  "headquartered in",
  "hq in",
  "hqd in",
  "hq d in",
  "out of",
  "covering",
  "serving",
  "operating in",
  "selling into",
  "all over",
  "anywhere in",
  "based out of",
]) {
  PREPOSITIONS.addPhrase(p, true);
}

/** Words that negate the places after them: "outside the US". */
const NEGATIONS = new Set(["outside", "excluding", "except", "excl", "not"]);

const LIST_WORDS = new Set(["and", "or", "plus", "nor"]);

function capitalised(t: Token | undefined): boolean {
  const c = t?.raw[0] ?? "";
  return c !== "" && c !== c.toLowerCase();
}

/** Whether a place at token i follows a location word, skipping "the". */
function afterPreposition(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.norm === "the") j--;
  for (let len = 1; len <= 3; len++) {
    const from = j - len + 1;
    if (from < 0) break;
    const m = PREPOSITIONS.matchAt(tokens, from);
    if (m && m.to === j + 1) return true;
  }
  return false;
}

function cueAfter(tokens: Token[], to: number, claimed: Claims): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (next.norm === "based" || next.norm === "headquartered") return true;
  if (COMPANY_NOUNS.has(next.norm)) return true;
  if (claimed[to] === "industry") return true;
  return ["speaking", "market", "area", "region", "metro"].includes(next.norm);
}

type Found = {
  from: number;
  to: number;
  countries: string[];
  states: string[];
  cities: string[];
  /** The country a city or state item belongs to, for qualifiers. */
  country?: string;
  city?: string;
  state?: string;
  /** An upper-case code whose reading (state or country) waits for context. */
  code?: string;
  /** For a state read as its city ("New York"), the state itself. */
  asState?: string;
};

/** The longest run of capitalised words at i that names a city. */
function cityAt(
  tokens: Token[],
  i: number,
  claimed: Claims,
  isOtherTerm: (text: string) => boolean,
): Found | undefined {
  // "Washington, D.C." keeps its comma.
  if (tokens[i]?.raw === "Washington" && tokens[i + 1]?.raw === "DC") {
    const city = normalizeCity("Washington DC");
    if (city) {
      return {
        from: i,
        to: i + 2,
        countries: [],
        states: [],
        cities: [city],
        city,
      };
    }
  }
  let from = i;
  if (tokens[i]?.norm === "greater" && capitalised(tokens[i + 1])) from = i + 1;
  for (let len = 3; len >= 1; len--) {
    const to = from + len;
    const words = tokens.slice(from, to);
    if (words.length < len) continue;
    if (words.some((t, k) => claimed[from + k] || !capitalised(t))) continue;
    if (words.some((t, k) => k > 0 && !/^[\s\-.]*$/.test(t.before))) continue;
    const text = words.map((t) => t.raw).join(" ");
    if (len === 1 && isOtherTerm(text)) continue;
    const city = normalizeCity(text);
    if (!city) continue;
    // "Abu" of an unknown "Abu Dhabi" is no city: a capitalised word right
    // after it that is not a place itself continues the name.
    const next = tokens[to];
    if (
      next &&
      !claimed[to] &&
      /^\s+$/.test(next.before) &&
      capitalised(next) &&
      !isPlaceName(next.raw) &&
      !isOtherTerm(next.raw)
    ) {
      continue;
    }
    let end = to;
    // "Boston area", "Denver metro", "Greater Austin"
    const tail = tokens[end];
    if (
      tail &&
      ["area", "metro", "metropolitan", "region"].includes(tail.norm)
    ) {
      end++;
      if (tokens[end]?.norm === "area") end++;
    }
    return {
      from: i,
      to: end,
      countries: [],
      states: [],
      cities: [city],
      city,
    };
  }
  return undefined;
}

function resolvePlace(place: Place, from: number, to: number): Found {
  const found: Found = { from, to, countries: [], states: [], cities: [] };
  switch (place.kind) {
    case "region":
      found.countries.push(...place.countries);
      found.states.push(...place.states);
      break;
    case "country":
      found.countries.push(place.code);
      found.country = place.code;
      break;
    case "state":
      found.states.push(place.code);
      found.state = place.code;
      found.country = place.code.slice(0, 2);
      break;
    case "metro": {
      const loc = parseLocationText(place.phrase);
      if (loc.state) found.states.push(loc.state);
      else if (loc.country) found.countries.push(loc.country);
      break;
    }
  }
  return found;
}

/** True when a place B right after a comma only says where A is. */
function qualifies(a: Found, b: Found): boolean {
  if (a.city) {
    if (b.state) {
      return listCities(b.state.slice(0, 2), b.state).includes(a.city);
    }
    if (b.country && b.countries.length === 1) {
      return listCities(b.country).includes(a.city);
    }
    return false;
  }
  if (a.state && b.country && b.countries.length === 1) {
    return a.state.startsWith(`${b.country}-`);
  }
  return false;
}

/** An upper-case postal or country code inside a list of places. */
function codeAt(
  tokens: Token[],
  i: number,
  isOtherTerm: (text: string) => boolean,
): Found | undefined {
  const t = tokens[i];
  if (!t || !/^[A-Z]{2,3}$/.test(t.raw) || isOtherTerm(t.raw)) return undefined;
  const state = normalizeState(t.raw);
  const country = t.raw.length === 2 ? normalizeCountry(t.raw) : null;
  if (!state && !country) return undefined;
  return {
    from: i,
    to: i + 1,
    countries: [],
    states: [],
    cities: [],
    code: t.raw,
  };
}

function stateOrCity(found: Found, tokens: Token[]): Found {
  // "Berlin", "Vienna", "New York": a state that is also a well-known city
  // reads as the city, except for whole US, Canadian or Australian states.
  if (!found.state) return found;
  const text = tokens
    .slice(found.from, found.to)
    .map((t) => t.raw)
    .join(" ");
  const key = text.toLowerCase();
  const city = normalizeCity(text);
  const country = found.state.slice(0, 2);
  if (!city) return found;
  if (STATE_FIRST.has(country) && !CITY_FIRST.has(key)) return found;
  if (country === "IN" && !CITY_FIRST.has(key)) return found;
  return {
    from: found.from,
    to: found.to,
    countries: [],
    states: [],
    cities: [city],
    city,
    country,
    asState: found.state,
  };
}

/**
 * Reads places and marks their tokens claimed. A list of places ends at
 * the first word that is not one; `isOtherTerm` keeps words such as
 * "Sales" (also a town somewhere) from being read as cities.
 */
export function extractPlaces(
  tokens: Token[],
  claimed: Claims,
  isOtherTerm: (text: string) => boolean,
): PlaceFindings {
  // Text typed all in lower case gives no capitals to go by: read every
  // word as if capitalised, and rely on context alone.
  if (!tokens.some((t) => /\p{Lu}/u.test(t.raw))) {
    tokens = tokens.map((t) => ({
      ...t,
      raw: t.raw.charAt(0).toUpperCase() + t.raw.slice(1),
    }));
  }
  const items: Found[] = [];
  let listOpen = false;
  let negated = false;
  const pending: Found[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (claimed[i]) {
      listOpen = false;
      continue;
    }
    if (NEGATIONS.has(t.norm)) {
      negated = true;
      continue;
    }
    if (t.norm === "the") continue;
    const context = listOpen || afterPreposition(tokens, i);

    let found: Found | undefined;
    const m = index.matchAt(tokens, i, claimed);
    const city = cityAt(tokens, i, claimed, isOtherTerm);
    if (m && city && city.to > m.to && city.to - city.from > 1) {
      // "Mexico City", "Kansas City", "New York City"
      found = city;
    } else if (m) {
      const place = m.value;
      const weak = place.kind === "country" && place.weak;
      if (!weak || cueAfter(tokens, m.to, claimed) || context) {
        found = stateOrCity(resolvePlace(place, m.from, m.to), tokens);
      }
    }
    if (!found && city) {
      if (context || cueAfter(tokens, city.to, claimed)) found = city;
    }
    if (!found && context) found = codeAt(tokens, i, isOtherTerm);

    if (!found) {
      if (listOpen && LIST_WORDS.has(t.norm)) continue;
      listOpen = false;
      negated = false;
      continue;
    }

    // "Austin, TX" and "Ontario, Canada": the second place says where the
    // first one is.
    const prev = items[items.length - 1];
    const joinedByComma = /,/.test(t.before) && prev && prev.to === i;
    if (joinedByComma && prev) {
      const asQualifier = found.code ? qualifierFromCode(found, prev) : found;
      if (asQualifier && qualifies(prev, asQualifier)) {
        claim(claimed, found.from, found.to, "place");
        if (prev.city && !isKnownHub(prev.city) && asQualifier.country) {
          prev.countries.push(asQualifier.country);
        }
        i = found.to - 1;
        listOpen = true;
        continue;
      }
    }

    claim(claimed, found.from, found.to, "place");
    if (!negated) {
      items.push(found);
      if (found.code) pending.push(found);
    }
    listOpen = true;
    i = found.to - 1;
    const after = tokens[found.to];
    if (after && /[.;:!?)]/.test(after.before)) listOpen = false;
  }

  resolveCodes(pending, items);
  // "California and New York": among states, New York is the state.
  const states = items.filter((f) => f.states.length && !f.countries.length);
  const cities = items.filter((f) => f.cities.length && !f.asState);
  for (const f of items) {
    if (f.asState && states.length && !cities.length) {
      f.states = [f.asState];
      f.cities = [];
    }
  }
  const out: PlaceFindings = {
    countries: [],
    states: [],
    cities: [],
    names: [],
  };
  for (const f of items) {
    const name = tokens
      .slice(f.from, f.to)
      .map((t) => t.raw)
      .join(" ");
    if (f.countries.length + f.states.length + f.cities.length) {
      pushOnce(out.names, name);
    }
    for (const c of f.countries) pushOnce(out.countries, c);
    for (const s of f.states) pushOnce(out.states, s);
    for (const c of f.cities) pushOnce(out.cities, c);
  }
  return out;
}

function qualifierFromCode(code: Found, prev: Found): Found | undefined {
  const raw = code.code!;
  if (prev.city) {
    for (const country of ["US", "CA", "AU"]) {
      const state = normalizeState(raw, country);
      if (state && listCities(country, state).includes(prev.city)) {
        return { ...code, state, country, states: [state] };
      }
    }
  }
  const country = normalizeCountry(raw);
  return country ? { ...code, country, countries: [country] } : undefined;
}

/** A city whose name alone settles its country ("Chicago", "Munich"). */
function isKnownHub(city: string): boolean {
  return parseLocation({ city }).country !== null;
}

/** Reads "CA", "DE", "IN" as states or countries by the other places. */
function resolveCodes(pending: Found[], items: Found[]): void {
  const usContext = items.some(
    (f) =>
      f.countries.includes("US") ||
      f.states.some((s) => s.startsWith("US-")) ||
      f.country === "US",
  );
  for (const f of pending) {
    const raw = f.code!;
    const state = normalizeState(raw);
    const country = raw.length === 2 ? normalizeCountry(raw) : null;
    const preferCountry =
      country !== null &&
      (state === null || (!usContext && COUNTRY_CODES_FIRST.has(raw)));
    if (preferCountry && country) f.countries.push(country);
    else if (state) f.states.push(state);
  }
}

function pushOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** True when a word names a place the extractor knows (for other passes). */
export function isPlaceName(text: string): boolean {
  if (normalizeCountry(text) !== null || normalizeState(text) !== null) {
    return true;
  }
  const tokens = tokenize(text);
  const m = index.matchAt(tokens, 0);
  return m !== undefined && m.to === tokens.length;
}
