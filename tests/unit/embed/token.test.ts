import crypto from "node:crypto";

import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";

import {
  deriveEmbedKeys,
  EMBED_ISSUER,
  MAX_LAUNCH_TTL_SECONDS,
  signEmbedToken,
  verifyEmbedToken,
} from "@/lib/embed/token";
import type { EmbedGrant } from "@/lib/embed/token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const keys = deriveEmbedKeys(SECRET);
const TEAM = "6f1c2b7e-8a51-4d1e-9f3a-0c2d4e6f8a10";
const ICP = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
const ORIGIN = "https://app.partner.example";
const NOW = new Date("2025-03-01T12:00:00Z");

const grant: EmbedGrant = {
  teamId: TEAM,
  view: "icp",
  id: ICP,
  readOnly: true,
  origin: ORIGIN,
};

async function launchToken(over: Partial<EmbedGrant> = {}, ttl = 600) {
  return signEmbedToken("launch", { ...grant, ...over }, keys.launch, {
    ttlSeconds: ttl,
    now: NOW,
  });
}

const after = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function parts(token: string): [string, string, string] {
  return token.split(".") as [string, string, string];
}

describe("deriveEmbedKeys", () => {
  it("derives distinct 256-bit keys that are not the secret", () => {
    expect(keys.launch).toHaveLength(32);
    expect(keys.session).toHaveLength(32);
    expect(Buffer.from(keys.launch).equals(Buffer.from(keys.session))).toBe(
      false,
    );
    expect(Buffer.from(keys.launch).toString()).not.toContain(SECRET);
    expect(deriveEmbedKeys(SECRET).launch).toEqual(keys.launch);
    expect(deriveEmbedKeys(`${SECRET}x`).launch).not.toEqual(keys.launch);
  });
});

