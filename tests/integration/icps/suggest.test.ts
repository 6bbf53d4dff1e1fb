import { beforeAll, describe, expect, it, vi } from "vitest";

import { rankCandidates, candidate } from "@/app/api/suggest/match";
import { GET } from "@/app/api/suggest/route";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { signInAs } from "./session-mock";

vi.mock("@/app/(auth)/auth", async () =>
  (await import("./session-mock")).mockAuth(),
);
vi.mock("next/headers", async () =>
  (await import("./session-mock")).mockHeaders(),
);

type Body = { suggestions: { value: string; label: string }[] };

async function suggest(params: Record<string, string>) {
  const url = `http://localhost/api/suggest?${new URLSearchParams(params)}`;
  const res = await GET(new Request(url));
  return { status: res.status, body: (await res.json()) as Body };
}

const values = (body: Body) => body.suggestions.map((s) => s.value);

describe("rankCandidates", () => {
  const list = [
    candidate("Marketing", "Marketing"),
    candidate("SaaS", "SaaS", ["Software as a Service"]),
    candidate("Software", "Software"),
    candidate("Digital Marketing Agencies", "Digital Marketing Agencies"),
  ];

  it("puts exact matches before prefixes, word prefixes and substrings", () => {
    expect(rankCandidates(list, "marketing", 10).map((s) => s.value)).toEqual([
      "Marketing",
      "Digital Marketing Agencies",
    ]);
    expect(rankCandidates(list, "soft", 10).map((s) => s.value)).toEqual([
      "Software",
      "SaaS",
    ]);
  });

  it("finds entries by their synonyms and keeps source order when empty", () => {
    expect(rankCandidates(list, "as a service", 10)[0]?.value).toBe("SaaS");
    expect(rankCandidates(list, "", 2).map((s) => s.value)).toEqual([
      "Marketing",
      "SaaS",
    ]);
  });
});

describeEachDb("GET /api/suggest", () => {
  beforeAll(async () => {
    const { user } = await makeUserAndTeam("suggest");
    signInAs(user);
  });

  it("answers 401 without a session and 400 for an unknown field", async () => {
    signInAs(null);
    expect((await suggest({ field: "industries", q: "saas" })).status).toBe(
      401,
    );
    const { user } = await makeUserAndTeam("suggest2");
    signInAs(user);
    expect((await suggest({ field: "passwords", q: "" })).status).toBe(400);
  });

  it("leads with the canonical industry and technology for a synonym", async () => {
    const industries = await suggest({
      field: "industries",
      q: "Software as a Service",
    });
    expect(industries.status).toBe(200);
    expect(values(industries.body)[0]).toBe("SaaS");

    const tech = await suggest({ field: "technologies", q: "salesforce.com" });
    expect(values(tech.body)[0]).toBe("Salesforce");
  });

  it("suggests countries by name, alias and code as ISO codes", async () => {
    const named = await suggest({ field: "countries", q: "united st" });
    expect(named.body.suggestions[0]).toEqual({
      value: "US",
      label: "United States",
    });
    expect(
      values((await suggest({ field: "countries", q: "Deutschland" })).body)[0],
    ).toBe("DE");
  });

  it("narrows states to the chosen countries and cities to the chosen states", async () => {
    const states = await suggest({
      field: "states",
      q: "cal",
      countries: "US",
    });
    expect(values(states.body)).toContain("US-CA");
    expect(values(states.body).every((v) => v.startsWith("US-"))).toBe(true);
    expect(
      (await suggest({ field: "states", q: "bavaria", countries: "US" })).body
        .suggestions,
    ).toEqual([]);

    const cities = await suggest({
      field: "cities",
      q: "san fran",
      countries: "US",
      states: "US-CA",
    });
    expect(values(cities.body)[0]).toBe("San Francisco");
    const texas = await suggest({
      field: "cities",
      q: "",
      countries: "US",
      states: "US-TX",
    });
    expect(values(texas.body)).not.toContain("San Francisco");
    expect(texas.body.suggestions.length).toBeLessThanOrEqual(50);
  });

  it("offers the canonical role for a typed job title", async () => {
    const res = await suggest({
      field: "jobTitles",
      q: "vice president of sales",
    });
    expect(values(res.body)).toEqual(["VP Sales"]);
  });
});
