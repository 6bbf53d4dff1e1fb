import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";

import {
  cloneIcpAction,
  createIcpAction,
  deleteIcpAction,
  setDefaultIcpAction,
  setIcpActiveAction,
  suggestCloneNameAction,
  testLeadAction,
  updateIcpAction,
} from "@/app/(app)/icps/actions";
import { loadTeamIcp } from "@/app/(app)/icps/[id]/load-icp";
import { icps } from "@/db/schema";
import type { IcpFieldsInput } from "@/lib/icps/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { signInAs } from "./session-mock";

vi.mock("@/app/(auth)/auth", async () =>
  (await import("./session-mock")).mockAuth(),
);
vi.mock("next/headers", async () =>
  (await import("./session-mock")).mockHeaders(),
);
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

type Account = Awaited<ReturnType<typeof makeUserAndTeam>>;

function fields(name: string, extra: Partial<IcpFieldsInput> = {}) {
  return { name, ...extra } satisfies IcpFieldsInput;
}

describeEachDb("ICP server actions", (getHandle) => {
  let alice: Account;
  let bob: Account;

  const rowOf = async (id: string) => {
    const [row] = await getHandle()
      .db.select()
      .from(icps)
      .where(eq(icps.id, id));
    return row;
  };

  const teamRows = async (teamId: string) =>
    getHandle().db.select().from(icps).where(eq(icps.teamId, teamId));

  async function create(name: string, extra: Partial<IcpFieldsInput> = {}) {
    const res = await createIcpAction(fields(name, extra));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return res.data.id;
  }

  beforeAll(async () => {
    alice = await makeUserAndTeam("alice");
    bob = await makeUserAndTeam("bob");
  });

  it("refuses every action without a session", async () => {
    signInAs(null);
    const res = await createIcpAction(fields("No session"));
    expect(res).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    expect(await teamRows(alice.team.id)).toHaveLength(0);
  });

  it("stores lists trimmed, canonical and de-duplicated ignoring case", async () => {
    signInAs(alice.user);
    const id = await create("  Canonical lists  ", {
      industries: [" saas ", "SaaS", "Software as a Service", "Fintech"],
      companySizes: ["51-200", "51-200 employees", "201-500"],
      technologies: ["salesforce.com", "Salesforce", " HubSpot "],
      jobTitles: ["VP Sales", "vp sales", "Head of Revenue"],
      departments: ["sales", "Sales", "marketing"],
      seniorities: ["vp", "Vice President", "C-Level"],
      countries: ["United States", "us", "USA", "Deutschland"],
      states: ["California", "US-CA", "Bavaria"],
      cities: ["San Francisco", "san francisco ", "Munich"],
    });

    const row = await rowOf(id);
    expect(row).toMatchObject({
      name: "Canonical lists",
      industries: ["SaaS", "Fintech"],
      companySizes: ["51-200", "201-500"],
      technologies: ["Salesforce", "HubSpot"],
      departments: ["Sales", "Marketing"],
      seniorities: ["VP", "C-Level"],
      countries: ["US", "DE"],
      states: ["US-CA", "DE-BY"],
      active: true,
      isDefault: false,
      highFitThreshold: 70,
    });
    expect(row!.jobTitles).toHaveLength(2);
    expect(row!.cities).toEqual(["San Francisco", "Munich"]);
  });

  it("caps a list at 200 values and refuses absurdly long ones", async () => {
    signInAs(alice.user);
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => `Custom title ${i}`);

    const id = await create("Long list", { jobTitles: many(250) });
    expect((await rowOf(id))!.jobTitles).toHaveLength(200);

    const res = await createIcpAction(
      fields("Too long", { jobTitles: many(1001) }),
    );
    expect(res).toMatchObject({
      ok: false,
      error: { code: "validation_failed" },
    });
    expect(res.ok || res.error.fieldErrors?.jobTitles).toBeTruthy();
  });

  it("reports unreadable values and bad names as field errors, saving nothing", async () => {
    signInAs(alice.user);
    const before = (await teamRows(alice.team.id)).length;

    const empty = await createIcpAction(fields("   "));
    expect(empty).toMatchObject({
      ok: false,
      error: { fieldErrors: { name: ["Name is required"] } },
    });

    const bad = await createIcpAction(
      fields("Bad values", {
        companySizes: ["huge"],
        seniorities: ["Wizard"],
        countries: ["Atlantis"],
      }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.keys(bad.error.fieldErrors ?? {}).sort()).toEqual([
        "companySizes",
        "countries",
        "seniorities",
      ]);
    }

    await create("Unique Name");
    const dup = await createIcpAction(fields("  unique NAME "));
    expect(dup).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        fieldErrors: { name: ["An ICP with this name already exists"] },
      },
    });

    const long = await createIcpAction(fields("x".repeat(101)));
    expect(long).toMatchObject({
      ok: false,
      error: { code: "validation_failed" },
    });
    expect((await teamRows(alice.team.id)).length).toBe(before + 1);
  });

  it("updates an ICP, bumping its version and canonicalising lists", async () => {
    signInAs(alice.user);
    const id = await create("To update", { industries: ["SaaS"] });
    const res = await updateIcpAction({
      id,
      ...fields("Updated", { industries: ["fintech", "FinTech"] }),
    });
    expect(res.ok).toBe(true);
    const row = await rowOf(id);
    expect(row).toMatchObject({
      name: "Updated",
      industries: ["Fintech"],
      version: 2,
      criteriaVersion: 2,
    });
  });

  it("suggests unique copy names and clones everything but the flags", async () => {
    signInAs(alice.user);
    const id = await create("Source ICP", {
      description: "The original",
      industries: ["SaaS"],
      countries: ["US"],
      weights: { industry: 3 },
      highFitThreshold: 80,
    });
    await setDefaultIcpAction({ id });

    const first = await suggestCloneNameAction({ id });
    expect(first).toEqual({ ok: true, data: { name: "Copy of Source ICP" } });
    const clone = await cloneIcpAction({ id, name: "Copy of Source ICP" });
    expect(clone.ok).toBe(true);

    const second = await suggestCloneNameAction({ id });
    expect(second).toEqual({
      ok: true,
      data: { name: "Copy of Source ICP (2)" },
    });

    const copy = await rowOf(clone.ok ? clone.data.id : "");
    expect(copy).toMatchObject({
      name: "Copy of Source ICP",
      description: "The original",
      industries: ["SaaS"],
      countries: ["US"],
      weights: { industry: 3 },
      highFitThreshold: 80,
      active: true,
      isDefault: false,
    });
    expect((await rowOf(id))!.isDefault).toBe(true);

    const taken = await cloneIcpAction({ id, name: "copy of source icp" });
    expect(taken).toMatchObject({ ok: false, error: { code: "conflict" } });

    // A clone of an inactive ICP starts active.
    await setIcpActiveAction({ id, active: false });
    const fromInactive = await cloneIcpAction({ id, name: "Fresh copy" });
    expect(fromInactive.ok && (await rowOf(fromInactive.data.id))!.active).toBe(
      true,
    );
  });

  it("keeps a default ICP active", async () => {
    signInAs(alice.user);
    const id = await create("Default rules");
    await setIcpActiveAction({ id, active: false });

    // Making an inactive ICP the default activates it ...
    const res = await setDefaultIcpAction({ id });
    expect(res.ok).toBe(true);
    expect(await rowOf(id)).toMatchObject({ active: true, isDefault: true });

    // ... and deactivating the default clears the flag.
    await setIcpActiveAction({ id, active: false });
    expect(await rowOf(id)).toMatchObject({ active: false, isDefault: false });

    // Inactive ICPs stay editable.
    const edit = await updateIcpAction({ id, ...fields("Still editable") });
    expect(edit.ok).toBe(true);
  });

  it("leaves exactly one default when ten are set at once", async () => {
    const carol = await makeUserAndTeam("carol");
    signInAs(carol.user);
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push(await create(`Race ${i}`));

    const results = await Promise.all(
      ids.map((id) => setDefaultIcpAction({ id })),
    );
    expect(results.every((r) => r.ok)).toBe(true);

    const rows = await teamRows(carol.team.id);
    const defaults = rows.filter((r) => r.isDefault);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]!.active).toBe(true);

    // And again, racing deactivation of the default against new defaults.
    const again = await Promise.all([
      setIcpActiveAction({ id: defaults[0]!.id, active: false }),
      ...ids.slice(0, 5).map((id) => setDefaultIcpAction({ id })),
    ]);
    expect(again.every((r) => r.ok)).toBe(true);
    const after = (await teamRows(carol.team.id)).filter((r) => r.isDefault);
    expect(after.length).toBeLessThanOrEqual(1);
    expect(after.every((r) => r.active)).toBe(true);
  });

  it("scores a test lead against the ICP with a reason per criterion", async () => {
    signInAs(alice.user);
    const id = await create("Scoring check", {
      industries: ["SaaS"],
      countries: ["US"],
    });
    const res = await testLeadAction({
      id,
      lead: { industry: "Software as a Service", country: "USA", title: "" },
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.criteria.industry).toMatchObject({ matched: true });
    expect(res.data.criteria.country).toMatchObject({ matched: true });
    expect(res.data.criteria.jobTitle).toBeUndefined();
    expect(res.data.score).toBeGreaterThanOrEqual(70);
    expect(res.data.fit).toBe("high");
    expect(res.data.criteria.industry!.reason).not.toBe("");
  });

  it("gives another team's member no way to read, change, clone or delete an ICP", async () => {
    signInAs(bob.user);
    const bobsId = await create("Bob's private ICP", { industries: ["SaaS"] });
    const before = await rowOf(bobsId);

    signInAs(alice.user);
    // Even with Bob's team in the cookie: the team comes from memberships.
    for (const teamCookie of [undefined, bob.team.id]) {
      signInAs(alice.user, teamCookie);
      const attempts = await Promise.all([
        suggestCloneNameAction({ id: bobsId }),
        testLeadAction({ id: bobsId, lead: { industry: "SaaS" } }),
        updateIcpAction({ id: bobsId, ...fields("Hijacked") }),
        cloneIcpAction({ id: bobsId, name: "Stolen copy" }),
        setIcpActiveAction({ id: bobsId, active: false }),
        setDefaultIcpAction({ id: bobsId }),
        deleteIcpAction({ id: bobsId }),
      ]);
      for (const res of attempts) {
        expect(res).toMatchObject({ ok: false, error: { code: "not_found" } });
      }
      await expect(loadTeamIcp(bobsId)).rejects.toMatchObject({
        digest: expect.stringMatching(
          /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
        ),
      });
    }

    expect(await rowOf(bobsId)).toEqual(before);
    const alicesNames = (await teamRows(alice.team.id)).map((r) => r.name);
    expect(alicesNames).not.toContain("Stolen copy");
    expect(alicesNames).not.toContain("Hijacked");

    // Malformed ids are just as unknown.
    const odd = await setDefaultIcpAction({ id: "../../etc" });
    expect(odd).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
