import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";

import { createIcp } from "@/db/queries/icps";
import {
  deleteLeadList,
  getLead,
  getLeadList,
  getSegmentCounts,
  iterateSegment,
  listLeadLists,
  listLeads,
} from "@/db/queries/leads";
import type { ScoredLead } from "@/db/queries/leads";
import {
  icps,
  leadLists,
  leadScores,
  leads,
  listScoreStats,
} from "@/db/schema";
import {
  EXPORT_STYLES,
  previewCsv,
  suggestMapping,
  type LeadField,
} from "@/lib/csv";
import { isAppError } from "@/lib/errors";
import { exportSegment } from "@/lib/leads/export";
import { importLeadList } from "@/lib/leads/import";
import { decodeCursor } from "@/lib/leads/segment";
import { resolveSegment } from "@/lib/leads/segment-request";
import { icpFieldsSchema } from "@/lib/icps/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const SOURCE = [
  "Record ID,First Name,Last Name,Job Title,Company Name,Email," +
    "LinkedIn URL,Phone Number,Number of Employees,Industry,Technologies," +
    "City,State/Region,Country/Region,Lifecycle Stage",
  ...Array.from({ length: 60 }, (_, i) => {
    const n = i + 1;
    const company = ["Acme Inc", "Globex", "Initech", "Hooli"][n % 4];
    const title = ["VP of Sales", "CFO", "Marketing Manager", "Engineer"][
      n % 4
    ];
    return (
      `R${n},Person${String(n).padStart(2, "0")},Last${n % 7},${title},` +
      `${company},p${n}@${company!.split(" ")[0]!.toLowerCase()}.com,` +
      `https://www.linkedin.com/in/p${n},+1 555 01${n},${n * 37},` +
      `Software,"Salesforce, HubSpot",Boston,MA,United States,lead`
    );
  }),
].join("\r\n");

