import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  decodeCursor,
  defaultDirection,
  encodeCursor,
} from "@/lib/leads/segment";

describe("lead cursors", () => {
  it("round-trips a sort value and id", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.integer()),
        fc.nat(),
        (value, id) => {
          expect(decodeCursor(encodeCursor({ value, id }))).toEqual({
            value,
            id,
          });
        },
      ),
    );
  });

  it("refuses text it did not write", () => {
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor(null)).toBeNull();
    const bad = Buffer.from(JSON.stringify(["x", -1])).toString("base64url");
    expect(decodeCursor(bad)).toBeNull();
    const obj = Buffer.from(JSON.stringify([{}, 1])).toString("base64url");
    expect(decodeCursor(obj)).toBeNull();
  });
});

describe("defaultDirection", () => {
  it("puts the best scores first and names A to Z", () => {
    expect(defaultDirection("score")).toBe("desc");
    expect(defaultDirection("name")).toBe("asc");
  });
});
