import "./cli-env";

import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { setDbForTests } from "@/db/client";
import type { DbHandle } from "@/db/client";
import { getIcp } from "@/db/queries/icps";
import { compileIcp, normalizeLead, scoreLead } from "@/lib/scoring";
import { scoreSqlParamsOf } from "@/lib/scoring-sql";

import { benchCsv } from "./bench/csv";
import { floorImportAndScore, floorRescore } from "./bench/floor";
import {
  patchIcp,
  scoreViaApi,
  sessionCookie,
  startScoring,
  timePage,
  uploadCsv,
  waitForJob,
} from "./bench/http";
import type { BenchTeam } from "./bench/setup";
import { writeLeadsCsv } from "./bench/leads-file";
import { fromExternal, markdownTable } from "./bench/report";
import type { Row } from "./bench/report";
import { benchScoring, syntheticLeads } from "./bench/scoring";
import { ensureBuild, sampleMemory, startServer } from "./bench/server";
import type { Server } from "./bench/server";
import {
  benchDbUrl,
  createBenchTeam,
  freshPglite,
  freshPostgres,
  RESCORE_EDIT,
} from "./bench/setup";

const DB_NAME = "icp_bench";
const PG_PORT = 3291;
const PGLITE_PORT = 3292;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;
const count = (n: number) =>
  n >= 1_000_000 && n % 1_000_000 === 0
    ? `${n / 1_000_000}M`
    : n >= 1000 && n % 1000 === 0
      ? `${n / 1000}k`
      : String(n);

function leadsArg(): number {
  // The one knob: BENCH_LEADS scales the big run down on small machines.
  const raw = process.env.BENCH_LEADS ?? "1000000";
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1000) {
    throw new Error(`BENCH_LEADS must be a whole number >= 1000, not ${raw}`);
  }
  return n;
}

/**
 * Uploads a CSV, then follows the scoring run the import started against
 * the team's default ICP until every lead is scored.
 */
async function importAndScore(
  server: Server,
  team: BenchTeam,
  file: string,
  name: string,
): Promise<{ seconds: number; listId: string }> {
  const started = performance.now();
  const list = await uploadCsv({
    baseUrl: server.url,
    apiKey: team.apiKey,
    file,
    name,
  });
  const jobId =
    list.jobId ??
    (await startScoring({
      baseUrl: server.url,
      apiKey: team.apiKey,
      listId: list.id,
    }));
  await waitForJob({ baseUrl: server.url, apiKey: team.apiKey, jobId });
  return { seconds: seconds(started), listId: list.id };
}

function inProcessRate(leads: Record<string, unknown>[], icp: object) {
  const compiled = compileIcp(icp as Parameters<typeof compileIcp>[0]);
  let scored = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const lead of leads) scoreLead(compiled, normalizeLead(lead));
    scored += leads.length;
  }
  return scored / seconds(started);
}

async function machine(handle: DbHandle, pglite: string) {
  const result = await handle.db.execute(sql`SHOW server_version`);
  const [pg] = (result as unknown as { rows: { server_version: string }[] })
    .rows;
  return [
    `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()})`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `Node ${process.version}`,
    `PostgreSQL ${pg?.server_version.split(" ")[0]}`,
    `PGlite ${pglite}`,
  ].join(", ");
}

function pgliteVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8"),
  ) as { version: string };
  return pkg.version;
}

