import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import Papa from "papaparse";

import { parseCsvStream, toCsvRow, tokenizeCsv } from "@/lib/csv";

import { LEAD_CSV_HEADER } from "./leads-file";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, or null for a figure that is only for comparison. */
  goal: number | null;
}

const ROWS = 200_000;
const STREAM_ROWS = 1_000_000;
const CHUNK_BYTES = 64 * 1024;
const RUNS = 3;

const FIRST = ["Mia", "Lucas", "Ingrid", "Fatima", "José", "Chen", "Amara"];
const LAST = ["Tanaka", "Müller", "Nguyen", "Rossi", "O'Brien", "Okafor"];
const TITLES = ["VP of Sales", "CFO", "Head of Finance", "Marketing Manager"];
const COMPANIES = ["Pied Piper GmbH", "Cyberdyne Ltd", "Initech AG", "Acme"];
const TECH = ["HubSpot", "Salesforce", "GCP", "Zendesk", "Marketo"];
const CITIES = ["Seattle", "Berlin", "Austin", "Toronto", "Sydney"];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

interface Shape {
  header: string[];
  row: (i: number) => string;
}

/** Five plain columns, no quotes: the "simple rows" of the goal. */
const SIMPLE: Shape = {
  header: ["First Name", "Last Name", "Email", "Company", "Title"],
  row: (i) =>
    toCsvRow([
      pick(FIRST, i),
      pick(LAST, i * 7),
      `lead.${i}@example.com`,
      pick(COMPANIES, i * 11),
      pick(TITLES, i * 3),
    ]),
};

/** An Apollo-like export: 14 columns, every fifth row with a quoted cell. */
const APOLLO: Shape = {
  header: [...LEAD_CSV_HEADER],
  row: (i) =>
    toCsvRow([
      pick(FIRST, i),
      pick(LAST, i * 7),
      pick(TITLES, i * 3),
      pick(COMPANIES, i * 11),
      `lead.${i}@example.com`,
      i % 3 === 0 ? "Vice President" : "",
      "Sales",
      String(10 + (i % 5000)),
      "SaaS",
      i % 5 === 0
        ? `${pick(TECH, i)}, ${pick(TECH, i + 1)}`
        : pick(TECH, i + 2),
      pick(CITIES, i * 13),
      "",
      "United States",
      `L${i}`,
    ]),
};

function makeCsv(shape: Shape, rows: number): string {
  const lines = [toCsvRow(shape.header)];
  for (let i = 0; i < rows; i++) lines.push(shape.row(i));
  return `${lines.join("\r\n")}\r\n`;
}

function* chunksOf(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    yield bytes.subarray(at, at + CHUNK_BYTES);
  }
}

/** The file generated as it is read, so it is never whole in memory. */
async function* lazyFile(
  shape: Shape,
  rows: number,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = `${toCsvRow(shape.header)}\r\n`;
  for (let i = 0; i < rows; i++) {
    text += `${shape.row(i)}\r\n`;
    if (text.length >= CHUNK_BYTES) {
      yield encoder.encode(text);
      text = "";
    }
  }
  if (text.length > 0) yield encoder.encode(text);
}

/**
 * Best of a few runs after a warm-up run, in milliseconds of wall time and
 * of CPU time. CPU time (GC helper threads included) holds steady on a
 * busy machine, where wall time does not.
 */
async function fastest(
  fn: () => unknown,
): Promise<{ wallMs: number; cpuMs: number }> {
  await fn();
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    wallMs = Math.min(wallMs, performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs };
}

async function streamAll(bytes: Uint8Array): Promise<void> {
  let rows = 0;
  for await (const batch of parseCsvStream(chunksOf(bytes))) {
    rows += batch.rows.length;
  }
  if (rows !== ROWS) throw new Error(`Parsed ${rows} rows, not ${ROWS}`);
}

const perSecond = (ms: number) => Math.round((ROWS / ms) * 1000);

export async function benchCsv(): Promise<BenchResult[]> {
  const simple = new TextEncoder().encode(makeCsv(SIMPLE, ROWS));
  const apolloText = makeCsv(APOLLO, ROWS);
  const apollo = new TextEncoder().encode(apolloText);

  const simpleTime = await fastest(() => streamAll(simple));
  const apolloTime = await fastest(() => streamAll(apollo));
  const apolloMs = apolloTime.wallMs;
  const { wallMs: tokenizerMs } = await fastest(() => {
    const records = tokenizeCsv(apolloText, { delimiter: "," });
    if (records.length !== ROWS + 1) throw new Error("Tokenizer row count");
  });
  const { wallMs: papaMs } = await fastest(() => {
    const result = Papa.parse<string[]>(apolloText, { skipEmptyLines: true });
    if (result.data.length !== ROWS + 1) throw new Error("Papa row count");
  });

  // Live memory needs a full collection before each reading; heapUsed
  // alone also counts garbage not collected yet.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  let streamed = 0;
  let batches = 0;
  const bigStart = performance.now();
  const big = lazyFile(APOLLO, STREAM_ROWS);
  for await (const batch of parseCsvStream(big, { maxBytes: Infinity })) {
    streamed += batch.rows.length;
    if (++batches % 25 === 0) {
      gc();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  }
  const bigMs = performance.now() - bigStart;
  if (streamed !== STREAM_ROWS) throw new Error("1M stream row count");

  return [
    {
      name: "csv.stream.simpleRowsPerSecond",
      value: perSecond(simpleTime.wallMs),
      unit: "rows/s",
      goal: 300_000,
    },
    {
      name: "csv.stream.simpleRowsPerCpuSecond",
      value: perSecond(simpleTime.cpuMs),
      unit: "rows/s",
      goal: null,
    },
    {
      name: "csv.stream.apolloRowsPerSecond",
      value: perSecond(apolloMs),
      unit: "rows/s",
      goal: null,
    },
    {
      name: "csv.stream.apolloRowsPerCpuSecond",
      value: perSecond(apolloTime.cpuMs),
      unit: "rows/s",
      goal: null,
    },
    {
      name: "csv.stream.apolloMegabytesPerSecond",
      value: Math.round((apollo.length / 1e3 / apolloMs) * 10) / 10,
      unit: "MB/s",
      goal: null,
    },
    {
      name: "csv.tokenizer.apolloRowsPerSecond",
      value: perSecond(tokenizerMs),
      unit: "rows/s",
      goal: null,
    },
    {
      name: "csv.papaparse.apolloRowsPerSecond",
      value: perSecond(papaMs),
      unit: "rows/s",
      goal: null,
    },
    {
      name: "csv.stream1M.seconds",
      value: Math.round(bigMs / 100) / 10,
      unit: "s",
      goal: null,
    },
    {
      name: "csv.stream1M.liveHeapGrowthMegabytes",
      value: Math.round((peakHeap - heapBefore) / 1e5) / 10,
      unit: "MB",
      goal: 64,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of await benchCsv()) {
    const goal = r.goal === null ? "" : ` (goal ${r.goal})`;
    const value = r.value.toLocaleString("en-US");
    console.log(`${r.name}: ${value} ${r.unit}${goal}`);
  }
}
