import fs from "node:fs";
import path from "node:path";

import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";

import { env, pgliteDir } from "@/lib/env";
import { logger } from "@/lib/logger";

import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = "postgres" | "pglite";

export type DbHandle =
  | { kind: "postgres"; db: Db; pool: Pool; close: () => Promise<void> }
  | { kind: "pglite"; db: Db; pglite: PGlite; close: () => Promise<void> };

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

type Holder = {
  __icpDb?: Promise<DbHandle>;
  __icpDbOverride?: DbHandle;
};
const holder = globalThis as unknown as Holder;

/**
 * The one database of this process. PostgreSQL when DATABASE_URL is set,
 * otherwise embedded PGlite in PGLITE_DIR. Migrations are applied (and, in
 * development, demo data seeded) before the first query runs.
 */
export function getDbHandle(): Promise<DbHandle> {
  if (holder.__icpDbOverride) return Promise.resolve(holder.__icpDbOverride);
  holder.__icpDb ??= openDefault().catch((e: unknown) => {
    holder.__icpDb = undefined;
    throw e;
  });
  return holder.__icpDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests point the app's data layer at a database of their own. */
export function setDbForTests(handle: DbHandle | undefined): void {
  holder.__icpDbOverride = handle;
}

async function openDefault(): Promise<DbHandle> {
  const e = env();
  const handle = e.DATABASE_URL
    ? await openPostgres(e.DATABASE_URL, { max: e.DATABASE_POOL_MAX })
    : await openPglite(pgliteDir());
  await migrate(handle);
  const devEmbedded = handle.kind === "pglite" && e.NODE_ENV === "development";
  if (devEmbedded || e.SEED_DEMO) {
    const { seedDemoIfEmpty } = await import("./seed");
    const seeded = await seedDemoIfEmpty(handle);
    // Scoring goes through getDb(), which resolves once this returns.
    if (seeded) setTimeout(() => void scoreSeededList(seeded), 0);
  }
  logger.info({ db: handle.kind }, "database ready");
  return handle;
}

async function scoreSeededList(input: { teamId: string; listId: string }) {
  try {
    const { scoreNewList } = await import("@/lib/leads/auto-score");
    await scoreNewList(input);
  } catch (err) {
    logger.error({ err }, "could not score the demo lead list");
  }
}

export async function openPostgres(
  url: string,
  opts: { max?: number } = {},
): Promise<DbHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on("error", (err) => logger.error({ err }, "idle pg client error"));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/**
 * Opens PGlite. `dir` undefined means in memory (tests). PGlite is one
 * process's database: a lock file refuses a second process at once, before
 * it can touch the files, instead of letting two WASM instances corrupt it.
 */
export async function openPglite(dir?: string): Promise<DbHandle> {
  const releaseLock = dir ? acquireDirLock(dir) : () => {};
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const pglite = dir ? new PGlite(path.resolve(dir)) : new PGlite();
    await pglite.waitReady;
    const db = drizzle(pglite, { schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      pglite,
      close: async () => {
        await pglite.close();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is in use by process ${pid}. ` +
        "PGlite allows one process at a time: stop that process first, " +
        "or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "DatabaseLockedError";
  }
}

function acquireDirLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(path.resolve(dir), "..", `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) {
            fs.unlinkSync(lockPath);
          }
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (pid === process.pid) return () => {};
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new DatabaseLockedError(dir, pid);
      }
      // The process that held it is gone: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function migrate(handle: DbHandle): Promise<void> {
  const cfg = { migrationsFolder: MIGRATIONS_DIR };
  if (handle.kind === "postgres") {
    const { migrate: run } = await import("drizzle-orm/node-postgres/migrator");
    // Several instances may start at once: one migrates, the others wait.
    const client = await handle.pool.connect();
    try {
      await client.query("select pg_advisory_lock(727272)");
      await run(handle.db as never, cfg);
    } finally {
      await client.query("select pg_advisory_unlock(727272)").catch(() => {});
      client.release();
    }
  } else {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    await run(handle.db as never, cfg);
  }
}
