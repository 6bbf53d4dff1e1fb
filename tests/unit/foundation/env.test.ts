import { afterEach, describe, expect, it, vi } from "vitest";

import { env, pgliteDir, resetEnvCache } from "@/lib/env";

describe("env", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
  });

  it("defaults to the embedded database in .data/pglite", () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DIR", undefined as unknown as string);
    vi.stubEnv("DATA_DIR", undefined as unknown as string);
    resetEnvCache();
    expect(env().DATABASE_URL).toBeUndefined();
    expect(pgliteDir()).toBe(".data/pglite");
  });

  it("reports every invalid variable by name", () => {
    vi.stubEnv("DATABASE_URL", "not a url");
    vi.stubEnv("RATE_LIMIT_PER_KEY_PER_MIN", "-3");
    resetEnvCache();
    expect(() => env()).toThrowError(
      /DATABASE_URL[\s\S]*RATE_LIMIT_PER_KEY_PER_MIN/,
    );
  });

  it("coerces numbers and booleans", () => {
    vi.stubEnv("RATE_LIMIT_PER_TEAM_PER_MIN", "42");
    vi.stubEnv("SEED_DEMO", "true");
    resetEnvCache();
    expect(env().RATE_LIMIT_PER_TEAM_PER_MIN).toBe(42);
    expect(env().SEED_DEMO).toBe(true);
  });
});
