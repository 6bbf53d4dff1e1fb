import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The bench's own production build, apart from `.next` and e2e builds. */
export const DIST_DIR = ".next-e2e/bench";
const TSCONFIG = `${DIST_DIR}.tsconfig.json`;
const SOURCES = [
  "app",
  "components",
  "db",
  "lib",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/**
 * Builds the app for production unless the bench's build is newer than
 * every source file. Returns the seconds spent building (0 when reused).
 */
export function ensureBuild(log: (line: string) => void): number {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = Math.max(...SOURCES.map(newestMtime));
  if (built > newest) return 0;

  // Next writes its dist folder into the tsconfig it builds with: it gets
  // a copy extending the project's own, which stays as written.
  fs.mkdirSync(path.dirname(TSCONFIG), { recursive: true });
  fs.writeFileSync(
    TSCONFIG,
    JSON.stringify({
      extends: "../tsconfig.json",
      include: ["../**/*.ts", "../**/*.tsx"],
      exclude: ["../node_modules", "../.data", "../.next-e2e"],
    }),
  );
  log("building the app for production (once per source change)...");
  const started = performance.now();
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: buildEnv(process.env),
  });
  return (performance.now() - started) / 1000;
}

/**
 * The arguments of `npm start` after its `node`: the bench serves the app
 * exactly as the start script does, memory flags included.
 */
function startArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
    scripts: { start: string };
  };
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  if (command !== "node") {
    throw new Error("The start script must begin with `node`");
  }
  return args;
}

function buildEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...base, NEXT_DIST_DIR: DIST_DIR, NEXT_TSCONFIG: TSCONFIG };
}

export type Server = {
  url: string;
  pid: number;
  stop: () => Promise<void>;
};

/** Starts `next start` as a child process and waits until it answers. */
export async function startServer(input: {
  port: number;
  env: Record<string, string>;
}): Promise<Server> {
  const url = `http://127.0.0.1:${input.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [...startArgs(), "-p", String(input.port), "-H", "127.0.0.1"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: buildEnv({
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        AUTH_URL: url,
        LOG_LEVEL: "warn",
        ...input.env,
      }),
    },
  );
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => resolve()),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the server did not answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // The name field may hold spaces; the ppid follows its ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

function statusKb(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the server's process tree: the peak resident set of any one of
 * its processes (the kernel's VmHWM) and of the tree's sum of VmRSS.
 */
export function sampleMemory(root: number, everyMs = 100) {
  let peakSum = 0;
  let peakOne = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) {
      sum += statusKb(pid, "VmRSS");
      peakOne = Math.max(peakOne, statusKb(pid, "VmHWM"));
    }
    peakSum = Math.max(peakSum, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): { peakMb: number; peakTreeMb: number } {
      clearInterval(timer);
      sample();
      return { peakMb: peakOne / 1024, peakTreeMb: peakSum / 1024 };
    },
  };
}
