import { City, Country, State } from "country-state-city";
import countries from "i18n-iso-countries";
import cs from "i18n-iso-countries/langs/cs.json";
import da from "i18n-iso-countries/langs/da.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fi from "i18n-iso-countries/langs/fi.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import ja from "i18n-iso-countries/langs/ja.json";
import nb from "i18n-iso-countries/langs/nb.json";
import nl from "i18n-iso-countries/langs/nl.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";
import sv from "i18n-iso-countries/langs/sv.json";
import tr from "i18n-iso-countries/langs/tr.json";
import zh from "i18n-iso-countries/langs/zh.json";

import {
  CITY_ALIASES,
  COUNTRY_ALIASES,
  METROS,
  STATE_ALIASES,
  UNAMBIGUOUS_CITIES,
  type Place,
} from "./geo-data";
import { ContextMemo, foldKey, lazy, Memo, stripDiacritics } from "./text";

// English first: when two languages spell different countries alike, the
// English reading wins.
const LOCALES = [
  en,
  de,
  fr,
  es,
  it,
  nl,
  pt,
  sv,
  da,
  nb,
  fi,
  pl,
  cs,
  tr,
  ja,
  zh,
];

interface CountryTables {
  byKey: Map<string, string>;
  names: Map<string, string>;
}

const countryTables = lazy((): CountryTables => {
  const byKey = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (label: string, code: string) => {
    const key = foldKey(label);
    if (key !== "" && !byKey.has(key)) byKey.set(key, code);
  };
  for (const [key, code] of Object.entries(COUNTRY_ALIASES)) {
    byKey.set(key, code);
  }
  for (const c of Country.getAllCountries()) {
    names.set(c.isoCode, c.name);
    add(c.name, c.isoCode);
    add(c.isoCode, c.isoCode);
  }
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    add(alpha3, alpha2);
  }
  for (const locale of LOCALES) {
    countries.registerLocale(locale);
    const all = countries.getNames(locale.locale, { select: "all" });
    for (const [code, list] of Object.entries(all)) {
      for (const label of list) add(label, code);
    }
  }
  return { byKey, names };
});

const countryMemo = new Memo<string | null>(5_000);

/** Reads a country name, native name, alias or code as ISO 3166-1 alpha-2. */
export function normalizeCountry(s: string): string | null {
  if (typeof s !== "string") return null;
  return countryMemo.get(s, (raw) => {
    const key = foldKey(raw);
    if (key === "") return null;
    const { byKey } = countryTables();
    return byKey.get(key) ?? byKey.get(key.replace(/^the /, "")) ?? null;
  });
}

/** English name of an ISO alpha-2 code, or null when unknown. */
export function countryName(code: string): string | null {
  if (typeof code !== "string") return null;
  return countryTables().names.get(code.toUpperCase()) ?? null;
}

