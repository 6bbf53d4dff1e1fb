import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";

import { createIcp, updateIcp } from "@/db/queries/icps";
import { aiJudgements, icps, leadScores } from "@/db/schema";
import {
  countAiJudgements,
  getAiJudgements,
  runAiFitCheck,
} from "@/lib/ai-fit";
import { icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFieldsInput } from "@/lib/icps/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { makeList } from "./helpers";
import { judgingModel } from "./models";

type Account = Awaited<ReturnType<typeof makeUserAndTeam>>;

const IDEAL =
  "Revenue leaders at US software companies of 50 to 500 people who run " +
  "their sales on Salesforce.";

/** SaaS sales leaders fit; anyone else does not. */
function judgeBySector(lead: Record<string, unknown>) {
  return lead.industry === "SaaS"
    ? { score: 90, reason: "Sales leader at a SaaS company." }
    : { score: 15, reason: "Not a software company.\nNo sales role." };
}

const LEADS = [
  {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@secret.example",
    title: "VP of Sales",
    industry: "SaaS",
    employeeCount: 120,
    country: "US",
  },
  { title: "CRO", industry: "SaaS", employeeCount: 300, country: "US" },
  { title: "Nurse", industry: "Hospitals", employeeCount: 4000 },
  { title: "CFO", industry: "Banking", country: "DE" },
  { title: "Account Executive", industry: "SaaS", country: "CA" },
];

