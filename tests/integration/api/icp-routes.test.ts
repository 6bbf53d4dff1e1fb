import { sql } from "drizzle-orm";
import { expect, it } from "vitest";

import * as collection from "@/app/api/v1/icps/route";
import * as item from "@/app/api/v1/icps/[id]/route";
import { createApiKey } from "@/db/queries/api-keys";
import { createIcp } from "@/db/queries/icps";
import { icpFieldsSchema } from "@/lib/icps/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const BASE = "http://api.test/api/v1/icps";

async function teamWithKey() {
  const { team } = await makeUserAndTeam("routes");
  const { key } = await createApiKey({
    teamId: team.id,
    name: "k",
    scope: "write",
  });
  const headers = { authorization: `Bearer ${key}` };
  return { team, headers };
}

const ctx = (params: Record<string, string> = {}) => ({
  params: Promise.resolve(params),
});

describeEachDb("ICP routes", (getHandle) => {
  it("pages rows created in the same millisecond without loss or repeats", async () => {
    const { team, headers } = await teamWithKey();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const icp = await createIcp({
        teamId: team.id,
        fields: icpFieldsSchema.parse({ name: `Same ms ${i}` }),
      });
      ids.push(icp.id);
    }
    // Same millisecond, different microseconds, in an order unlike ids'.
    await getHandle().db.execute(sql`
      update icps set created_at =
        '2030-01-01T00:00:00.123Z'::timestamptz
        + make_interval(secs => (7 - (select count(*) from icps i2
            where i2.team_id = icps.team_id and i2.id < icps.id)) / 1e6)
      where team_id = ${team.id}`);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const url = `${BASE}?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await collection.GET(new Request(url, { headers }), ctx());
      expect(res.status).toBe(200);
      const json = (await res.json()) as {
        data: { id: string }[];
        nextCursor: string | null;
      };
      seen.push(...json.data.map((d) => d.id));
      cursor = json.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it("patches only the fields sent and checks states against countries", async () => {
    const { headers } = await teamWithKey();
    const created = await collection.POST(
      new Request(BASE, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({
          name: "Texans",
          countries: ["United States"],
          states: ["Texas"],
          jobTitles: ["CFO"],
        }),
      }),
      ctx(),
    );
    expect(created.status).toBe(201);
    const icp = (await created.json()) as { id: string; states: string[] };
    expect(icp.states).toEqual(["US-TX"]);
    expect(created.headers.get("location")).toBe(`/api/v1/icps/${icp.id}`);

    const patch = (body: unknown) =>
      item.PATCH(
        new Request(`${BASE}/${icp.id}`, {
          method: "PATCH",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        ctx({ id: icp.id }),
      );
    const ok = await patch({ highFitThreshold: 90 });
    expect(await ok.json()).toMatchObject({
      highFitThreshold: 90,
      states: ["US-TX"],
      jobTitles: ["CFO"],
      version: 2,
    });
    const bad = await patch({ states: ["Narnia"] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { details: { fieldErrors: { states: [expect.any(String)] } } },
    });
    const same = await patch({});
    expect((await same.json()).version).toBe(2);
  });
});
