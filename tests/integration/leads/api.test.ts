import { eq } from "drizzle-orm";
import { expect, it } from "vitest";

import {
  GET as listRoute,
  POST as importRoute,
} from "@/app/api/v1/lead-lists/route";
import { GET as exportRoute } from "@/app/api/v1/lead-lists/[id]/export/route";
import { GET as leadsRoute } from "@/app/api/v1/lead-lists/[id]/leads/route";
import { createApiKey } from "@/db/queries/api-keys";
import { leadLists } from "@/db/schema";
import { previewCsv } from "@/lib/csv";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const BASE = "http://api.test/api/v1/lead-lists";

const SAMPLE =
  "First Name,Last Name,Email,Title,Company,Country\n" +
  "Ann,Lee,ann@acme.com,VP Sales,Acme,USA\n" +
  ",,,,Nobody Inc,\n" +
  "Bob,Ray,bob@globex.com,CFO,Globex,Germany\n" +
  "Cy,Ng,cy@initech.com,CTO,Initech,France\n";

async function keysFor(label: string) {
  const { team } = await makeUserAndTeam(label);
  const write = await createApiKey({
    teamId: team.id,
    name: "w",
    scope: "write",
  });
  const read = await createApiKey({
    teamId: team.id,
    name: "r",
    scope: "read",
  });
  return { team, write: write.key, read: read.key };
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 16) {
        controller.enqueue(bytes.slice(i, i + 16));
      }
      controller.close();
    },
  });
}

function upload(key: string, name: string, body: string) {
  return importRoute(
    new Request(`${BASE}?name=${encodeURIComponent(name)}`, {
      method: "POST",
      body: streamOf(body),
      headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" },
      duplex: "half",
    } as RequestInit),
    { params: Promise.resolve({}) },
  );
}

function get(route: typeof leadsRoute, key: string, path: string, id: string) {
  return route(
    new Request(`${BASE}/${id}${path}`, {
      headers: { authorization: `Bearer ${key}` },
    }),
    { params: Promise.resolve({ id }) },
  );
}

describeEachDb("lead list API", (getHandle) => {
  it("imports a streamed CSV body and answers 201 with the rejected rows", async () => {
    const { write, read } = await keysFor("api-import");
    const res = await upload(write, "From the API", SAMPLE);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      name: "From the API",
      status: "ready",
      rowCount: 3,
      rejectedCount: 1,
      rejected: [{ row: 3, reason: expect.stringMatching(/no name/) }],
    });

    const listed = await listRoute(
      new Request(BASE, { headers: { authorization: `Bearer ${read}` } }),
      { params: Promise.resolve({}) },
    );
    expect(listed.status).toBe(200);
    const { data } = await listed.json();
    expect(data).toEqual([
      expect.objectContaining({
        id: body.id,
        name: "From the API",
        rowCount: 3,
        rejectedCount: 1,
        status: "ready",
        createdAt: expect.any(String),
      }),
    ]);
  });

  it("answers a malformed CSV with 400 and its CsvError code, storing nothing", async () => {
    const { team, write } = await keysFor("api-bad");
    const res = await upload(write, "bad", 'Email,Name\n"a@b.co,Ann\n');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("unterminated_quote");
    expect(body.error.message).toMatch(/never closed/);
    const empty = await upload(write, "empty", "");
    expect((await empty.json()).error.code).toBe("empty_file");
    const { db } = getHandle();
    const lists = await db
      .select()
      .from(leadLists)
      .where(eq(leadLists.teamId, team.id));
    expect(lists).toEqual([]);
  });

  it("needs a write key to import", async () => {
    const { read } = await keysFor("api-read");
    const res = await upload(read, "nope", SAMPLE);
    expect(res.status).toBe(403);
  });

  it("pages leads with a cursor and keeps other teams out", async () => {
    const { write, read } = await keysFor("api-page");
    const { id } = await (await upload(write, "paged", SAMPLE)).json();

    const first = await get(leadsRoute, read, "/leads?limit=2", id);
    expect(first.status).toBe(200);
    const page1 = await first.json();
    expect(page1.data).toHaveLength(2);
    expect(page1.data[0]).toMatchObject({
      firstName: "Ann",
      country: "US",
      score: null,
      fit: null,
    });
    const second = await get(
      leadsRoute,
      read,
      `/leads?limit=2&cursor=${page1.nextCursor}`,
      id,
    );
    const page2 = await second.json();
    expect(page2.data.map((l: { firstName: string }) => l.firstName)).toEqual([
      "Cy",
    ]);
    expect(page2.nextCursor).toBeNull();

    const bad = await get(leadsRoute, read, "/leads?cursor=nonsense", id);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_cursor");

    const stranger = await keysFor("api-stranger");
    const hidden = await get(leadsRoute, stranger.read, "/leads", id);
    expect(hidden.status).toBe(404);
    const noExport = await get(exportRoute, stranger.read, "/export", id);
    expect(noExport.status).toBe(404);
  });

  it("exports CSV with the chosen CRM's header names", async () => {
    const { write, read } = await keysFor("api-export");
    const { id } = await (await upload(write, "export me", SAMPLE)).json();
    const res = await get(exportRoute, read, "/export?style=salesforce", id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="export-me\.csv"/,
    );
    const csv = previewCsv(await res.text(), { complete: true });
    expect(csv.headers.slice(0, 5)).toEqual([
      "FirstName",
      "LastName",
      "Email",
      "Title",
      "Company",
    ]);
    expect(csv.records.map((r) => r.cells[0])).toEqual(["Ann", "Bob", "Cy"]);
  });
});
