import { describe, expect, it } from "vitest";

import { RepeatKeys } from "@/lib/leads/repeat-keys";

describe("RepeatKeys", () => {
  it("has no candidates when every key is distinct", () => {
    const keys = new RepeatKeys();
    for (let i = 0; i < 200_000; i++) keys.add(`lead${i}@example.com`);
    // 32-bit hashes of 200k keys collide a few times at most.
    expect(keys.candidates()!.length).toBeLessThan(20);
  });

  it("names every key that occurs twice, whatever lies between", () => {
    const keys = new RepeatKeys();
    const repeated = ["a@x.io", "ann|lee|acme", "b@y.io"];
    for (const key of repeated) keys.add(key);
    for (let i = 0; i < 100_000; i++) keys.add(`filler-${i}`);
    for (const key of repeated) keys.add(key);
    expect(keys.candidates()).toEqual(expect.arrayContaining(repeated));
  });

  it("ignores missing keys", () => {
    const keys = new RepeatKeys();
    keys.add(null);
    keys.add(null);
    expect(keys.candidates()).toEqual([]);
  });

  it("gives up listing past its cap, so the caller checks everything", () => {
    const keys = new RepeatKeys(10);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 50; i++) keys.add(`k${i}`);
    }
    expect(keys.candidates()).toBeNull();
  });
});
