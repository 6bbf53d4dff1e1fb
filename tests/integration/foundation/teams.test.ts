import { describe, expect, it } from "vitest";

import {
  acceptInvite,
  createInvite,
  getMembership,
  getTeamsForUser,
  listMembers,
  listOpenInvites,
  removeMember,
  revokeInvite,
} from "@/db/queries/teams";
import {
  clearLoginFailures,
  getRecentLoginFailures,
  recordLoginFailure,
} from "@/db/queries/users";
import {
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from "@/db/queries/api-keys";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

describeEachDb("teams and memberships", () => {
  it("gives every new user a personal team they own", async () => {
    const { user, team } = await makeUserAndTeam("owner");
    const teams = await getTeamsForUser(user.id);
    expect(teams).toEqual([
      expect.objectContaining({ id: team.id, role: "owner", personal: true }),
    ]);
  });

  it("lets an invite be used exactly once", async () => {
    const a = await makeUserAndTeam("owner");
    const b = await makeUserAndTeam("joiner");
    const c = await makeUserAndTeam("late");
    const { token } = await createInvite({
      teamId: a.team.id,
      createdBy: a.user.id,
      role: "member",
    });
    const results = await Promise.allSettled([
      acceptInvite({ token, userId: b.user.id }),
      acceptInvite({ token, userId: c.user.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const members = await listMembers(a.team.id);
    expect(members).toHaveLength(2);
    await expect(
      acceptInvite({ token, userId: c.user.id }),
    ).rejects.toThrow(/invalid, expired or already used/);
  });

  it("keeps member and invite queries inside their team", async () => {
    const a = await makeUserAndTeam("a");
    const b = await makeUserAndTeam("b");
    const { invite } = await createInvite({
      teamId: a.team.id,
      createdBy: a.user.id,
      role: "admin",
    });

    expect(await listOpenInvites(b.team.id)).toEqual([]);
    await expect(
      revokeInvite({ teamId: b.team.id, id: invite.id }),
    ).rejects.toThrow(/not found/i);
    expect(await listOpenInvites(a.team.id)).toHaveLength(1);

    await expect(
      removeMember({ teamId: b.team.id, userId: a.user.id }),
    ).rejects.toThrow(/not found/i);
    expect(
      await getMembership({ teamId: a.team.id, userId: a.user.id }),
    ).toBeDefined();
    expect(
      (await listMembers(b.team.id)).map((m) => m.userId),
    ).not.toContain(a.user.id);
  });

  it("never removes a team's last owner", async () => {
    const a = await makeUserAndTeam("solo");
    await expect(
      removeMember({ teamId: a.team.id, userId: a.user.id }),
    ).rejects.toThrow(/at least one owner/);
  });

  it("removes a member so they lose the team", async () => {
    const a = await makeUserAndTeam("owner");
    const b = await makeUserAndTeam("member");
    const { token } = await createInvite({
      teamId: a.team.id,
      createdBy: a.user.id,
      role: "member",
    });
    await acceptInvite({ token, userId: b.user.id });
    await removeMember({ teamId: a.team.id, userId: b.user.id });
    const teams = await getTeamsForUser(b.user.id);
    expect(teams.map((t) => t.id)).not.toContain(a.team.id);
  });

  it("scopes API keys to their team", async () => {
    const a = await makeUserAndTeam("a");
    const b = await makeUserAndTeam("b");
    const { apiKey } = await createApiKey({
      teamId: a.team.id,
      name: "ci",
      scope: "write",
    });
    expect(await listApiKeys(b.team.id)).toEqual([]);
    await expect(
      revokeApiKey({ teamId: b.team.id, id: apiKey.id }),
    ).rejects.toThrow(/not found/i);
    const [still] = await listApiKeys(a.team.id);
    expect(still?.revokedAt).toBeNull();
  });

  it("counts sign-in failures per email and clears them", async () => {
    const key = `someone-${Math.random()}@example.test`;
    expect(await getRecentLoginFailures(key)).toBe(0);
    await recordLoginFailure(key);
    await recordLoginFailure(key);
    expect(await getRecentLoginFailures(key)).toBe(2);
    await clearLoginFailures(key);
    expect(await getRecentLoginFailures(key)).toBe(0);
  });
});

describe("describeEachDb", () => {
  it("always includes the embedded database", async () => {
    const { databaseKinds } = await import("../helpers/db");
    expect(databaseKinds()).toContain("pglite");
  });
});
