import { UNAMBIGUOUS_CITIES } from "./geo-data";
import {
  cityIsIn,
  isMetroName,
  metroCore,
  metroPlace,
  normalizeCity,
  normalizeCountry,
  normalizeState,
} from "./geo";
import { asText, ContextMemo, foldKey } from "./text";

export interface Location {
  country: string | null;
  state: string | null;
  city: string | null;
}

export interface LocationParts {
  location?: unknown;
  country?: unknown;
  state?: unknown;
  city?: unknown;
}

const NOWHERE: Location = Object.freeze({
  country: null,
  state: null,
  city: null,
});

// Countries whose people write "<State>, <Country>" for a whole state, as
// LinkedIn does ("Texas, United States"): there a lone name that is both a
// state and a city ("New York") reads as the state.
const STATE_FIRST = new Set(["US", "CA", "AU", "IN", "BR", "MX"]);

const SPLIT_RE = /\s*[,;|]\s*|\s+[-–—]\s+/;

function countryOfState(code: string | null): string | null {
  return code === null ? null : code.slice(0, 2);
}

/**
 * "San Francisco, CA": a trailing code that is a state of the place before
 * it is a state, not a country (CA is California here, not Canada).
 */
function trailingState(parts: string[], hint: string | null): string | null {
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  if (foldKey(last).replace(/ /g, "").length > 3) return null;
  for (const country of hint ? [hint] : ["US", "CA", "AU"]) {
    const state = normalizeState(last, country);
    if (state === null) continue;
    const city = normalizeCity(parts[0]!, country);
    if (hint !== null || (city !== null && cityIsIn(city, state))) {
      return state;
    }
  }
  return null;
}

function parseText(text: string, hint: string | null): Location {
  const parts = text.split(SPLIT_RE).filter((p) => p !== "");
  if (parts.length === 0) return NOWHERE;

  // A metro anywhere ("Austin, Texas Metropolitan Area", "Greater Boston")
  // means no city; its core may still name the state.
  let metro: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const core = metroCore(foldKey(parts[i]!));
    if (core !== null) {
      metro ??= core;
      parts[i] = core;
    }
  }

  let country: string | null = null;
  let state = trailingState(parts, hint);
  if (state !== null) {
    parts.pop();
    country = countryOfState(state);
  } else {
    const last = parts[parts.length - 1]!;
    const asCountry = normalizeCountry(last);
    if (asCountry !== null && (parts.length > 1 || metro === null)) {
      country = asCountry;
      parts.pop();
    }
  }
  const context = country ?? hint;

  let city: string | null = null;
  if (parts.length >= 2) {
    state ??= normalizeState(parts[parts.length - 1]!, context);
    city = normalizeCity(parts[0]!, context ?? countryOfState(state));
  } else if (parts.length === 1 && state !== null) {
    city = normalizeCity(parts[0]!, context);
  } else if (parts.length === 1) {
    const only = parts[0]!;
    const asState = normalizeState(only, context);
    const asCity = normalizeCity(only, context ?? countryOfState(asState));
    const stateCountry = countryOfState(asState);
    if (
      asState !== null &&
      (asCity === null || STATE_FIRST.has(stateCountry!))
    ) {
      state = asState;
    } else {
      city = asCity;
    }
  }
  country ??= countryOfState(state);

  if (metro !== null) {
    city = null;
    const place = metroPlace(metro);
    if (place && (country === null || country === place.country)) {
      country = place.country;
      state ??= place.state;
    }
  }
  if (country === null && city !== null) {
    country = UNAMBIGUOUS_CITIES[city] ?? null;
  }
  return { country, state, city };
}

const memo = new ContextMemo<Location>(50_000);

function parseFresh(text: string, hint: string): Location {
  const trimmed = text.trim();
  return trimmed === ""
    ? NOWHERE
    : parseText(trimmed, hint === "" ? null : hint);
}

/** Parses one free-text location as LinkedIn or Sales Navigator write it. */
export function parseLocationText(
  text: string,
  hint?: string | null,
): Location {
  if (typeof text !== "string") return NOWHERE;
  return memo.get(hint ?? "", text, parseFresh);
}

/**
 * Combines a lead's country, state, city and free-text location fields.
 * Explicit fields win; the location string fills the gaps it agrees with.
 * A state is never inferred from a city alone; a country is, but only from
 * a major city whose name means one place.
 */
export function parseLocation(parts: LocationParts): Location {
  const countryText = asText(parts?.country);
  const stateText = asText(parts?.state);
  const cityText = asText(parts?.city);
  const locationText = asText(parts?.location);

  let country = countryText ? normalizeCountry(countryText) : null;
  let state: string | null = null;
  let city: string | null = null;

  const fromLocation = locationText
    ? parseLocationText(locationText, country)
    : NOWHERE;
  country ??= fromLocation.country;

  if (stateText) {
    state = normalizeState(stateText, country);
    country ??= countryOfState(state);
  }

  if (cityText) {
    if (cityText.includes(",") || isMetroName(cityText)) {
      const fromCity = parseLocationText(cityText, country);
      city = fromCity.city;
      if (country === null || fromCity.country === country) {
        country ??= fromCity.country;
        state ??= fromCity.state;
      }
    } else {
      city = normalizeCity(cityText, country);
    }
  }

  if (fromLocation.country === country || fromLocation.country === null) {
    state ??= fromLocation.state;
    city ??= fromLocation.city;
  }

  if (country === null && city !== null) {
    country = UNAMBIGUOUS_CITIES[city] ?? null;
    // "WA" alone is Washington or Western Australia; Seattle settles it.
    if (country !== null && state === null && stateText) {
      state = normalizeState(stateText, country);
    }
  }
  if (state !== null && country !== null && !state.startsWith(country)) {
    state = null;
  }
  return { country, state, city };
}
