import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  bandsForRange,
  extractNumericSizes,
  extractSegmentSizes,
} from "@/lib/ai/offline/sizes";
import { tokenize, type Claims } from "@/lib/ai/offline/text";
import { SIZE_BANDS, sizeBandOf } from "@/lib/taxonomy";

function sizes(text: string) {
  const tokens = tokenize(text);
  const claimed: Claims = new Array(tokens.length).fill(undefined);
  const numeric = extractNumericSizes(text, tokens, claimed);
  return numeric.length ? numeric : extractSegmentSizes(tokens, claimed);
}

describe("bandsForRange", () => {
  it("keeps bands the range covers substantially", () => {
    expect(bandsForRange({ lo: 50, hi: 200 })).toEqual(["51-200"]);
    expect(bandsForRange({ lo: 50, hi: 250 })).toEqual(["51-200", "201-500"]);
    expect(bandsForRange({ lo: 1001, hi: Infinity })).toEqual([
      "1001-5000",
      "5000+",
    ]);
    expect(bandsForRange({ lo: 5000, hi: Infinity })).toEqual(["5000+"]);
    expect(bandsForRange({ lo: 10, hi: 50 })).toEqual(["11-50"]);
  });

  it("puts a single headcount in the band sizeBandOf gives", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (n) => {
        expect(bandsForRange({ lo: n, hi: n })).toEqual([sizeBandOf(n)]);
      }),
    );
  });

  it("returns ordered bands that overlap the range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (lo, width) => {
          const bands = bandsForRange({ lo, hi: lo + width });
          expect(bands.length).toBeGreaterThan(0);
          const order = bands.map((b) => SIZE_BANDS.indexOf(b));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          // Contiguous: no gap between the first and the last band.
          expect(order[order.length - 1]! - order[0]! + 1).toBe(bands.length);
          expect(bands).toContain(sizeBandOf(lo + Math.floor(width / 2)));
        },
      ),
    );
  });
});

describe("size phrases", () => {
  it.each([
    ["with 50-200 employees", ["51-200"]],
    ["50 to 200 staff", ["51-200"]],
    ["between 1,000 and 5,000 people", ["1001-5000"]],
    ["1k-5k employees", ["1001-5000"]],
    ["fewer than 50 employees", ["1-10", "11-50"]],
    ["under 200 people", ["1-10", "11-50", "51-200"]],
    ["less than 10 employees", ["1-10"]],
    ["up to 50 employees", ["1-10", "11-50"]],
    ["over 1,000", ["1001-5000", "5000+"]],
    ["more than 500 employees", ["501-1000", "1001-5000", "5000+"]],
    ["at least 1000 employees", ["1001-5000", "5000+"]],
    ["10k+", ["5000+"]],
    ["companies with 5000+ employees", ["5000+"]],
    ["a 25-person team", ["11-50"]],
    ["around 300 employees", ["201-500"]],
    ["companies sized 201-500", ["201-500"]],
    ["headcount of 50-100", ["51-200"]],
    ["headcount of 30-100", ["11-50", "51-200"]],
    ["mid-market", ["201-500", "501-1000"]],
    ["enterprise companies", ["1001-5000", "5000+"]],
    ["large enterprises", ["1001-5000", "5000+"]],
    ["SMBs", ["1-10", "11-50", "51-200"]],
    ["startups", ["1-10", "11-50"]],
    ["scale-ups", ["51-200", "201-500"]],
    ["Fortune 500 companies", ["5000+"]],
  ])("reads %s", (text, bands) => {
    expect(sizes(text)).toEqual(bands);
  });

  it.each([
    "over 10 years of experience",
    "more than 50 locations",
    "$10M+ in revenue",
    "teams of 10+ reps",
    "under 30 countries",
    "with 20% growth",
    "Series B",
    "enterprise software companies",
  ])("finds no size in %s", (text) => {
    expect(sizes(text)).toEqual([]);
  });

  it("lets a headcount win over a segment word", () => {
    expect(sizes("startups with 51-200 employees")).toEqual(["51-200"]);
  });
});

describe("negated size phrases", () => {
  it.each([
    ["no more than 50 employees", ["1-10", "11-50"]],
    ["not more than 200 people", ["1-10", "11-50", "51-200"]],
    ["not less than 1,000 employees", ["1001-5000", "5000+"]],
  ])("reads %s", (text, bands) => {
    expect(sizes(text)).toEqual(bands);
  });
});
