import { describe, expect, it } from "vitest";

import {
  AiInputError,
  descriptionSchema,
  extractDraftOffline,
  validateDescription,
} from "@/lib/ai";

describe("descriptionSchema", () => {
  it("trims and accepts 10 to 2,000 characters", () => {
    expect(descriptionSchema.parse("  CFOs at banks  ")).toBe("CFOs at banks");
    expect(descriptionSchema.safeParse("x".repeat(2000)).success).toBe(true);
  });

  it.each([
    ["", /too short/],
    ["          ", /too short/],
    ["CFOs", /at least 10 characters/],
    ["x".repeat(2001), /under 2,000 characters/],
  ])("rejects %j with a clear message", (input, message) => {
    const parsed = descriptionSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
  });

  it("rejects a value that is not text", () => {
    const parsed = descriptionSchema.safeParse(42);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(
      /Describe your ideal customer/,
    );
  });
});

describe("validateDescription", () => {
  it("throws a typed error that carries every issue", () => {
    try {
      validateDescription("short");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AiInputError);
      const err = e as AiInputError;
      expect(err.code).toBe("invalid_description");
      expect(err.issues.length).toBeGreaterThan(0);
      expect(err.message).toMatch(/too short/);
    }
  });

  it("guards the offline engine too", () => {
    expect(() => extractDraftOffline("x".repeat(2500))).toThrow(AiInputError);
  });
});
