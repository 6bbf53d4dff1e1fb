import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";

import { openPglite } from "@/db/client";
import type { DbHandle } from "@/db/client";

const run = promisify(execFile);

describe("embedded database lock", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "icp-lock-"));
  const dbDir = path.join(dir, "pglite");
  let handle: DbHandle | undefined;

  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second process at once with a clear message", async () => {
    handle = await openPglite(dbDir);
    const started = Date.now();
    const result = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/migrate.ts"],
      { env: { ...process.env, PGLITE_DIR: dbDir, DATABASE_URL: "" } },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (err: { code: number; stderr: string }) => err,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/in use by process \d+/);
    expect(result.stderr).toMatch(/one process at a time/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("keeps the data readable by its owner after the refusal", async () => {
    if (handle?.kind !== "pglite") throw new Error("expected pglite");
    const res = await handle.pglite.query<{ n: number }>("select 1 as n");
    expect(res.rows[0]?.n).toBe(1);
  });

  it("records the owning process in the lock file", () => {
    const pid = fs.readFileSync(path.join(dir, "pglite.lock"), "utf8");
    expect(Number(pid)).toBe(process.pid);
  });

  it("takes over a stale lock left by a dead process", async () => {
    const other = path.join(dir, "stale");
    fs.writeFileSync(path.join(dir, "stale.lock"), "999999");
    const h = await openPglite(other);
    await h.close();
    expect(fs.existsSync(path.join(dir, "stale.lock"))).toBe(false);
  });
});