function fitOf(score: number): "high" | "medium" | "low" {
  return score >= 70 ? "high" : score >= 40 ? "medium" : "low";
}

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describeEachDb("lead list segments", (getHandle) => {
  let teamId: string;
  let otherTeamId: string;
  let listId: string;
  let icpId: string;
  let icpName: string;
  let criteriaVersion: number;
  /** Score per lead id; 10 leads are left unscored. */
  const scores = new Map<number, number>();

  beforeAll(async () => {
    const [{ team }, { team: other }] = await Promise.all([
      makeUserAndTeam("owner"),
      makeUserAndTeam("stranger"),
    ]);
    teamId = team.id;
    otherTeamId = other.id;
    const list = await importLeadList(SOURCE, { teamId, name: "Segments" });
    listId = list.id;
    const icp = await createIcp({
      teamId,
      fields: icpFieldsSchema.parse({ name: "Sales leaders" }),
    });
    icpId = icp.id;
    icpName = icp.name;
    criteriaVersion = icp.criteriaVersion;

    const { db } = getHandle();
    const rows = await db
      .select({ id: leads.id, rowNumber: leads.rowNumber })
      .from(leads)
      .where(eq(leads.listId, listId));
    const scored = rows.filter((r) => r.rowNumber > 11);
    for (const r of scored) scores.set(r.id, (r.rowNumber * 37) % 101);
    await db.insert(leadScores).values(
      scored.map((r) => ({
        leadId: r.id,
        icpId,
        teamId,
        listId,
        // Two leads scored before the criteria last changed.
        icpVersion: r.rowNumber < 14 ? criteriaVersion - 1 : criteriaVersion,
        score: scores.get(r.id)!,
        fit: fitOf(scores.get(r.id)!),
      })),
    );
    const count = (fit: string) =>
      [...scores.values()].filter((s) => fitOf(s) === fit).length;
    await db.insert(listScoreStats).values({
      listId,
      icpId,
      teamId,
      icpVersion: criteriaVersion,
      high: count("high"),
      medium: count("medium"),
      low: count("low"),
    });
    await db
      .update(leadLists)
      .set({ lastScoredIcpId: icpId })
      .where(eq(leadLists.id, listId));
  });

  async function allPages(
    query: Omit<Parameters<typeof listLeads>[0], "cursor">,
  ): Promise<ScoredLead[]> {
    const out: ScoredLead[] = [];
    let cursor = null;
    for (let page = 0; page < 100; page++) {
      const res = await listLeads({ ...query, cursor });
      out.push(...res.rows);
      cursor = decodeCursor(res.nextCursor);
      if (!cursor) return out;
    }
    throw new Error("pagination did not end");
  }

  it("lists the team's lists with the last scored ICP and its high fits", async () => {
    const lists = await listLeadLists(teamId);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({
      id: listId,
      name: "Segments",
      rowCount: 60,
      lastScored: {
        icpId,
        icpName,
        highFit: [...scores.values()].filter((s) => s >= 70).length,
      },
    });
  });

  it("pages through every lead exactly once, in each sort order", async () => {
    const icp = { id: icpId, criteriaVersion };
    for (const sort of ["row", "name", "company", "score"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const rows = await allPages({
          teamId,
          listId,
          icp,
          sort,
          dir,
          limit: 7,
        });
        expect(new Set(rows.map((r) => r.id)).size).toBe(60);
        const keys = rows.map((r) =>
          sort === "score"
            ? (r.score ?? -1)
            : sort === "name"
              ? `${r.firstName} ${r.lastName}`.toLowerCase()
              : sort === "company"
                ? r.company!.toLowerCase()
                : r.id,
        );
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(keys).toEqual(dir === "asc" ? sorted : sorted.reverse());
      }
    }
  });

  it("filters by fit with counts that match the rows", async () => {
    const icp = { id: icpId, criteriaVersion };
    const counts = await getSegmentCounts({
      teamId,
      listId,
      icpId,
      rowCount: 60,
    });
    expect(counts.unscored).toBe(10);
    for (const fit of ["high", "medium", "low", "unscored"] as const) {
      const rows = await allPages({ teamId, listId, icp, fit, limit: 9 });
      expect(rows).toHaveLength(counts[fit]);
      for (const r of rows) {
        expect(r.fit).toBe(fit === "unscored" ? null : fit);
      }
    }
    const high = await allPages({ teamId, listId, icp, fit: "high" });
    const scoresDesc = high.map((r) => r.score!);
    expect(scoresDesc).toEqual([...scoresDesc].sort((a, b) => b - a));
  });

  it("marks scores computed for older criteria as stale", async () => {
    const rows = await allPages({
      teamId,
      listId,
      icp: { id: icpId, criteriaVersion },
      sort: "row",
    });
    const stale = rows.filter((r) => r.stale).map((r) => r.rowNumber);
    expect(stale).toEqual([12, 13]);
  });

  it("searches name, company, title and email", async () => {
    const byName = await listLeads({ teamId, listId, q: "person07" });
    expect(byName.rows.map((r) => r.rowNumber)).toEqual([8]);
    const full = await listLeads({ teamId, listId, q: "Person07 Last0" });
    expect(full.rows.map((r) => r.rowNumber)).toEqual([8]);
    const byCompany = await allPages({ teamId, listId, q: "globex" });
    expect(byCompany).toHaveLength(15);
    const byTitle = await allPages({ teamId, listId, q: "cfo" });
    expect(byTitle.every((r) => r.title === "CFO")).toBe(true);
    const byEmail = await listLeads({ teamId, listId, q: "p12@" });
    expect(byEmail.rows).toHaveLength(1);
    const literal = await listLeads({ teamId, listId, q: "%" });
    expect(literal.rows).toHaveLength(0);
  });

  it("hides the list from another team: no listing, rows, lead or export", async () => {
    expect(await listLeadLists(otherTeamId)).toEqual([]);
    expect(await getLeadList({ teamId: otherTeamId, id: listId })).toBe(
      undefined,
    );
    const page = await listLeads({ teamId: otherTeamId, listId });
    expect(page.rows).toEqual([]);
    const { db } = getHandle();
    const [one] = await db
      .select({ id: leads.id })
      .from(leads)
      .where(eq(leads.listId, listId))
      .limit(1);
    expect(
      await getLead({ teamId: otherTeamId, listId, leadId: one!.id }),
    ).toBe(undefined);
    const err = await resolveSegment({
      teamId: otherTeamId,
      listId,
      params: {},
    }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("not_found");
    // Nor may it borrow the owner's ICP for its own lists.
    const theirs = await importLeadList("Email\na@b.io\n", {
      teamId: otherTeamId,
      name: "theirs",
    });
    const icpErr = await resolveSegment({
      teamId: otherTeamId,
      listId: theirs.id,
      params: { icpId },
    }).catch((e: unknown) => e);
    expect(isAppError(icpErr) && icpErr.code).toBe("not_found");
    expect(await deleteLeadList({ teamId: otherTeamId, id: listId })).toBe(
      false,
    );
    expect(await getLeadList({ teamId, id: listId })).toBeDefined();
  });

  it("refuses to score another team's list", async () => {
    const { enqueueScoringRun } = await import("@/lib/jobs");
    const err = await enqueueScoringRun({
      teamId: otherTeamId,
      listId,
      icpId,
    }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("not_found");
  });

  it("exports exactly the leads of the chosen fit", async () => {
    const segment = await resolveSegment({
      teamId,
      listId,
      params: { icpId, fit: "high" },
    });
    const text = await collect(
      exportSegment({
        list: segment.list,
        query: segment.query,
        icpName,
        style: "default",
      }),
    );
    const preview = previewCsv(text, { complete: true, rows: 1000 });
    const expected = [...scores.entries()]
      .filter(([, s]) => s >= 70)
      .map(([id]) => id);
    expect(preview.records).toHaveLength(expected.length);
    const at = (name: string) => preview.headers.indexOf(name);
    for (const record of preview.records) {
      expect(record.cells[at("Fit")]).toBe("high");
      expect(Number(record.cells[at("Fit Score")])).toBeGreaterThanOrEqual(70);
      expect(record.cells[at("ICP")]).toBe(icpName);
    }
    expect(preview.headers).toEqual(
      expect.arrayContaining([
        "Lifecycle Stage",
        "Seniority (Normalised)",
        "Company Size (Normalised)",
        "Country (Normalised)",
      ]),
    );
  });

  const EXPECTED_FIELDS: LeadField[] = [
    "firstName",
    "lastName",
    "email",
    "linkedinUrl",
    "title",
    "company",
    "industry",
    "employeeCount",
    "technologies",
    "country",
    "state",
    "city",
    "ref",
    "phone",
  ];

  it.each(EXPORT_STYLES)(
    "exports %s headers that an import recognises end to end",
    async (style) => {
      const segment = await resolveSegment({
        teamId,
        listId,
        params: { icpId },
      });
      const text = await collect(
        exportSegment({
          list: segment.list,
          query: { ...segment.query, sort: "row" },
          icpName,
          style,
        }),
      );
      const headers = previewCsv(text, { complete: true }).headers;
      const mapped = suggestMapping(headers).mapping;
      const fields = Object.values(mapped).filter(Boolean);
      expect(fields).toEqual(expect.arrayContaining(EXPECTED_FIELDS));
      expect(new Set(fields).size).toBe(fields.length);

      const again = await importLeadList(text, {
        teamId,
        name: `Re-import ${style}`,
      });
      expect(again.rowCount).toBe(60);
      const { db } = getHandle();
      const pick = (r: typeof leads.$inferSelect) => ({
        rowNumber: r.rowNumber,
        ref: r.ref,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        linkedinUrl: r.linkedinUrl,
        title: r.title,
        company: r.company,
        industry: r.industry,
        employeeCount: r.employeeCount,
        technologies: r.technologies,
        country: r.country,
        state: r.state,
        city: r.city,
        lifecycle: r.extra["Lifecycle Stage"],
      });
      const before = await db
        .select()
        .from(leads)
        .where(eq(leads.listId, listId))
        .orderBy(leads.rowNumber);
      const after = await db
        .select()
        .from(leads)
        .where(eq(leads.listId, again.id))
        .orderBy(leads.rowNumber);
      expect(after.map(pick)).toEqual(before.map(pick));
      // Rows up to 11 are unscored; a scored one carries its score along.
      const scored = after.find((r) => r.rowNumber === 20)!;
      expect(scored.extra).toMatchObject({
        [headerOf(style)]: expect.any(String),
      });
    },
  );

  it("deletes a list with its leads and scores", async () => {
    const list = await importLeadList("Email\nx@y.io\n", {
      teamId,
      name: "to delete",
    });
    expect(await deleteLeadList({ teamId, id: list.id })).toBe(true);
    const { db } = getHandle();
    const rows = await db.select().from(leads).where(eq(leads.listId, list.id));
    expect(rows).toEqual([]);
    const still = await db.select().from(icps).where(eq(icps.id, icpId));
    expect(still).toHaveLength(1);
  });

  it("iterates a whole segment for exports without repeating rows", async () => {
    const ids: number[] = [];
    for await (const lead of iterateSegment(
      { teamId, listId, icp: { id: icpId, criteriaVersion }, sort: "score" },
      8,
    )) {
      ids.push(lead.id);
    }
    expect(new Set(ids).size).toBe(60);
  });
});

/** The score column's header in each style, kept as extra data on import. */
function headerOf(style: (typeof EXPORT_STYLES)[number]): string {
  return {
    default: "Fit Score",
    hubspot: "ICP Fit Score",
    salesforce: "ICPFitScore",
  }[style];
}
