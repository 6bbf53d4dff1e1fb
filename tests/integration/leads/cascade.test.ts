import { sql } from "drizzle-orm";
import { expect, it } from "vitest";

import type { Db } from "@/db/client";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";
import { makeIcp, SALES_ICP } from "../jobs/helpers";
import { insertRandomList, rowsOf } from "../scoring-sql/random-leads";

async function count(db: Db, query: ReturnType<typeof sql>) {
  const [row] = await rowsOf<{ n: unknown }>(db, query);
  return Number(row?.n);
}

/** Every lead of the list scored 50 against the ICP, written directly. */
async function scoreAll(db: Db, listId: string, icpId: string) {
  await db.execute(sql`
    INSERT INTO lead_scores (lead_id, icp_id, team_id, list_id,
      icp_version, score, fit)
    SELECT id, ${icpId}, team_id, list_id, 1, 50, 'medium'
    FROM leads WHERE list_id = ${listId}`);
}

// Leads and scores have no per-row foreign keys (they made imports and
// scoring runs twice as slow); statement triggers do the cascades.
describeEachDb("deleting lists, leads and teams", (getHandle) => {
  async function setup(seed: number) {
    const { db } = getHandle();
    const { team } = await makeUserAndTeam("cascade");
    const icp = await makeIcp(team.id, SALES_ICP);
    const lists = [];
    for (const n of [30, 20]) {
      const listId = await insertRandomList(db, {
        teamId: team.id,
        count: n,
        seed: seed + n,
      });
      await scoreAll(db, listId, icp.id);
      lists.push(listId);
    }
    return { db, team, lists: lists as [string, string] };
  }

  it("takes a deleted list's leads and scores with it, and only those", async () => {
    const { db, lists } = await setup(1);
    const [gone, kept] = lists;
    await db.execute(sql`DELETE FROM lead_lists WHERE id = ${gone}`);

    for (const table of ["leads", "lead_scores"]) {
      const t = sql.raw(table);
      expect(
        await count(db, sql`SELECT count(*) AS n FROM ${t}
          WHERE list_id = ${gone}`),
      ).toBe(0);
    }
    expect(
      await count(db, sql`SELECT count(*) AS n FROM leads
        WHERE list_id = ${kept}`),
    ).toBe(20);
    expect(
      await count(db, sql`SELECT count(*) AS n FROM lead_scores
        WHERE list_id = ${kept}`),
    ).toBe(20);
  });

  it("takes deleted leads' scores with them", async () => {
    const { db, lists } = await setup(2);
    const [list] = lists;
    await db.execute(sql`
      DELETE FROM leads WHERE id IN (
        SELECT id FROM leads WHERE list_id = ${list} ORDER BY id LIMIT 10)`);
    expect(
      await count(db, sql`SELECT count(*) AS n FROM lead_scores s
        WHERE s.list_id = ${list}
          AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.id = s.lead_id)`),
    ).toBe(0);
    expect(
      await count(db, sql`SELECT count(*) AS n FROM lead_scores
        WHERE list_id = ${list}`),
    ).toBe(20);
  });

  it("leaves nothing of a deleted team's lists behind", async () => {
    const { db, team, lists } = await setup(3);
    await db.execute(sql`DELETE FROM teams WHERE id = ${team.id}`);
    for (const table of ["leads", "lead_scores"]) {
      const t = sql.raw(table);
      expect(
        await count(db, sql`SELECT count(*) AS n FROM ${t}
          WHERE list_id IN (${lists[0]}, ${lists[1]})`),
      ).toBe(0);
    }
  });
});