async function main() {
  const started = performance.now();
  const big = leadsArg();
  const small = Math.min(100_000, big);
  const tiny = Math.min(10_000, small);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "icp-bench-"));
  const secret = crypto.randomBytes(32).toString("base64url");
  const rows: Row[] = [];
  let pgServer: Server | undefined;
  let pgliteServer: Server | undefined;

  try {
    const buildSeconds = ensureBuild(log);
    if (buildSeconds) log(`built in ${buildSeconds.toFixed(0)} s`);

    log(`writing CSV files of ${count(big)}, ${count(small)}, ${count(tiny)}`);
    const files = {
      big: path.join(tmp, "big.csv"),
      small: path.join(tmp, "small.csv"),
      tiny: path.join(tmp, "tiny.csv"),
    };
    await writeLeadsCsv(files.big, big);
    await writeLeadsCsv(files.small, small);
    await writeLeadsCsv(files.tiny, tiny);

    log(`creating database ${DB_NAME}`);
    const pg = await freshPostgres(DB_NAME);
    const mid = await createBenchTeam("mid", 1);
    const large = await createBenchTeam("large", 50);
    const little = await createBenchTeam("little", 50);
    const machineLine = await machine(pg, pgliteVersion());

    const serverEnv = {
      AUTH_SECRET: secret,
      DATA_DIR: path.join(tmp, "data"),
      IMPORT_MAX_BYTES: String(4 * 2 ** 30),
      RATE_LIMIT_PER_KEY_PER_MIN: "1000000",
      RATE_LIMIT_PER_TEAM_PER_MIN: "1000000",
    };
    pgServer = await startServer({
      port: PG_PORT,
      env: { ...serverEnv, DATABASE_URL: benchDbUrl(DB_NAME) },
    });

    log(`PostgreSQL: ${count(small)} leads through the API`);
    const pgSmall = await importAndScore(pgServer, mid, files.small, "mid");

    log(`PostgreSQL: ${count(big)} leads through the API`);
    const memory = sampleMemory(pgServer.pid);
    const pgBig = await importAndScore(pgServer, large, files.big, "large");
    const rss = memory.stop();

    log(`PostgreSQL floor: \\copy + one INSERT … SELECT of ${count(big)}`);
    const icp = (await getIcp({ teamId: large.teamId, id: large.icpIds[0]! }))!;
    const floor = await floorImportAndScore({
      handle: pg,
      url: benchDbUrl(DB_NAME),
      file: files.big,
      params: scoreSqlParamsOf(icp),
    });

    log(`re-scoring ${count(big)} after an ICP edit`);
    await patchIcp({
      baseUrl: pgServer.url,
      apiKey: large.apiKey,
      icpId: icp.id,
      fields: RESCORE_EDIT,
    });
    const edited = (await getIcp({ teamId: large.teamId, id: icp.id }))!;
    const rescoreStart = performance.now();
    const rescoreJob = await startScoring({
      baseUrl: pgServer.url,
      apiKey: large.apiKey,
      listId: pgBig.listId,
      icpId: icp.id,
    });
    await waitForJob({
      baseUrl: pgServer.url,
      apiKey: large.apiKey,
      jobId: rescoreJob,
    });
    const rescore = seconds(rescoreStart);
    const rescoreFloor = await floorRescore({
      handle: pg,
      params: scoreSqlParamsOf(edited),
    });

    log("ICP dashboard render times");
    await importAndScore(pgServer, little, files.tiny, "little");
    const page = `${pgServer.url}/icps`;
    const dashSmall = await timePage({
      url: page,
      cookie: await sessionCookie({ secret, ...ids(little) }),
      runs: 7,
    });
    const dashBig = await timePage({
      url: page,
      cookie: await sessionCookie({ secret, ...ids(large) }),
      runs: 7,
    });

    log("POST /api/v1/score with 1,000 leads");
    const leads = syntheticLeads(1000, 3) as Record<string, unknown>[];
    const apiTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const ms = await scoreViaApi({
        baseUrl: pgServer.url,
        apiKey: mid.apiKey,
        leads,
      });
      if (i > 0) apiTimes.push(ms);
    }
    apiTimes.sort((a, b) => a - b);
    const apiRate = 1000 / (apiTimes[Math.floor(apiTimes.length / 2)]! / 1000);
    const defaultIcp = (await getIcp({
      teamId: mid.teamId,
      id: mid.icpIds[0]!,
    }))!;
    const localRate = inProcessRate(leads, defaultIcp);

    await pgServer.stop();
    pgServer = undefined;
    await pg.close();
    setDbForTests(undefined);

    log(`PGlite: ${count(small)} leads through the API`);
    const pgliteDir = path.join(tmp, "pglite");
    const lite = await freshPglite(pgliteDir);
    const liteTeam = await createBenchTeam("lite", 1);
    await lite.close();
    setDbForTests(undefined);
    pgliteServer = await startServer({
      port: PGLITE_PORT,
      env: { ...serverEnv, DATABASE_URL: "", PGLITE_DIR: pgliteDir },
    });
    const liteSmall = await importAndScore(
      pgliteServer,
      liteTeam,
      files.small,
      "lite",
    );
    await pgliteServer.stop();
    pgliteServer = undefined;

    log("in-process scoring and CSV benches");
    const external = [...(await benchScoring()), ...(await benchCsv())];

    rows.push(
      {
        name: `${count(big)} CSV upload → scored, PostgreSQL, via the API`,
        value: pgBig.seconds,
        unit: "s",
        reference: { label: "\\copy + INSERT … SELECT", value: floor.total },
        goal: { on: "ratio", max: 2 },
      },
      {
        name: `${count(small)} CSV upload → scored, PostgreSQL, via the API`,
        value: pgSmall.seconds,
        unit: "s",
      },
      {
        name: `${count(small)} CSV upload → scored, PGlite, via the API`,
        value: liteSmall.seconds,
        unit: "s",
        reference: { label: "PostgreSQL", value: pgSmall.seconds },
        goal: { on: "ratio", max: 3 },
      },
      {
        name: `Re-score ${count(big)} after an ICP edit, via the API`,
        value: rescore,
        unit: "s",
        reference: { label: "INSERT … ON CONFLICT", value: rescoreFloor },
        goal: { on: "ratio", max: 1.5 },
      },
      {
        name: `Server peak RSS during the ${count(big)} import (VmHWM)`,
        value: rss.peakMb,
        unit: "MB",
        goal: { on: "value", max: 512 },
      },
      {
        name: `ICP dashboard, 50 ICPs, ${count(big)} scores: server render`,
        value: dashBig,
        unit: "ms",
        reference: { label: `${count(tiny)} scores`, value: dashSmall },
        goal: { on: "ratio", max: 1.5 },
      },
      {
        name: "POST /api/v1/score, 1,000 leads per request",
        value: apiRate,
        unit: "leads/s",
        reference: { label: "in-process", value: localRate },
      },
      ...external.map(fromExternal),
    );

    const table = markdownTable(rows);
    const floorLine =
      `Floor parts: \\copy ${floor.copy.toFixed(1)} s, ` +
      `INSERT … SELECT ${floor.score.toFixed(1)} s. Peak RSS of the ` +
      `server's whole process tree: ${rss.peakTreeMb.toFixed(0)} MB.`;
    process.stdout.write(`\n${machineLine}\n\n${table}\n\n${floorLine}\n`);
    writeDoc({ machine: machineLine, table, floorLine, big, small, tiny });
    log(
      `done in ${seconds(started).toFixed(0)} s; wrote docs/bench.md and ` +
        "README.md",
    );
  } finally {
    await pgServer?.stop().catch(() => {});
    await pgliteServer?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function ids(team: BenchTeam) {
  return { userId: team.userId, teamId: team.teamId };
}

function writeDoc(input: {
  machine: string;
  table: string;
  floorLine: string;
  big: number;
  small: number;
  tiny: number;
}) {
  const text = `## Performance

\`npm run bench\` measures the app end to end on this machine and prints
the table below. It builds the app for production if the build is older than
the sources, creates its own PostgreSQL database (\`${DB_NAME}\` on
127.0.0.1:5432, user \`postgres\`, dropped and recreated) and a temporary
PGlite directory, generates its CSV files, and runs the production server as
a child process. \`BENCH_LEADS=100000 npm run bench\` scales the big run down.

- **CSV upload → scored**: \`POST /api/v1/lead-lists?name=\` with the file as
  \`text/csv\`, then the scoring run the import starts against the team's
  default ICP, followed through \`GET /api/v1/jobs/{id}\` until it succeeds.
  The floor is what PostgreSQL alone needs for the same file: psql's
  \`\\copy\` into a table shaped like \`leads\`, then one INSERT … SELECT of
  the same scoring expression into a table shaped like \`lead_scores\`.
- **Re-score**: after an edit of the ICP's criteria through the API, a new
  run over the ${count(input.big)} leads, against one INSERT … ON CONFLICT DO
  UPDATE of the same leads.
- **Peak RSS**: the server process's VmHWM from /proc, sampled through the
  import and its scoring run.
- **ICP dashboard**: median server time of \`/icps\` for a team with 50 ICPs
  whose default ICP has scored ${count(input.big)} leads, beside a team with
  ${count(input.tiny)}: the cards read maintained counts, so the two match.
- **POST /api/v1/score**: 1,000 leads per request through HTTP, beside the
  same leads normalised and scored in one process.
- The last rows come from the scoring and CSV micro-benchmarks
  (\`scripts/bench/scoring.ts\`, \`scripts/bench/csv.ts\`).

Machine: ${input.machine}.

${input.table}

${input.floorLine}
`;
  fs.mkdirSync("docs", { recursive: true });
  fs.writeFileSync("docs/bench.md", text);
  updateReadme(input);
}

const README_START = "<!-- bench:start -->";
const README_END = "<!-- bench:end -->";

/** Puts the latest table between the README's bench markers. */
function updateReadme(input: {
  machine: string;
  table: string;
  floorLine: string;
}) {
  const readme = fs.readFileSync("README.md", "utf8");
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) {
    log("README.md has no bench markers; left it as it was");
    return;
  }
  const date = new Date().toISOString().slice(0, 10);
  const section =
    `${README_START}\nLatest run (${date}) on ${input.machine}:\n\n` +
    `${input.table}\n\n${input.floorLine}\n`;
  fs.writeFileSync(
    "README.md",
    readme.slice(0, start) + section + readme.slice(end),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
