import fs from "node:fs";
import http from "node:http";

import { encode } from "next-auth/jwt";

type Json = Record<string, unknown>;

async function json(res: Response, what: string): Promise<Json> {
  const body = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) {
    throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(body)}`);
  }
  return body;
}

/** Streams a CSV file to the import endpoint; resolves with the list. */
export function uploadCsv(input: {
  baseUrl: string;
  apiKey: string;
  file: string;
  name: string;
}): Promise<{ id: string; rowCount: number; jobId: string | null }> {
  const url = new URL(
    `/api/v1/lead-lists?name=${encodeURIComponent(input.name)}`,
    input.baseUrl,
  );
  const size = fs.statSync(input.file).size;
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${input.apiKey}`,
          "content-type": "text/csv",
          "content-length": String(size),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          if (res.statusCode !== 201) {
            reject(new Error(`import: HTTP ${res.statusCode} ${text}`));
            return;
          }
          const body = JSON.parse(text) as {
            id: string;
            rowCount: number;
            scoring: { jobId: string } | null;
          };
          resolve({
            id: body.id,
            rowCount: body.rowCount,
            jobId: body.scoring?.jobId ?? null,
          });
        });
      },
    );
    req.on("error", reject);
    fs.createReadStream(input.file).pipe(req);
  });
}

function bearer(apiKey: string, extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${apiKey}`, ...extra };
}

/** Asks for a scoring run of the list. */
export async function startScoring(input: {
  baseUrl: string;
  apiKey: string;
  listId: string;
  icpId?: string;
}): Promise<string> {
  const res = await fetch(
    `${input.baseUrl}/api/v1/lead-lists/${input.listId}/score`,
    {
      method: "POST",
      headers: bearer(input.apiKey, { "content-type": "application/json" }),
      body: JSON.stringify(input.icpId ? { icpId: input.icpId } : {}),
    },
  );
  const body = await json(res, "score");
  return String(body.jobId);
}

/** Polls the job through the API until it ends. */
export async function waitForJob(input: {
  baseUrl: string;
  apiKey: string;
  jobId: string;
  timeoutMs?: number;
}): Promise<void> {
  const deadline = Date.now() + (input.timeoutMs ?? 15 * 60_000);
  for (;;) {
    const res = await fetch(`${input.baseUrl}/api/v1/jobs/${input.jobId}`, {
      headers: bearer(input.apiKey),
    });
    const job = await json(res, "job");
    if (job.status === "succeeded") return;
    if (job.status === "failed") {
      throw new Error(`scoring run failed: ${String(job.error)}`);
    }
    if (Date.now() > deadline) throw new Error("scoring run timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function patchIcp(input: {
  baseUrl: string;
  apiKey: string;
  icpId: string;
  fields: Json;
}): Promise<void> {
  const res = await fetch(`${input.baseUrl}/api/v1/icps/${input.icpId}`, {
    method: "PATCH",
    headers: bearer(input.apiKey, { "content-type": "application/json" }),
    body: JSON.stringify(input.fields),
  });
  await json(res, "edit ICP");
}

/** A session cookie for a user, as the sign-in flow would set it. */
export async function sessionCookie(input: {
  secret: string;
  userId: string;
  teamId: string;
}): Promise<string> {
  const name = "authjs.session-token";
  const token = await encode({
    salt: name,
    secret: input.secret,
    token: { uid: input.userId, sub: input.userId },
  });
  return `${name}=${token}; icp_team=${input.teamId}`;
}

/** Median server time of a page, measured to its last byte. */
export async function timePage(input: {
  url: string;
  cookie: string;
  runs: number;
}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= input.runs; i++) {
    const started = performance.now();
    const res = await fetch(input.url, {
      headers: { cookie: input.cookie },
      redirect: "manual",
    });
    const text = await res.text();
    if (res.status !== 200) {
      throw new Error(`${input.url}: HTTP ${res.status} ${text.slice(0, 200)}`);
    }
    // The first request warms caches and is not counted.
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function scoreViaApi(input: {
  baseUrl: string;
  apiKey: string;
  leads: Json[];
}): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${input.baseUrl}/api/v1/score`, {
    method: "POST",
    headers: bearer(input.apiKey, { "content-type": "application/json" }),
    body: JSON.stringify({ leads: input.leads }),
  });
  const body = await json(res, "score leads");
  const results = body.results as unknown[];
  if (results.length !== input.leads.length) {
    throw new Error("score leads: wrong number of results");
  }
  return performance.now() - started;
}
