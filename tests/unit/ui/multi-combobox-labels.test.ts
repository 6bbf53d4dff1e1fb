import { describe, expect, it } from "vitest";

import {
  acceptedLabels,
  knownLabel,
  unlabeledValues,
} from "@/components/ui/multi-combobox";

const departments = [
  { value: "sales", label: "Sales" },
  { value: "it", label: "Information Technology" },
];

describe("knownLabel", () => {
  it("prefers a learned label over the static option's", () => {
    expect(knownLabel("it", { it: "IT" }, departments)).toBe("IT");
    expect(knownLabel("it", {}, departments)).toBe("Information Technology");
  });

  it("knows nothing of values without a label", () => {
    expect(knownLabel("US", { DE: "Germany" }, [])).toBeUndefined();
  });

  it("does not read labels off the object prototype", () => {
    expect(knownLabel("constructor", {}, [])).toBeUndefined();
    expect(knownLabel("toString", {}, [])).toBeUndefined();
  });
});

describe("unlabeledValues", () => {
  it("lists values with neither a learned nor a static label", () => {
    expect(
      unlabeledValues(
        ["US", "sales", "DE", "FR"],
        { DE: "Germany" },
        departments,
      ),
    ).toEqual(["US", "FR"]);
  });

  it("lists a repeated value once, in first-seen order", () => {
    expect(unlabeledValues(["US-CA", "DE-BY", "US-CA"], {}, [])).toEqual([
      "US-CA",
      "DE-BY",
    ]);
  });

  it("is empty when every value is named", () => {
    expect(
      unlabeledValues(["US", "it"], { US: "United States" }, departments),
    ).toEqual([]);
    expect(unlabeledValues([], {}, [])).toEqual([]);
  });
});

describe("acceptedLabels", () => {
  it("keeps the labels of the values that were asked about", () => {
    expect(
      acceptedLabels({ US: "United States", DE: "Germany" }, ["US", "DE"]),
    ).toEqual({ US: "United States", DE: "Germany" });
  });

  it("leaves out values the answer does not name", () => {
    expect(acceptedLabels({ US: "United States" }, ["US", "XX"])).toEqual({
      US: "United States",
    });
  });

  it("ignores entries nobody asked about and labels that are not text", () => {
    const answer = {
      US: "United States",
      FR: "France",
      DE: 42,
      IT: "  ",
      ES: null,
    };
    expect(acceptedLabels(answer, ["US", "DE", "IT", "ES"])).toEqual({
      US: "United States",
    });
  });

  it("accepts nothing from an answer that is not an object", () => {
    expect(acceptedLabels(null, ["US"])).toEqual({});
    expect(acceptedLabels("United States", ["US"])).toEqual({});
    expect(acceptedLabels(undefined, ["US"])).toEqual({});
  });

  it("does not take inherited properties for labels", () => {
    expect(acceptedLabels({}, ["toString", "constructor"])).toEqual({});
  });
});
