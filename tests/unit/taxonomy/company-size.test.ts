import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  normalizeEmployeeCount,
  normalizeSizeBand,
  SIZE_BANDS,
  sizeBandOf,
} from "@/lib/taxonomy";

import { anyString } from "./arbitraries";

const TABLE: [unknown, number | null, string | null][] = [
  [4641, 4641, "1001-5000"],
  ["4,641", 4641, "1001-5000"],
  ["1,001-5,000 employees", null, "1001-5000"],
  ["1001-5000", null, "1001-5000"],
  ["10,001+ employees", null, "5000+"],
  ["2-10 employees", null, "1-10"],
  ["51-200", null, "51-200"],
  ["501-1,000 employees", null, "501-1000"],
  ["5,001-10,000 employees", null, "5000+"],
  ["5K", 5000, "1001-5000"],
  ["1.2k", 1200, "1001-5000"],
  ["12,5k", 12500, "5000+"],
  ["10000+", null, "5000+"],
  ["5000+", null, "5000+"],
  ["1000+", null, "1001-5000"],
  ["Self-employed", 1, "1-10"],
  ["0-1 employees", 1, "1-10"],
  ["150-300", null, "51-200"],
  ["10-50", null, "11-50"],
  ["about 250 employees", 250, "201-500"],
  ["10.000 Mitarbeiter", 10000, "5000+"],
  [32714, 32714, "5000+"],
  [1, 1, "1-10"],
  ["2.5", null, null],
  ["lots", null, null],
  [0, null, null],
  [-3, null, null],
  [Number.NaN, null, null],
  [null, null, null],
  [{}, null, null],
];

describe("normalizeEmployeeCount", () => {
  it.each(TABLE)("reads %j", (input, count, band) => {
    expect(normalizeEmployeeCount(input)).toEqual({ count, band });
  });

  it("never throws on any string and is idempotent on its band", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const { band } = normalizeEmployeeCount(s);
        if (band !== null) expect(normalizeSizeBand(band)).toBe(band);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts every headcount in the band whose bounds hold it", () => {
    const bounds: [number, number][] = [
      [1, 10],
      [11, 50],
      [51, 200],
      [201, 500],
      [501, 1000],
      [1001, 5000],
      [5001, Infinity],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        const band = sizeBandOf(n)!;
        const [low, high] = bounds[SIZE_BANDS.indexOf(band)]!;
        expect(n >= low && n <= high).toBe(true);
        expect(normalizeEmployeeCount(n.toLocaleString("en-US")).band).toBe(
          band,
        );
      }),
    );
  });
});

describe("normalizeSizeBand", () => {
  it.each([
    ["51-200", "51-200"],
    ["51 - 200", "51-200"],
    ["5000+", "5000+"],
    ["5,001+", "5000+"],
    ["1k-5k", "1001-5000"],
    ["11–50", "11-50"],
    ["big", null],
  ])("reads %j as %j", (input, band) => {
    expect(normalizeSizeBand(input)).toBe(band);
  });

  it("maps each canonical band to itself", () => {
    for (const band of SIZE_BANDS) expect(normalizeSizeBand(band)).toBe(band);
  });
});
