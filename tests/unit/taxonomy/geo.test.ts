import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  countryName,
  listCities,
  listCountries,
  listStates,
  normalizeCity,
  normalizeCountry,
  normalizeState,
  stateName,
} from "@/lib/taxonomy";

import { anyString } from "./arbitraries";

describe("normalizeCountry", () => {
  it.each([
    ["USA", "US"],
    ["U.S.A.", "US"],
    ["U.S.", "US"],
    ["US", "US"],
    ["United States of America", "US"],
    ["united states", "US"],
    ["UK", "GB"],
    ["U.K.", "GB"],
    ["Great Britain", "GB"],
    ["England", "GB"],
    ["The Netherlands", "NL"],
    ["Holland", "NL"],
    ["Nederland", "NL"],
    ["Deutschland", "DE"],
    ["DEU", "DE"],
    ["España", "ES"],
    ["Schweiz", "CH"],
    ["Österreich", "AT"],
    ["Türkiye", "TR"],
    ["Korea, Republic of", "KR"],
    ["Czechia", "CZ"],
    ["Côte d'Ivoire", "CI"],
    ["canada", "CA"],
    ["Atlantis", null],
    ["", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });

  it("names and lists countries", () => {
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("ZZ")).toBeNull();
    const list = listCountries();
    expect(list.length).toBeGreaterThan(240);
    expect(list).toContainEqual({ code: "FR", name: "France" });
    for (const { code, name } of list)
      expect(normalizeCountry(name)).toBe(code);
  });
});

describe("normalizeState", () => {
  it.each([
    ["CA", "US", "US-CA"],
    ["California", "US", "US-CA"],
    ["Calif.", null, "US-CA"],
    ["Mass.", null, "US-MA"],
    ["Washington", "US", "US-WA"],
    ["Texas", null, "US-TX"],
    ["Bayern", "DE", "DE-BY"],
    ["Bavaria", null, "DE-BY"],
    ["Nordrhein-Westfalen", "DE", "DE-NW"],
    ["Noord-Holland", "NL", "NL-NH"],
    ["North Holland", "NL", "NL-NH"],
    ["Île-de-France", "FR", "FR-IDF"],
    ["Ile-de-France", null, "FR-IDF"],
    ["NSW", "AU", "AU-NSW"],
    ["Victoria", null, "AU-VIC"],
    ["ON", "CA", "CA-ON"],
    ["Québec", "CA", "CA-QC"],
    ["KA", "IN", "IN-KA"],
    ["Karnataka", null, "IN-KA"],
    ["England", "GB", "GB-ENG"],
    ["US-NY", null, "US-NY"],
    ["de-by", null, "DE-BY"],
    // Ambiguous without a country: Washington or Western Australia.
    ["WA", null, null],
    // Paris is a city; French regions are the states lead data means.
    ["Paris", "FR", null],
    ["CA", "DE", null],
    ["Narnia", null, null],
  ])("reads %j in %j as %j", (input, country, expected) => {
    expect(normalizeState(input, country)).toBe(expected);
  });

  it("names and lists states", () => {
    expect(stateName("DE-BY")).toBe("Bavaria");
    expect(listStates("US")).toContainEqual({
      code: "US-CA",
      name: "California",
    });
    expect(listStates("FR").map((s) => s.code)).toContain("FR-IDF");
    expect(listStates("FR").map((s) => s.code)).not.toContain("FR-75C");
    for (const { code, name } of listStates("AU")) {
      expect(normalizeState(name, "AU")).toBe(code);
    }
  });
});

describe("normalizeCity", () => {
  it.each([
    ["München", null, "Munich"],
    ["Munich", "DE", "Munich"],
    ["Montréal", null, "Montreal"],
    ["Bengaluru", null, "Bangalore"],
    ["SF", "US", "San Francisco"],
    ["San Fran", null, "San Francisco"],
    ["NYC", null, "New York"],
    ["New York City", "US", "New York"],
    ["los angeles", null, "Los Angeles"],
    ["Köln", null, "Cologne"],
    ["Zürich", null, "Zurich"],
    ["Wien", null, "Vienna"],
    ["Austin, TX", null, "Austin"],
    ["toronto", "CA", "Toronto"],
    // American shorthand is not read next to another country.
    ["SF", "FI", null],
    ["Greater Boston", null, null],
    ["San Francisco Bay Area", null, null],
    ["Remote", null, null],
  ])("reads %j in %j as %j", (input, country, expected) => {
    expect(normalizeCity(input, country)).toBe(expected);
  });

  it("lists cities by country and state", () => {
    expect(listCities("DE", "DE-BY")).toContain("Munich");
    expect(listCities("DE", "US-CA")).toEqual([]);
    expect(listCities("NL")).toContain("Amsterdam");
  });
});

describe("place normalisers", () => {
  it("never throw and are idempotent", () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(null, "US", "DE"), (s, c) => {
        const country = normalizeCountry(s);
        if (country) expect(normalizeCountry(country)).toBe(country);
        const state = normalizeState(s, c);
        if (state) expect(normalizeState(state, c)).toBe(state);
        const city = normalizeCity(s, c);
        if (city) expect(normalizeCity(city, c)).toBe(city);
      }),
      { numRuns: 1000 },
    );
  });
});
