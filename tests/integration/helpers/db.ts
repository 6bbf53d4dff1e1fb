import crypto from "node:crypto";

import { afterAll, beforeAll, describe } from "vitest";

import { migrate, openPglite, openPostgres, setDbForTests } from "@/db/client";
import type { DbHandle, DbKind } from "@/db/client";
import { createUserWithTeam } from "@/db/queries/users";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Refuses to run destructive tests against anything but a local server. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `TEST_DATABASE_URL points at ${host}; tests only run on a local database`,
    );
  }
}

export function databaseKinds(): DbKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export async function openTestDb(kind: DbKind): Promise<DbHandle> {
  let handle: DbHandle;
  if (kind === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    assertLocalDatabase(url);
    handle = await openPostgres(url, { max: 8 });
  } else {
    handle = await openPglite();
  }
  await migrate(handle);
  return handle;
}

/**
 * Runs a suite once per available database (embedded PGlite always,
 * PostgreSQL when TEST_DATABASE_URL is set), with the app's data layer
 * pointed at it.
 */
export function describeEachDb(
  name: string,
  body: (getHandle: () => DbHandle, kind: DbKind) => void,
): void {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let handle: DbHandle | undefined;
      beforeAll(async () => {
        handle = await openTestDb(kind);
        setDbForTests(handle);
      });
      afterAll(async () => {
        setDbForTests(undefined);
        await handle?.close();
      });
      body(() => handle!, kind);
    });
  }
}

export async function makeUserAndTeam(label = "user") {
  const suffix = crypto.randomBytes(5).toString("hex");
  return createUserWithTeam({
    email: `${label}-${suffix}@example.test`,
    name: `${label} ${suffix}`,
    passwordHash: null,
  });
}