describe("signEmbedToken and verifyEmbedToken", () => {
  it("round-trips the grant with a unique jti", async () => {
    const a = await launchToken();
    const b = await launchToken();
    expect(a.jti).not.toBe(b.jti);
    expect(a.expiresAt).toEqual(after(600));

    const result = await verifyEmbedToken("launch", a.token, keys.launch, {
      audience: ORIGIN,
      now: after(1),
    });
    expect(result).toEqual({
      ok: true,
      claims: {
        ...grant,
        jti: a.jti,
        issuedAt: NOW,
        expiresAt: after(600),
      },
    });
  });

  it("signs HS256 with our issuer, the origin as audience", async () => {
    const { token } = await launchToken();
    const [header, payload] = parts(token);
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toEqual({
      alg: "HS256",
      typ: "embed-launch+jwt",
    });
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toEqual(
      expect.objectContaining({
        iss: EMBED_ISSUER,
        aud: ORIGIN,
        team: TEAM,
        view: "icp",
        id: ICP,
        readOnly: true,
      }),
    );
  });

  it("refuses to sign a launch token for over 10 min", async () => {
    await expect(launchToken({}, MAX_LAUNCH_TTL_SECONDS + 1)).rejects.toThrow(
      /at most/,
    );
  });

  it("refuses to sign for an origin that is not normalised", async () => {
    await expect(
      launchToken({ origin: "https://app.partner.example/" }),
    ).rejects.toThrow(/origin/);
  });

  it("refuses to sign a view without the id it needs", async () => {
    await expect(launchToken({ view: "icp", id: null })).rejects.toThrow();
    await expect(launchToken({ view: "icps", id: ICP })).rejects.toThrow();
  });

  it("refuses a missing token", async () => {
    for (const token of [undefined, null, ""]) {
      expect(await verifyEmbedToken("launch", token, keys.launch)).toEqual({
        ok: false,
        reason: "missing",
      });
    }
  });

  it("refuses an expired token", async () => {
    const { token } = await launchToken({}, 60);
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(60 + 30),
    });
    expect(result).toEqual({ ok: false, reason: "expired" });
  });

  it("accepts a token just before it expires", async () => {
    const { token } = await launchToken({}, 60);
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(59),
    });
    expect(result.ok).toBe(true);
  });

  it("refuses a token for another audience", async () => {
    const { token } = await launchToken();
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      audience: "https://evil.example",
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "audience" });
  });

  it("refuses a token whose payload was altered", async () => {
    const { token } = await launchToken();
    const [header, payload, signature] = parts(token);
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const altered = b64({ ...claims, readOnly: false });
    const forged = `${header}.${altered}.${signature}`;
    const result = await verifyEmbedToken("launch", forged, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "signature" });
  });

  it("refuses a token whose signature was altered", async () => {
    const { token } = await launchToken();
    const [header, payload, signature] = parts(token);
    const tail = signature.endsWith("AA") ? "BB" : "AA";
    const flipped = `${signature.slice(0, -2)}${tail}`;
    const result = await verifyEmbedToken(
      "launch",
      `${header}.${payload}.${flipped}`,
      keys.launch,
      { now: after(1) },
    );
    expect(result).toEqual({ ok: false, reason: "signature" });
  });

  it("refuses an unsigned token (alg: none)", async () => {
    const unsecured = new UnsecuredJWT({
      team: TEAM,
      view: "icps",
      readOnly: false,
    })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(Math.floor(NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 60)
      .setJti("abcdefghijklmnopqrstuvwx")
      .encode();
    const result = await verifyEmbedToken("launch", unsecured, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "algorithm" });
  });

  it("refuses a genuine payload relabelled alg: none", async () => {
    const { token } = await launchToken();
    const [, payload] = parts(token);
    const none = `${b64({ alg: "none", typ: "embed-launch+jwt" })}.${payload}.`;
    const result = await verifyEmbedToken("launch", none, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "algorithm" });
  });

  it("refuses another HMAC algorithm, even with the right key", async () => {
    const token = await new SignJWT({
      team: TEAM,
      view: "icps",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS512", typ: "embed-launch+jwt" })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(60))
      .setJti("abcdefghijklmnopqrstuvwx")
      .sign(keys.launch);
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "algorithm" });
  });

  it("refuses a token signed with the raw app secret", async () => {
    const token = await new SignJWT({
      team: TEAM,
      view: "icps",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS256", typ: "embed-launch+jwt" })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(60))
      .setJti("abcdefghijklmnopqrstuvwx")
      .sign(new TextEncoder().encode(SECRET));
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "signature" });
  });

  it("keeps launch and session tokens apart", async () => {
    const { token: launch } = await launchToken();
    const session = await signEmbedToken("session", grant, keys.session, {
      ttlSeconds: 600,
      now: NOW,
    });
    const opts = { now: after(1) };
    expect(
      (await verifyEmbedToken("session", launch, keys.session, opts)).ok,
    ).toBe(false);
    expect(
      (await verifyEmbedToken("launch", session.token, keys.launch, opts)).ok,
    ).toBe(false);
    // Even signed with the right key, the typ tells them apart.
    const relabelled = await signEmbedToken("session", grant, keys.launch, {
      ttlSeconds: 600,
      now: NOW,
    });
    expect(
      await verifyEmbedToken("launch", relabelled.token, keys.launch, opts),
    ).toEqual({ ok: false, reason: "claims" });
  });

  it("refuses a genuine token living too long", async () => {
    const token = await new SignJWT({
      team: TEAM,
      view: "icps",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS256", typ: "embed-launch+jwt" })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(3600))
      .setJti("abcdefghijklmnopqrstuvwx")
      .sign(keys.launch);
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "claims" });
  });

  it("refuses a genuine token with missing or odd claims", async () => {
    const noJti = await new SignJWT({
      team: TEAM,
      view: "icps",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS256", typ: "embed-launch+jwt" })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(60))
      .sign(keys.launch);
    const badView = await new SignJWT({
      team: TEAM,
      view: "admin",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS256", typ: "embed-launch+jwt" })
      .setIssuer(EMBED_ISSUER)
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(60))
      .setJti("abcdefghijklmnopqrstuvwx")
      .sign(keys.launch);
    const opts = { now: after(1) };
    expect(await verifyEmbedToken("launch", noJti, keys.launch, opts)).toEqual({
      ok: false,
      reason: "claims",
    });
    expect(
      await verifyEmbedToken("launch", badView, keys.launch, opts),
    ).toEqual({ ok: false, reason: "claims" });
  });

  it("refuses a token from another issuer", async () => {
    const token = await new SignJWT({
      team: TEAM,
      view: "icps",
      readOnly: true,
    })
      .setProtectedHeader({ alg: "HS256", typ: "embed-launch+jwt" })
      .setIssuer("someone-else")
      .setAudience(ORIGIN)
      .setIssuedAt(NOW)
      .setExpirationTime(after(60))
      .setJti("abcdefghijklmnopqrstuvwx")
      .sign(keys.launch);
    const result = await verifyEmbedToken("launch", token, keys.launch, {
      now: after(1),
    });
    expect(result).toEqual({ ok: false, reason: "claims" });
  });

  it("refuses garbage without throwing", async () => {
    for (const token of [
      "not-a-token",
      "a.b.c",
      `${"x".repeat(5000)}.y.z`,
      crypto.randomBytes(40).toString("base64"),
    ]) {
      const result = await verifyEmbedToken("launch", token, keys.launch);
      expect(result.ok).toBe(false);
    }
  });
});
