import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseLocation, type LocationParts } from "@/lib/taxonomy";

import { anyString, wordSoup } from "./arbitraries";

type Row = [string, string | null, string | null, string | null];

const LINKEDIN: Row[] = [
  ["Austin, Texas Metropolitan Area", "US", "US-TX", null],
  ["London Area, United Kingdom", "GB", null, null],
  ["München, Bayern, Deutschland", "DE", "DE-BY", "Munich"],
  ["Greater Boston", "US", "US-MA", null],
  ["San Francisco Bay Area", "US", "US-CA", null],
  ["Bengaluru, Karnataka, India", "IN", "IN-KA", "Bangalore"],
  ["Dallas-Fort Worth Metroplex", "US", "US-TX", null],
  ["Greater Munich Metropolitan Area", "DE", "DE-BY", null],
  ["Washington DC-Baltimore Area", "US", null, null],
  ["San Francisco, CA", "US", "US-CA", "San Francisco"],
  ["Seattle, WA", "US", "US-WA", "Seattle"],
  ["Perth, WA", "AU", "AU-WA", "Perth"],
  ["Toronto, Ontario, Canada", "CA", "CA-ON", "Toronto"],
  ["Paris, Île-de-France, France", "FR", "FR-IDF", "Paris"],
  ["Paris, France", "FR", null, "Paris"],
  ["Berlin, Germany", "DE", null, "Berlin"],
  ["Texas, United States", "US", "US-TX", null],
  ["New York, United States", "US", "US-NY", null],
  ["Manchester, England, United Kingdom", "GB", "GB-ENG", "Manchester"],
  ["Amsterdam, North Holland, Netherlands", "NL", "NL-NH", "Amsterdam"],
  ["Sydney, New South Wales, Australia", "AU", "AU-NSW", "Sydney"],
  ["Wilmington, DE", "US", "US-DE", "Wilmington"],
  ["United States", "US", null, null],
  ["California", "US", "US-CA", null],
  ["Remote", null, null, null],
];

describe("parseLocation", () => {
  it.each(LINKEDIN)(
    "reads the location %j",
    (location, country, state, city) => {
      expect(parseLocation({ location })).toEqual({ country, state, city });
    },
  );

  it.each<[LocationParts, string | null, string | null, string | null]>([
    [{ country: "Germany", city: "Munich" }, "DE", null, "Munich"],
    [
      { country: "USA", state: "CA", city: "SF" },
      "US",
      "US-CA",
      "San Francisco",
    ],
    [
      { country: "Deutschland", state: "Bayern", city: "München" },
      "DE",
      "DE-BY",
      "Munich",
    ],
    [
      { country: "Canada", state: "Quebec", city: "Montréal" },
      "CA",
      "CA-QC",
      "Montreal",
    ],
    [{ country: "US", city: "New York City" }, "US", null, "New York"],
    [{ state: "WA", city: "Seattle" }, "US", "US-WA", "Seattle"],
    [{ city: "Austin, TX" }, "US", "US-TX", "Austin"],
    [{ city: "San Francisco Bay Area" }, "US", "US-CA", null],
    [{ city: "Toronto" }, "CA", null, "Toronto"],
    [{ city: "Paris" }, null, null, "Paris"],
    [{ country: "DE", state: "CA" }, "DE", null, null],
    [
      { country: "India", state: "KA", city: "Bengaluru" },
      "IN",
      "IN-KA",
      "Bangalore",
    ],
    [
      {
        country: "US",
        city: "Austin",
        location: "Austin, Texas Metropolitan Area",
      },
      "US",
      "US-TX",
      "Austin",
    ],
    [{ country: "UK", location: "Paris, France" }, "GB", null, null],
  ])("combines the fields %j", (parts, country, state, city) => {
    expect(parseLocation(parts)).toEqual({ country, state, city });
  });

  it("never throws and keeps codes consistent", () => {
    const words = LINKEDIN.map(([l]) => l).concat(["CA", "WA", "Bayern"]);
    const text = fc.oneof(anyString, wordSoup(words));
    fc.assert(
      fc.property(
        fc.record(
          { location: text, country: text, state: text, city: text },
          {
            requiredKeys: [],
          },
        ),
        (parts) => {
          const { country, state } = parseLocation(parts);
          if (state !== null && country !== null) {
            expect(state.startsWith(`${country}-`)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(parseLocation({ country: 42, state: {}, city: [] })).toEqual({
      country: null,
      state: null,
      city: null,
    });
  });
});