export function listCountries(): { code: string; name: string }[] {
  return [...countryTables().names]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Where a country's dataset lists several tiers of subdivision, lead data
// means the top one: French regions, not departments; England, not a
// London borough.
const TOP_TIER: Record<string, RegExp> = {
  FR: /^(?:[A-Z]{3}|20R)$/,
  GB: /^(?:ENG|SCT|WLS|NIR)$/,
};

// Suffixes the dataset writes that lead data usually drops.
const SUBDIVISION_WORDS = [
  "county",
  "province",
  "state",
  "region",
  "prefecture",
  "district",
  "oblast",
  "voivodeship",
  "canton",
  "department",
  "governorate",
  "autonomous community",
];
const SUBDIVISION_WORDS_RE = new RegExp(
  `\\b(?:${SUBDIVISION_WORDS.join("|")})\\b`,
  "g",
);

interface StateTables {
  byCountry: Map<string, Map<string, string>>;
  names: Map<string, string>;
  byName: Map<string, string[]>;
  lists: Map<string, { code: string; name: string }[]>;
}

const stateTables = lazy((): StateTables => {
  const byCountry = new Map<string, Map<string, string>>();
  const names = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const lists = new Map<string, { code: string; name: string }[]>();
  const tableOf = (country: string) => {
    let table = byCountry.get(country);
    if (!table) {
      table = new Map();
      byCountry.set(country, table);
    }
    return table;
  };
  for (const [country, aliases] of Object.entries(STATE_ALIASES)) {
    const table = tableOf(country);
    for (const [key, iso] of Object.entries(aliases)) {
      table.set(key, `${country}-${iso}`);
    }
  }
  for (const s of State.getAllStates()) {
    const code = `${s.countryCode}-${s.isoCode}`;
    names.set(code, s.name);
    const tier = TOP_TIER[s.countryCode];
    if (tier && !tier.test(s.isoCode)) continue;
    let list = lists.get(s.countryCode);
    if (!list) {
      list = [];
      lists.set(s.countryCode, list);
    }
    list.push({ code, name: s.name });
    const table = tableOf(s.countryCode);
    const nameKey = foldKey(s.name);
    const shortKey = nameKey.replace(SUBDIVISION_WORDS_RE, " ").trim();
    for (const key of [nameKey, foldKey(s.isoCode), shortKey]) {
      if (key !== "" && !table.has(key)) table.set(key, code);
    }
  }
  for (const [country, table] of byCountry) {
    for (const [key, code] of table) {
      if (key.length <= 3 && country !== "US") continue;
      const found = byName.get(key);
      if (!found) byName.set(key, [code]);
      else if (!found.includes(code)) found.push(code);
    }
  }
  for (const list of lists.values()) {
    list.sort((a, b) => a.name.localeCompare(b.name));
  }
  return { byCountry, names, byName, lists };
});

// Without a country, a state name must be unique among the countries lead
// data mostly comes from ("Victoria" is Australia's, not Malta's); postal
// abbreviations are read only as US, Canadian or Australian ones.
const PRIORITY_COUNTRIES = [
  "US",
  "CA",
  "AU",
  "GB",
  "DE",
  "FR",
  "NL",
  "IN",
  "ES",
  "IT",
  "CH",
  "AT",
  "IE",
  "BR",
  "MX",
  "BE",
  "SE",
  "NO",
  "DK",
  "FI",
  "PL",
  "NZ",
  "JP",
  "CN",
  "SG",
  "ZA",
  "AE",
  "IL",
];
const CODE_COUNTRIES = ["US", "CA", "AU"];

function lookupState(key: string, country: string | null): string | null {
  const { byCountry, names, byName } = stateTables();
  // An ISO 3166-2 code as written ("US-CA", "de-by").
  const iso = /^([a-z]{2}) ([a-z0-9]{1,3})$/.exec(key);
  if (iso) {
    const code = `${iso[1]!.toUpperCase()}-${iso[2]!.toUpperCase()}`;
    if (names.has(code) && (country === null || code.startsWith(country))) {
      return code;
    }
  }
  if (country !== null) return byCountry.get(country)?.get(key) ?? null;

  const candidates = new Set<string>();
  const isCode = key.length <= 3;
  for (const c of isCode ? CODE_COUNTRIES : PRIORITY_COUNTRIES) {
    const code = byCountry.get(c)?.get(key);
    if (code) candidates.add(code);
  }
  if (candidates.size === 0 && !isCode) {
    for (const code of byName.get(key) ?? []) candidates.add(code);
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}

const stateMemo = new ContextMemo<string | null>(10_000);

function stateOf(s: string, country: string): string | null {
  const key = foldKey(s);
  return key === "" ? null : lookupState(key, country === "" ? null : country);
}

/**
 * Reads a state, province or region (name, native name, postal code or ISO
 * code) as an ISO 3166-2 code. Without a country it answers only when the
 * name is unambiguous.
 */
export function normalizeState(
  s: string,
  country?: string | null,
): string | null {
  if (typeof s !== "string") return null;
  const cc = typeof country === "string" ? country.toUpperCase() : "";
  return stateMemo.get(cc, s, stateOf);
}

export function stateName(code: string): string | null {
  if (typeof code !== "string") return null;
  return stateTables().names.get(code.toUpperCase()) ?? null;
}

export function listStates(country: string): { code: string; name: string }[] {
  if (typeof country !== "string") return [];
  return [...(stateTables().lists.get(country.toUpperCase()) ?? [])];
}

interface CityTables {
  byKey: Map<string, string>;
  byPlace: Map<string, Set<string>>;
}

const cityTables = lazy((): CityTables => {
  const byKey = new Map<string, string>();
  const byPlace = new Map<string, Set<string>>();
  for (const [key, name] of Object.entries(CITY_ALIASES)) byKey.set(key, name);
  for (const c of City.getAllCities()) {
    const key = foldKey(c.name);
    let name = byKey.get(key);
    if (name === undefined) {
      name = stripDiacritics(c.name);
      byKey.set(key, name);
    }
    for (const place of [c.countryCode, `${c.countryCode}-${c.stateCode}`]) {
      let set = byPlace.get(place);
      if (!set) {
        set = new Set();
        byPlace.set(place, set);
      }
      set.add(name);
    }
  }
  return { byKey, byPlace };
});

const METRO_PREFIX_RE = /^greater /;
const METRO_SUFFIXES = [
  "metropolitan area",
  "metro area",
  "metropolitan region",
  "metroplex",
  "metro region",
  "metropolitan",
  "bay area",
  "area",
  "region",
  "metro",
];
const METRO_SUFFIX_RE = new RegExp(` (?:${METRO_SUFFIXES.join("|")})$`);
const METRO_NAMES = new Set([
  "bay area",
  "silicon valley",
  "south florida",
  "research triangle",
  "twin cities",
  "tri state area",
  "randstad",
  "gta",
  "dfw",
  "delhi ncr",
  "national capital region",
  "chicagoland",
]);

/**
 * The core name of a metro area written the LinkedIn way ("greater boston",
 * "san francisco bay area" -> "san francisco"), or null for a plain place.
 */
export function metroCore(key: string): string | null {
  if (METRO_NAMES.has(key)) return key.replace(/ area$/, "");
  let core = key;
  const prefixed = METRO_PREFIX_RE.test(core);
  if (prefixed) core = core.replace(METRO_PREFIX_RE, "");
  const suffixed = METRO_SUFFIX_RE.test(core);
  if (suffixed) core = core.replace(METRO_SUFFIX_RE, "");
  if (core === "" || (!prefixed && !suffixed)) return null;
  // "Bay Area" is a metro; a bare "Area" or "Region" is nothing at all.
  if (core === key) return null;
  return core;
}

const metroMemo = new Memo<boolean>(20_000);

/** True for a metro area name such as "Greater Boston" or "DFW". */
export function isMetroName(s: string): boolean {
  return metroMemo.get(s, (raw) => metroCore(foldKey(raw)) !== null);
}

/** The state and country a metro core names, when the table knows it. */
export function metroPlace(core: string): Place | null {
  return METROS[core] ?? METROS[core.replace(/ city$/, "")] ?? null;
}

const cityMemo = new ContextMemo<string | null>(50_000);

// "SF", "LA", "NYC" and "DC" are American shorthands; beside another
// country they are not read as those cities.
function shorthandFits(key: string, name: string, country: string): boolean {
  if (key.replace(/ /g, "").length > 3 || country === "") return true;
  return UNAMBIGUOUS_CITIES[name] === country;
}

function lookupCity(raw: string, country: string): string | null {
  const { byKey } = cityTables();
  let key = foldKey(raw);
  if (key === "") return null;
  const whole = byKey.get(key);
  if (whole && shorthandFits(key, whole, country)) return whole;
  // "Austin, TX": the city is the first part.
  const comma = raw.indexOf(",");
  if (comma > 0) key = foldKey(raw.slice(0, comma));
  if (metroCore(key) !== null) return null;
  const name = byKey.get(key);
  return name && shorthandFits(key, name, country) ? name : null;
}

/**
 * Reads a city as its customary English name ("München" -> "Munich",
 * "NYC" -> "New York"). Metro areas and unknown places yield null.
 */
export function normalizeCity(
  s: string,
  country?: string | null,
): string | null {
  if (typeof s !== "string") return null;
  const cc = typeof country === "string" ? country.toUpperCase() : "";
  return cityMemo.get(cc, s, lookupCity);
}

export function listCities(country: string, state?: string | null): string[] {
  if (typeof country !== "string") return [];
  const cc = country.toUpperCase();
  const place = state ? state.toUpperCase() : cc;
  if (!place.startsWith(cc)) return [];
  const set = cityTables().byPlace.get(place);
  return set ? [...set].sort((a, b) => a.localeCompare(b)) : [];
}

/** True when the dataset places a city of this name in the given region. */
export function cityIsIn(city: string, place: string): boolean {
  return cityTables().byPlace.get(place)?.has(city) ?? false;
}
