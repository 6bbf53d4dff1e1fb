import { eq } from "drizzle-orm";
import { expect, it } from "vitest";

import { DEMO_ICPS } from "@/db/seed";
import { DEMO_LIST_NAME, seedDemoLeads } from "@/db/seed-leads";
import { leadLists, leads } from "@/db/schema";
import { scoreLead, type NormalizedLead } from "@/lib/scoring";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

describeEachDb("demo lead list", (getHandle) => {
  it("imports the demo CSV with its duplicates and unusable rows", async () => {
    const { team } = await makeUserAndTeam("demo");
    const handle = getHandle();
    const { db } = handle;
    await seedDemoLeads(handle, team.id);

    const [list] = await db
      .select()
      .from(leadLists)
      .where(eq(leadLists.teamId, team.id));
    expect(list).toMatchObject({
      name: DEMO_LIST_NAME,
      source: "demo",
      status: "ready",
      rowCount: 300,
      duplicateCount: 2,
      rejectedCount: 2,
    });

    const rows = await db
      .select()
      .from(leads)
      .where(eq(leads.listId, list!.id));
    const icp = DEMO_ICPS.find((i) => i.isDefault)!;
    const fits = rows.map(
      (r) =>
        scoreLead(
          {
            industries: icp.industries ?? [],
            companySizes: icp.companySizes ?? [],
            technologies: icp.technologies ?? [],
            jobTitles: icp.jobTitles ?? [],
            departments: icp.departments ?? [],
            seniorities: icp.seniorities ?? [],
            countries: icp.countries ?? [],
            states: icp.states ?? [],
            cities: icp.cities ?? [],
          },
          { ...r, raw: {} } as unknown as NormalizedLead,
        ).fit,
    );
    // Varied enough to demo every segment of the default ICP.
    expect(fits.filter((f) => f === "high").length).toBeGreaterThan(15);
    expect(fits.filter((f) => f === "medium").length).toBeGreaterThan(15);
    expect(fits.filter((f) => f === "low").length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(8);
    expect(new Set(rows.map((r) => r.industry)).size).toBeGreaterThan(8);
  });
});
