import { describe, expect, it, vi } from "vitest";

vi.mock("next-auth", () => ({
  default: () => ({}),
  CredentialsSignin: class extends Error {},
}));

const { loginDelayMs } = await import("@/app/(auth)/auth");

describe("loginDelayMs", () => {
  it("lets the first few failures through without delay", () => {
    expect(loginDelayMs(0)).toBe(0);
    expect(loginDelayMs(2)).toBe(0);
  });

  it("slows repeated failures, growing and then capped", () => {
    const delays = [3, 4, 5, 6, 10, 50].map(loginDelayMs);
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) {
      expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    }
    expect(delays.at(-1)).toBe(8000);
  });
});
