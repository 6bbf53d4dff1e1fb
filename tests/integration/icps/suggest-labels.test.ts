import { beforeAll, expect, it, vi } from "vitest";

import { GET } from "@/app/api/suggest/route";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { signInAs } from "./session-mock";

vi.mock("@/app/(auth)/auth", async () =>
  (await import("./session-mock")).mockAuth(),
);
vi.mock("next/headers", async () =>
  (await import("./session-mock")).mockHeaders(),
);

type Body = { labels?: Record<string, string>; suggestions?: unknown };

async function lookUp(params: Record<string, string>) {
  const url = `http://localhost/api/suggest?${new URLSearchParams(params)}`;
  const res = await GET(new Request(url));
  return { status: res.status, body: (await res.json()) as Body };
}

describeEachDb("GET /api/suggest?labels=", () => {
  beforeAll(async () => {
    const { user } = await makeUserAndTeam("labels");
    signInAs(user);
  });

  it("names countries and states by their ISO codes", async () => {
    const countries = await lookUp({ field: "countries", labels: "US,DE" });
    expect(countries.status).toBe(200);
    expect(countries.body).toEqual({
      labels: { US: "United States", DE: "Germany" },
    });

    const states = await lookUp({ field: "states", labels: "US-CA,DE-BY" });
    expect(states.status).toBe(200);
    expect(states.body.labels?.["US-CA"]).toBe("California");
    expect(states.body.labels?.["DE-BY"]).toBe("Bavaria");
    expect(Object.keys(states.body.labels ?? {})).toEqual(["US-CA", "DE-BY"]);
  });

  it("reads codes in any case and spacing, answers upper-case", async () => {
    const res = await lookUp({ field: "countries", labels: " us , fr" });
    expect(res.body.labels).toEqual({ US: "United States", FR: "France" });
  });

  it("leaves out unknown, malformed and other-field codes", async () => {
    const countries = await lookUp({
      field: "countries",
      labels: "US,XX,USA,US-CA,,constructor",
    });
    expect(countries.status).toBe(200);
    expect(countries.body.labels).toEqual({ US: "United States" });

    const states = await lookUp({ field: "states", labels: "US-ZZ,US,US-TX" });
    expect(states.body.labels).toEqual({ "US-TX": "Texas" });

    const none = await lookUp({ field: "states", labels: "" });
    expect(none.body).toEqual({ labels: {} });
  });

  it("names at most 200 codes", async () => {
    // ZZ is reserved for unknown places: 199 of them, then two real codes.
    const filler = Array.from({ length: 199 }, () => "ZZ");
    const res = await lookUp({
      field: "countries",
      labels: [...filler, "US", "DE"].join(","),
    });
    expect(res.status).toBe(200);
    expect(res.body.labels).toEqual({ US: "United States" });
  });

  it("answers 400 for a field without codes", async () => {
    for (const field of ["industries", "cities", "passwords"]) {
      const res = await lookUp({ field, labels: "US" });
      expect(res.status).toBe(400);
      expect(res.body.labels).toBeUndefined();
    }
  });

  it("answers 401 without a session", async () => {
    signInAs(null);
    const res = await lookUp({ field: "countries", labels: "US" });
    expect(res.status).toBe(401);
    expect(res.body.labels).toBeUndefined();
    const { user } = await makeUserAndTeam("labels2");
    signInAs(user);
  });

  it("still suggests when no labels are asked for", async () => {
    const res = await lookUp({ field: "countries", q: "germ" });
    expect(res.status).toBe(200);
    expect(res.body.labels).toBeUndefined();
    expect(res.body.suggestions).toContainEqual({
      value: "DE",
      label: "Germany",
    });
  });
});
