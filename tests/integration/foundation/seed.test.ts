import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";

import { icps, leadLists, teams, users } from "@/db/schema";
import { DEMO_EMAIL, DEMO_ICPS, seedDemoIfEmpty } from "@/db/seed";

import { describeEachDb } from "../helpers/db";

describeEachDb("demo seed", (getHandle, kind) => {
  it("seeds an empty database once, and never a used one", async () => {
    const handle = getHandle();
    const [before] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users);
    const first = await seedDemoIfEmpty(handle);
    if (kind === "pglite" || before?.n === 0) {
      expect(first).not.toBeNull();
      const [team] = await handle.db
        .select()
        .from(teams)
        .where(eq(teams.id, first!.teamId));
      expect(team?.slug).toBe("demo");
      const names = await handle.db
        .select({ name: icps.name, isDefault: icps.isDefault })
        .from(icps)
        .where(eq(icps.teamId, first!.teamId));
      expect(names).toHaveLength(DEMO_ICPS.length);
      expect(names.filter((n) => n.isDefault)).toHaveLength(1);
      const lists = await handle.db
        .select()
        .from(leadLists)
        .where(eq(leadLists.id, first!.listId));
      expect(lists[0]?.rowCount).toBeGreaterThan(0);
      const [demo] = await handle.db
        .select()
        .from(users)
        .where(eq(users.email, DEMO_EMAIL));
      expect(demo?.passwordHash).toMatch(/^\$argon2id\$/);
    } else {
      expect(first).toBeNull();
    }
    expect(await seedDemoIfEmpty(handle)).toBeNull();
  });
});
