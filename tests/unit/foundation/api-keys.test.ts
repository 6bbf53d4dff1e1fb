import { describe, expect, it } from "vitest";

import {
  generateApiKey,
  hashSecret,
  parseApiKey,
  secretMatches,
} from "@/lib/api/keys";

describe("API keys", () => {
  it("generates keys that parse back to their id and secret", () => {
    const { key, id, hash } = generateApiKey();
    expect(key).toMatch(/^icp_live_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseApiKey(key);
    expect(parsed?.id).toBe(id);
    expect(secretMatches(parsed!.secret, hash)).toBe(true);
  });

  it("never generates the same secret twice", () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it("rejects malformed keys", () => {
    for (const bad of [
      "",
      "icp_live_",
      "icp_live_abc",
      "icp_test_abcdefghijkl_" + "x".repeat(43),
      "icp_live_ABC!_" + "x".repeat(43),
      "icp_live_abcdefghijkl_short",
      "Bearer icp_live_abcdefghijkl_" + "x".repeat(43),
    ]) {
      expect(parseApiKey(bad), bad).toBeNull();
    }
  });

  it("compares secrets against the stored hash only", () => {
    const { key, hash } = generateApiKey();
    const { secret } = parseApiKey(key)!;
    expect(secretMatches(secret + "x", hash)).toBe(false);
    expect(secretMatches(secret, hashSecret("other"))).toBe(false);
    expect(secretMatches(secret, "not-hex")).toBe(false);
  });
});
