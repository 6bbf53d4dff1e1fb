import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  createApiKey,
  getApiKeyForAuth,
  revokeApiKey,
} from "@/db/queries/api-keys";
import { authenticate, bearerToken } from "@/lib/api/auth";
import {
  generateApiKey,
  hashSecret,
  KEY_PREFIX,
  parseApiKey,
  secretMatches,
} from "@/lib/api/keys";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

const bearer = (key: string) => new Headers({ authorization: `Bearer ${key}` });

describe("parseApiKey", () => {
  it("reads back the id and secret of a generated key", () => {
    for (let i = 0; i < 50; i++) {
      const { key, id, hash } = generateApiKey();
      const parsed = parseApiKey(key);
      expect(parsed?.id).toBe(id);
      expect(hashSecret(parsed!.secret)).toBe(hash);
    }
  });

  it("refuses keys with the wrong prefix, shape or characters", () => {
    const { key } = generateApiKey();
    const secret = key.slice(key.lastIndexOf("_") + 1);
    const bad = [
      "",
      "icp_live_",
      key.replace(KEY_PREFIX, "icp_test_"),
      key.toUpperCase(),
      `${KEY_PREFIX}_${secret}`,
      `${KEY_PREFIX}abc_${secret}`,
      `${KEY_PREFIX}abcdefgh_short`,
      `${KEY_PREFIX}abcdefgh_${secret}!`,
      `${KEY_PREFIX}abc def_${secret}`,
      `${KEY_PREFIX}abcdefgh_${"a".repeat(129)}`,
    ];
    for (const k of bad) expect(parseApiKey(k), k).toBeNull();
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const parsed = parseApiKey(s);
        if (parsed)
          expect(s).toBe(`${KEY_PREFIX}${parsed.id}_${parsed.secret}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("secretMatches", () => {
  it("accepts only the secret whose hash is stored", () => {
    const { key, hash } = generateApiKey();
    const { secret } = parseApiKey(key)!;
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}x`, hash)).toBe(false);
    expect(secretMatches(secret, hash.slice(2))).toBe(false);
    expect(secretMatches(secret, "")).toBe(false);
  });
});

describe("bearerToken", () => {
  it("reads the token of a Bearer header in any case", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer abc" }))).toBe(
      "abc",
    );
    expect(bearerToken(new Headers({ authorization: "bearer  abc " }))).toBe(
      "abc",
    );
  });

  it("tells a missing header from a malformed one", () => {
    expect(bearerToken(new Headers())).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Basic abc" }))).toBe("");
    expect(bearerToken(new Headers({ authorization: "Bearer a b" }))).toBe("");
  });
});

describeEachDb("authenticate", () => {
  it("resolves a write key to its team for read and write routes", async () => {
    const { team } = await makeUserAndTeam("auth");
    const { key, apiKey } = await createApiKey({
      teamId: team.id,
      name: "sync",
      scope: "write",
    });
    for (const scope of ["read", "write"] as const) {
      await expect(authenticate(bearer(key), scope)).resolves.toEqual({
        id: apiKey.id,
        name: "sync",
        scope: "write",
        teamId: team.id,
      });
    }
  });

  it("answers 403 for a read key on a write route", async () => {
    const { team } = await makeUserAndTeam("auth");
    const { key } = await createApiKey({
      teamId: team.id,
      name: "ro",
      scope: "read",
    });
    await expect(authenticate(bearer(key), "read")).resolves.toMatchObject({
      scope: "read",
    });
    await expect(authenticate(bearer(key), "write")).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
  });

  it("answers 401 for missing, malformed, unknown and wrong keys", async () => {
    const { team } = await makeUserAndTeam("auth");
    const { key } = await createApiKey({
      teamId: team.id,
      name: "k",
      scope: "write",
    });
    const wrongSecret = `${key.slice(0, -4)}AAAA`;
    const unknown = generateApiKey().key;
    const missing = authenticate(new Headers(), "read");
    await expect(missing).rejects.toMatchObject({
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="icp-studio"' },
    });
    for (const h of [
      bearer("nope"),
      bearer(wrongSecret),
      bearer(unknown),
      new Headers({ authorization: `Basic ${key}` }),
      new Headers({ cookie: "authjs.session-token=abc" }),
    ]) {
      await expect(authenticate(h, "read")).rejects.toMatchObject({
        code: "unauthorized",
        status: 401,
      });
    }
  });

  it("refuses a revoked key on the next request", async () => {
    const { team } = await makeUserAndTeam("auth");
    const { key, apiKey } = await createApiKey({
      teamId: team.id,
      name: "k",
      scope: "write",
    });
    await authenticate(bearer(key), "read");
    await revokeApiKey({ teamId: team.id, id: apiKey.id });
    await expect(authenticate(bearer(key), "read")).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/revoked/),
    });
  });

  it("records the last use at most once a minute", async () => {
    const { team } = await makeUserAndTeam("auth");
    const { key, apiKey } = await createApiKey({
      teamId: team.id,
      name: "k",
      scope: "read",
    });
    expect((await getApiKeyForAuth(apiKey.id))?.lastUsedAt).toBeNull();
    await authenticate(bearer(key), "read");
    const first = (await getApiKeyForAuth(apiKey.id))?.lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticate(bearer(key), "read");
    const second = (await getApiKeyForAuth(apiKey.id))?.lastUsedAt;
    expect(second?.getTime()).toBe(first?.getTime());
  });
});