describeEachDb("AI fit check", (getHandle) => {
  let alice: Account;
  let bob: Account;
  let listId: string;
  let leadIds: number[];

  async function makeIcp(name: string, extra: Partial<IcpFieldsInput> = {}) {
    const fields = icpFieldsSchema.parse({
      name,
      idealCustomerDescription: IDEAL,
      industries: ["SaaS"],
      aiFitCheck: true,
      ...extra,
    });
    return createIcp({ teamId: alice.team.id, fields });
  }

  const storedRows = (icpId: string) =>
    getHandle()
      .db.select()
      .from(aiJudgements)
      .where(eq(aiJudgements.icpId, icpId));

  beforeAll(async () => {
    alice = await makeUserAndTeam("alice");
    bob = await makeUserAndTeam("bob");
    ({ listId, leadIds } = await makeList(
      getHandle().db,
      alice.team.id,
      "Pipeline",
      LEADS,
    ));
  });

  let icpId: string;
  beforeEach(async () => {
    icpId = (await makeIcp(`Fit ${crypto.randomUUID()}`)).id;
  });

  it("judges every lead in batches and stores one-line reasons", async () => {
    const judge = judgingModel(judgeBySector);

    const result = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model, batchSize: 2, concurrency: 2 },
    );

    expect(result).toEqual({
      status: "done",
      model: "mock-judge",
      icpVersion: 1,
      judged: 5,
      remaining: 0,
      failed: 0,
    });
    expect(judge.calls()).toBe(3);
    const judgements = await getAiJudgements({
      teamId: alice.team.id,
      icpId,
      leadIds,
    });
    expect(judgements.size).toBe(5);
    expect(judgements.get(leadIds[0]!)).toMatchObject({
      score: 90,
      reason: "Sales leader at a SaaS company.",
    });
    expect(judgements.get(leadIds[2]!)).toMatchObject({
      score: 15,
      reason: "Not a software company. No sales role.",
    });
    expect(
      await countAiJudgements({ teamId: alice.team.id, icpId, listId }),
    ).toEqual({ judged: 5, leads: 5 });
  });

  it("sends the description and the role and company, never the person", async () => {
    const judge = judgingModel(judgeBySector);

    await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model },
    );

    const sent = judge.prompts.join("\n");
    expect(sent).toContain(IDEAL);
    expect(sent).toContain("VP of Sales");
    expect(sent).not.toContain("Lovelace");
    expect(sent).not.toContain("ada@secret.example");
  });

  it("keeps judgements per ICP version and only judges what is new", async () => {
    const first = judgingModel(judgeBySector);
    await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: first.model },
    );

    const again = judgingModel(judgeBySector);
    const cached = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: again.model },
    );
    expect(cached).toMatchObject({ status: "done", judged: 0, remaining: 0 });
    expect(again.calls()).toBe(0);

    // A new description is a new criteria version: old judgements no
    // longer show, and the next run judges every lead again.
    const updated = await updateIcp({
      teamId: alice.team.id,
      id: icpId,
      fields: { idealCustomerDescription: `${IDEAL} Series B or later.` },
    });
    expect(updated.criteriaVersion).toBe(2);
    expect(
      (await getAiJudgements({ teamId: alice.team.id, icpId, leadIds })).size,
    ).toBe(0);

    const rerun = judgingModel(judgeBySector);
    const result = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: rerun.model },
    );
    expect(result).toMatchObject({ judged: 5, icpVersion: 2 });
    const rows = await storedRows(icpId);
    expect(rows.map((r) => r.icpVersion)).toEqual([2, 2, 2, 2, 2]);
  });

  it("stops at the per-run cap, best rule-based scores first, within the concurrency", async () => {
    const judge = judgingModel(judgeBySector, { delayMs: 20 });
    const scored = [
      { leadId: leadIds[4]!, score: 95 },
      { leadId: leadIds[3]!, score: 80 },
      { leadId: leadIds[1]!, score: 60 },
    ];
    await getHandle()
      .db.insert(leadScores)
      .values(
        scored.map((s) => ({
          ...s,
          icpId,
          teamId: alice.team.id,
          listId,
          icpVersion: 1,
          fit: "high" as const,
        })),
      );

    const result = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model, maxLeads: 3, batchSize: 1, concurrency: 2 },
    );

    expect(result).toMatchObject({
      status: "partial",
      judged: 3,
      remaining: 2,
    });
    expect(judge.calls()).toBe(3);
    expect(judge.maxInFlight()).toBe(2);
    const judged = (await storedRows(icpId)).map((r) => r.leadId);
    expect(judged.sort()).toEqual(scored.map((s) => s.leadId).sort());

    const next = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model, maxLeads: 3, batchSize: 1, concurrency: 2 },
    );
    expect(next).toMatchObject({ status: "done", judged: 2, remaining: 0 });
  });

  it("reports a failing provider and stores nothing half-made", async () => {
    const judge = judgingModel(judgeBySector, { fail: () => true });

    const result = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model, batchSize: 2, concurrency: 1 },
    );

    expect(result).toMatchObject({ status: "partial", judged: 0 });
    expect(result.status !== "skipped" && result.error).toMatch(/AI provider/);
    // A refused call would fail every batch: the run stops after one.
    expect(judge.calls()).toBe(1);
    expect(await storedRows(icpId)).toEqual([]);
  });

  it("does not run, and fakes nothing, without a provider", async () => {
    const result = await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { config: null },
    );

    expect(result).toMatchObject({
      status: "skipped",
      reason: "not_configured",
    });
    expect(await storedRows(icpId)).toEqual([]);
  });

  it("does not run when the ICP has the check off or no description", async () => {
    const judge = judgingModel(judgeBySector);
    const off = await makeIcp(`Off ${crypto.randomUUID()}`, {
      aiFitCheck: false,
    });
    const blank = await makeIcp(`Blank ${crypto.randomUUID()}`, {
      idealCustomerDescription: "",
    });

    await expect(
      runAiFitCheck(
        { teamId: alice.team.id, icpId: off.id, listId },
        { model: judge.model },
      ),
    ).resolves.toMatchObject({ status: "skipped", reason: "off" });
    await expect(
      runAiFitCheck(
        { teamId: alice.team.id, icpId: blank.id, listId },
        { model: judge.model },
      ),
    ).resolves.toMatchObject({ status: "skipped", reason: "no_description" });
    expect(judge.calls()).toBe(0);
  });

  it("keeps every team to its own ICPs, lists and judgements", async () => {
    const judge = judgingModel(judgeBySector);
    await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model },
    );

    await expect(
      runAiFitCheck(
        { teamId: bob.team.id, icpId, listId },
        { model: judge.model },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    const bobsIcp = await createIcp({
      teamId: bob.team.id,
      fields: icpFieldsSchema.parse({
        name: "Bob's",
        idealCustomerDescription: IDEAL,
        aiFitCheck: true,
      }),
    });
    await expect(
      runAiFitCheck(
        { teamId: bob.team.id, icpId: bobsIcp.id, listId },
        { model: judge.model },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(
      (await getAiJudgements({ teamId: bob.team.id, icpId, leadIds })).size,
    ).toBe(0);
    expect(
      await countAiJudgements({ teamId: bob.team.id, icpId, listId }),
    ).toEqual({ judged: 0, leads: 0 });
  });

  it("hides judgements once the ICP turns the check off", async () => {
    const judge = judgingModel(judgeBySector);
    await runAiFitCheck(
      { teamId: alice.team.id, icpId, listId },
      { model: judge.model },
    );
    await getHandle()
      .db.update(icps)
      .set({ aiFitCheck: false })
      .where(and(eq(icps.id, icpId), eq(icps.teamId, alice.team.id)));

    expect(
      (await getAiJudgements({ teamId: alice.team.id, icpId, leadIds })).size,
    ).toBe(0);
  });
});
