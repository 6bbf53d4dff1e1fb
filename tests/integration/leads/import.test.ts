import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";

import { leadLists, leads } from "@/db/schema";
import { isCsvError, type CsvErrorCode } from "@/lib/csv";
import { importLeadList } from "@/lib/leads/import";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const HEADER =
  "First Name,Last Name,Title,Company,Email,# Employees,Industry," +
  "Technologies,City,State,Country,Favourite Colour";

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n") + "\n";
}

/** A CSV of `n` distinct, valid leads. */
function bigCsv(n: number): string {
  const rows: string[] = [];
  for (let i = 1; i <= n; i++) {
    rows.push(
      `Ann${i},Lee,VP Sales,Acme ${i} Inc,ann${i}@acme${i}.com,250,SaaS,` +
        `"Salesforce, HubSpot",Austin,TX,USA,blue`,
    );
  }
  return csv(...rows);
}

async function* chunked(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.subarray(i, Math.min(bytes.length, i + size));
  }
}

async function expectCsvError(
  promise: Promise<unknown>,
  code: CsvErrorCode,
): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isCsvError(err), String(err)).toBe(true);
  expect((err as { code: string }).code).toBe(code);
  expect((err as Error).message.length).toBeGreaterThan(10);
}

describeEachDb("lead list import", (getHandle, kind) => {
  async function countFor(teamId: string) {
    const { db } = getHandle();
    const [lists] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(leadLists)
      .where(eq(leadLists.teamId, teamId));
    const [rows] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(leads)
      .where(eq(leads.teamId, teamId));
    return { lists: lists!.n, leads: rows!.n };
  }

  /** PGlite is this test file's own database, so any table is ours. */
  async function stagingTables(): Promise<number> {
    if (kind !== "pglite") return 0;
    const { db } = getHandle();
    const rows = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_class where relname like 'lead_import_%'`,
    );
    return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
  }

  it("stores each lead normalised, with its raw values and extra columns", async () => {
    const { team, user } = await makeUserAndTeam("importer");
    const list = await importLeadList(
      csv(
        'Jane,Doe,VP of Sales,"Acme, Inc.",Jane.Doe@Acme.com,1200,' +
          'Software as a Service,"salesforce.com, HubSpot",Boston,MA,' +
          "United States,green",
        "Raj,Patel,Chief Financial Officer,Globex GmbH,raj@globex.de,300," +
          "Fintech,,Berlin,,Germany,",
      ),
      { teamId: team.id, name: "Q3 list", createdBy: user.id },
    );

    expect(list).toMatchObject({
      name: "Q3 list",
      rowCount: 2,
      rejectedCount: 0,
      duplicateCount: 0,
    });
    const { db } = getHandle();
    const [stored] = await db
      .select()
      .from(leadLists)
      .where(eq(leadLists.id, list.id));
    expect(stored).toMatchObject({
      status: "ready",
      rowCount: 2,
      source: "csv",
      createdBy: user.id,
    });
    expect(stored!.columns).toContain("Favourite Colour");
    expect(stored!.mapping["# Employees"]).toBe("employeeCount");

    const rows = await db
      .select()
      .from(leads)
      .where(eq(leads.listId, list.id))
      .orderBy(leads.rowNumber);
    expect(rows).toHaveLength(2);
    const jane = rows[0]!;
    expect(jane).toMatchObject({
      teamId: team.id,
      rowNumber: 2,
      firstName: "Jane",
      lastName: "Doe",
      email: "jane.doe@acme.com",
      company: "Acme, Inc.",
      title: "VP of Sales",
      seniority: "VP",
      department: "Sales",
      industry: "SaaS",
      employeeCount: 1200,
      companySize: "1001-5000",
      country: "US",
      state: "US-MA",
      duplicateOf: null,
    });
    expect(jane.technologies).toEqual(
      expect.arrayContaining(["Salesforce", "HubSpot"]),
    );
    // The original text of every value normalisation changed.
    expect(jane.raw).toEqual({
      email: "Jane.Doe@Acme.com",
      industry: "Software as a Service",
      country: "United States",
      state: "MA",
      technologies: "salesforce.com, HubSpot",
    });
    expect(jane.extra).toEqual({ "Favourite Colour": "green" });
    expect(rows[1]).toMatchObject({ country: "DE", seniority: "C-Level" });
    expect(rows[1]!.id).toBeGreaterThan(jane.id);
    expect(await stagingTables()).toBe(0);
  });

  it("keeps quoted fields with newlines, semicolons, tabs and a BOM", async () => {
    const { team } = await makeUserAndTeam();
    const semicolon =
      "\ufeffFirst Name;Last Name;Company;Notes\n" +
      'Ana;Silva;Initech;"line one\nline two; still notes"\n';
    const list = await importLeadList(semicolon, {
      teamId: team.id,
      name: "semicolons",
    });
    expect(list.rowCount).toBe(1);
    const tab = "Email\tCompany\nbo@x.io\tHooli\n";
    const second = await importLeadList(tab, { teamId: team.id, name: "tabs" });
    expect(second.rowCount).toBe(1);

    const { db } = getHandle();
    const [ana] = await db
      .select()
      .from(leads)
      .where(eq(leads.listId, list.id));
    expect(ana!.extra).toEqual({ Notes: "line one\nline two; still notes" });
    expect(ana!.firstName).toBe("Ana");
  });

  it("rejects unusable rows with their row number and reason", async () => {
    const { team } = await makeUserAndTeam();
    const list = await importLeadList(
      csv(
        "Ann,Lee,CEO,Acme,ann@acme.com,10,SaaS,,Austin,TX,USA,red",
        ",,CTO,Nameless Co,,10,SaaS,,,,,",
        "Bob,Ray,CFO,Acme,bob@acme.com",
        "Cy,Ng,COO,Acme,cy@acme.com,10,SaaS,,Austin,TX,USA,red",
      ),
      { teamId: team.id, name: "with rejects" },
    );
    expect(list.rowCount).toBe(2);
    expect(list.rejectedCount).toBe(2);
    expect(list.rejected.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(list.rejected[0]!.reason).toMatch(/name, email or LinkedIn/);
    expect(list.rejected[1]!.reason).toMatch(/5 values/);

    const { db } = getHandle();
    const [stored] = await db
      .select()
      .from(leadLists)
      .where(eq(leadLists.id, list.id));
    expect(stored!.rejectedCount).toBe(2);
    expect(stored!.rejected[1]).toMatchObject({
      row: 4,
      cells: ["Bob", "Ray", "CFO", "Acme", "bob@acme.com"],
    });
  });

  it.each([
    [
      "an unterminated quote",
      csv('Ann,Lee,"CEO,Acme,a@b.co,1,x,,y,z,US,'),
      "unterminated_quote",
    ],
    [
      "mostly the wrong column count",
      csv("Ann,Lee", "Bob,Ray", "Cy,Ng", "Di,Oh"),
      "too_many_bad_rows",
    ],
    ["an empty file", "", "empty_file"],
    ["a header without rows", `${HEADER}\n`, "no_rows"],
    [
      "a binary file",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
      "binary_file",
    ],
    [
      "bytes with NUL characters",
      new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x0a]),
      "binary_file",
    ],
  ] as const)(
    "refuses %s with a clear error and stores nothing",
    async (_label, source, code) => {
      const { team } = await makeUserAndTeam();
      await expectCsvError(
        importLeadList(source, { teamId: team.id, name: "bad" }),
        code,
      );
      expect(await countFor(team.id)).toEqual({ lists: 0, leads: 0 });
      expect(await stagingTables()).toBe(0);
    },
  );

  it("refuses a quote left open at the end after rows were staged", async () => {
    const { team } = await makeUserAndTeam();
    const text = bigCsv(300) + 'Zed,Last,"CEO,Acme,z@z.io\n';
    await expectCsvError(
      importLeadList(chunked(text, 1024), {
        teamId: team.id,
        name: "late error",
        batchSize: 50,
        writeChars: 1,
      }),
      "unterminated_quote",
    );
    expect(await countFor(team.id)).toEqual({ lists: 0, leads: 0 });
    expect(await stagingTables()).toBe(0);
  });

  it("leaves no rows and no list when the upload is aborted half-way", async () => {
    const { team } = await makeUserAndTeam();
    const text = bigCsv(2000);
    const controller = new AbortController();
    let batches = 0;
    async function* source() {
      let sent = 0;
      for await (const chunk of chunked(text, 4096)) {
        sent += chunk.length;
        if (sent > text.length / 2) {
          // The client goes away: the body stream errors mid-file.
          controller.abort();
          throw new Error("client disconnected");
        }
        yield chunk;
      }
    }
    const err = await importLeadList(source(), {
      teamId: team.id,
      name: "aborted",
      batchSize: 100,
      writeChars: 1,
      signal: controller.signal,
      onProgress: () => {
        batches++;
      },
    }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Error);
    expect(batches).toBeGreaterThan(2);
    expect(await countFor(team.id)).toEqual({ lists: 0, leads: 0 });
    expect(await stagingTables()).toBe(0);
  });

  it("stops when the signal aborts between batches", async () => {
    const { team } = await makeUserAndTeam();
    const controller = new AbortController();
    const err = await importLeadList(chunked(bigCsv(1000), 2048), {
      teamId: team.id,
      name: "cancelled",
      batchSize: 100,
      writeChars: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rowsRead >= 300) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as Error).name).toBe("AbortError");
    expect(await countFor(team.id)).toEqual({ lists: 0, leads: 0 });
    expect(await stagingTables()).toBe(0);
  });

  it("imports a large file streamed in small chunks", async () => {
    const { team } = await makeUserAndTeam();
    const list = await importLeadList(chunked(bigCsv(5000), 3000), {
      teamId: team.id,
      name: "big",
      batchSize: 1000,
    });
    expect(list.rowCount).toBe(5000);
    expect(await countFor(team.id)).toEqual({ lists: 1, leads: 5000 });
  });

  const duplicates = csv(
    "Jane,Doe,CEO,Acme Inc,jane@acme.com,10,SaaS,,Austin,TX,USA,",
    "J.,Doe,CEO,Other,JANE@ACME.COM,10,SaaS,,Austin,TX,USA,",
    'Jane,Doe,CTO,"Acme, Inc.",jd@gmail.com,10,SaaS,,Austin,TX,USA,',
    "Jane,Doe,CEO,Initech,jane@initech.com,10,SaaS,,Austin,TX,USA,",
    "Bo,Li,CEO,,,10,SaaS,,Austin,TX,USA,",
    "Bo,Li,CEO,,,10,SaaS,,Austin,TX,USA,",
  );

  // Checked among the candidate keys, and over the whole list when there
  // are too many candidates to name.
  for (const [cap, how] of [
    [undefined, ""],
    [0, " (whole-list check)"],
  ] as const) {
    it(`merges duplicates: keeps the first and counts the rest${how}`, async () => {
      const { team } = await makeUserAndTeam();
      const list = await importLeadList(duplicates, {
        teamId: team.id,
        name: "merged",
        dedupe: "merge",
        maxRepeatCandidates: cap,
      });
      expect(list.rowCount).toBe(4);
      expect(list.duplicateCount).toBe(2);
      const { db } = getHandle();
      const rows = await db
        .select()
        .from(leads)
        .where(eq(leads.listId, list.id))
        .orderBy(leads.rowNumber);
      expect(rows.map((r) => r.rowNumber)).toEqual([2, 5, 6, 7]);
      expect(rows.every((r) => r.duplicateOf === null)).toBe(true);
      const [stored] = await db
        .select()
        .from(leadLists)
        .where(eq(leadLists.id, list.id));
      expect(stored).toMatchObject({ rowCount: 4, duplicateCount: 2 });
    });

    it(`flags duplicates: keeps them, pointing at the first${how}`, async () => {
      const { team } = await makeUserAndTeam();
      const list = await importLeadList(duplicates, {
        teamId: team.id,
        name: "flagged",
        dedupe: "flag",
        maxRepeatCandidates: cap,
      });
      expect(list.rowCount).toBe(6);
      expect(list.duplicateCount).toBe(2);
      const { db } = getHandle();
      const rows = await db
        .select()
        .from(leads)
        .where(eq(leads.listId, list.id))
        .orderBy(leads.rowNumber);
      const first = rows[0]!;
      expect(rows.map((r) => r.duplicateOf)).toEqual([
        null,
        first.id,
        first.id,
        null,
        null,
        null,
      ]);
    });
  }

  it("counts duplicates within one list only", async () => {
    const { team } = await makeUserAndTeam();
    const one = "Email\nsame@x.io\n";
    await importLeadList(one, { teamId: team.id, name: "a" });
    const b = await importLeadList(one, { teamId: team.id, name: "b" });
    expect(b).toMatchObject({ rowCount: 1, duplicateCount: 0 });
    const { db } = getHandle();
    const rows = await db
      .select()
      .from(leads)
      .where(and(eq(leads.teamId, team.id)));
    expect(rows).toHaveLength(2);
  });
});
