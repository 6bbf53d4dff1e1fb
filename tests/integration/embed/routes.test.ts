import { beforeAll, expect, it } from "vitest";

import { GET as getIcpRoute, PATCH } from "@/app/api/embed/icps/[id]/route";
import { GET as listIcpsRoute } from "@/app/api/embed/icps/route";
import { GET as leadListRoute } from "@/app/api/embed/lead-lists/[id]/route";
import {
  GET as getOrigins,
  PUT as putOrigins,
} from "@/app/api/v1/embed/origins/route";
import { POST as createSession } from "@/app/api/v1/embed/sessions/route";
import { createApiKey } from "@/db/queries/api-keys";
import { removeEmbedOrigin, replaceEmbedOrigins } from "@/db/queries/embed";
import { createIcp, getIcp } from "@/db/queries/icps";
import { embedKeys } from "@/lib/embed/keys";
import { signEmbedToken, verifyEmbedToken } from "@/lib/embed/token";
import type { EmbedGrant } from "@/lib/embed/token";
import { resetEnvCache } from "@/lib/env";
import { icpFieldsSchema } from "@/lib/icps/schema";

import { describeEachDb, makeUserAndTeam } from "../helpers/db";

process.env.AUTH_SECRET = "integration-embed-secret-0123456789abcdef";
resetEnvCache();

const ORIGIN = "https://app.partner.example";
const APP = "http://127.0.0.1:3999";

type Team = { id: string };

function apiRequest(
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Request {
  return new Request(`${APP}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function embedRequest(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Request {
  return new Request(`${APP}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Embed ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });

async function sessionToken(grant: EmbedGrant, ttlSeconds = 600) {
  const { token } = await signEmbedToken(
    "session",
    grant,
    embedKeys().session,
    {
      ttlSeconds,
    },
  );
  return token;
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describeEachDb("embed routes", () => {
  let team: Team;
  let outsider: Team;
  let readKey: string;
  let writeKey: string;
  let icpId: string;
  let otherIcpId: string;
  let outsiderIcpId: string;

  beforeAll(async () => {
    team = (await makeUserAndTeam("embed-routes")).team;
    outsider = (await makeUserAndTeam("embed-outsider")).team;
    readKey = (
      await createApiKey({ teamId: team.id, name: "r", scope: "read" })
    ).key;
    writeKey = (
      await createApiKey({ teamId: team.id, name: "w", scope: "write" })
    ).key;
    const icp = (name: string, teamId: string) =>
      createIcp({ teamId, fields: icpFieldsSchema.parse({ name }) });
    icpId = (await icp("Routes ICP", team.id)).id;
    otherIcpId = (await icp("Routes other ICP", team.id)).id;
    outsiderIcpId = (await icp("Outsider ICP", outsider.id)).id;
    await replaceEmbedOrigins({ teamId: team.id, origins: [ORIGIN] });
  });

  it("lists and replaces origins, refusing a read key and bad origins", async () => {
    const got = await getOrigins(
      apiRequest("GET", "/api/v1/embed/origins", readKey),
      params({}),
    );
    expect(await got.json()).toEqual({ origins: [ORIGIN] });

    const byReader = await putOrigins(
      apiRequest("PUT", "/api/v1/embed/origins", readKey, { origins: [] }),
      params({}),
    );
    expect(byReader.status).toBe(403);

    const bad = await putOrigins(
      apiRequest("PUT", "/api/v1/embed/origins", writeKey, {
        origins: [ORIGIN, "https://app.partner.example/path"],
      }),
      params({}),
    );
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { details: unknown } }).error.details,
    ).toEqual({
      fieldErrors: { "origins.1": [expect.stringMatching(/path/)] },
    });
  });

  it("creates a one-time URL for an allowed origin", async () => {
    const res = await createSession(
      apiRequest("POST", "/api/v1/embed/sessions", readKey, {
        origin: "HTTPS://APP.PARTNER.EXAMPLE/",
        view: "icp",
        id: icpId.toUpperCase(),
        theme: "dark",
        accent: "#00AA55",
      }),
      params({}),
    );
    expect(res.status).toBe(201);
    const { url, expiresAt } = (await res.json()) as {
      url: string;
      expiresAt: string;
    };
    const parsed = new URL(url);
    expect(parsed.pathname).toBe(`/embed/icps/${icpId}`);
    expect(parsed.searchParams.get("theme")).toBe("dark");
    expect(parsed.searchParams.get("accent")).toBe("#00AA55");

    const verified = await verifyEmbedToken(
      "launch",
      parsed.searchParams.get("token"),
      embedKeys().launch,
      { audience: ORIGIN },
    );
    expect(verified.ok && verified.claims).toMatchObject({
      teamId: team.id,
      view: "icp",
      id: icpId,
      readOnly: true,
      origin: ORIGIN,
      expiresAt: new Date(expiresAt),
    });
  });

  it("refuses sessions for unknown origins, other teams and read keys", async () => {
    const post = (key: string, body: unknown) =>
      createSession(
        apiRequest("POST", "/api/v1/embed/sessions", key, body),
        params({}),
      );
    const notAllowed = await post(readKey, {
      origin: "https://other.example",
      view: "icps",
    });
    expect(notAllowed.status).toBe(403);
    expect(
      (await post(readKey, { origin: ORIGIN, view: "icps", readOnly: false }))
        .status,
    ).toBe(403);
    expect(
      (await post(writeKey, { origin: ORIGIN, view: "icps", readOnly: false }))
        .status,
    ).toBe(201);
    expect(
      (await post(readKey, { origin: ORIGIN, view: "icp", id: outsiderIcpId }))
        .status,
    ).toBe(404);
    expect(
      (await post(readKey, { origin: ORIGIN, view: "lead-list", id: icpId }))
        .status,
    ).toBe(404);
  });

  it("serves a session only its own team, view and record", async () => {
    const dashboard = await sessionToken({
      teamId: team.id,
      view: "icps",
      id: null,
      readOnly: true,
      origin: ORIGIN,
    });
    const list = await listIcpsRoute(
      embedRequest("GET", "/api/embed/icps", dashboard),
      params({}),
    );
    expect(list.status).toBe(200);
    const names = ((await list.json()) as { icps: { name: string }[] }).icps
      .map((i) => i.name)
      .sort();
    expect(names).toEqual(["Routes ICP", "Routes other ICP"]);

    const outsiderRes = await getIcpRoute(
      embedRequest("GET", `/api/embed/icps/${outsiderIcpId}`, dashboard),
      params({ id: outsiderIcpId }),
    );
    expect(outsiderRes.status).toBe(404);

    const single = await sessionToken({
      teamId: team.id,
      view: "icp",
      id: icpId,
      readOnly: true,
      origin: ORIGIN,
    });
    const own = await getIcpRoute(
      embedRequest("GET", `/api/embed/icps/${icpId}`, single),
      params({ id: icpId }),
    );
    expect(own.status).toBe(200);
    const sibling = await getIcpRoute(
      embedRequest("GET", `/api/embed/icps/${otherIcpId}`, single),
      params({ id: otherIcpId }),
    );
    expect(sibling.status).toBe(404);
    const dashboardFromSingle = await listIcpsRoute(
      embedRequest("GET", "/api/embed/icps", single),
      params({}),
    );
    expect(dashboardFromSingle.status).toBe(403);
    const leadList = await leadListRoute(
      embedRequest("GET", `/api/embed/lead-lists/${icpId}`, single),
      params({ id: icpId }),
    );
    expect(leadList.status).toBe(403);
  });

  it("refuses writes from read-only sessions and allows them otherwise", async () => {
    const grant: EmbedGrant = {
      teamId: team.id,
      view: "icps",
      id: null,
      readOnly: true,
      origin: ORIGIN,
    };
    const patch = (token: string, id: string) =>
      PATCH(
        embedRequest("PATCH", `/api/embed/icps/${id}`, token, {
          active: false,
        }),
        params({ id }),
      );

    const readOnly = await patch(await sessionToken(grant), icpId);
    expect(readOnly.status).toBe(403);
    expect(await errorCode(readOnly)).toBe("forbidden");
    expect((await getIcp({ teamId: team.id, id: icpId }))?.active).toBe(true);

    const writer = await sessionToken({ ...grant, readOnly: false });
    const changed = await patch(writer, icpId);
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { active: boolean }).active).toBe(false);
    expect((await getIcp({ teamId: team.id, id: icpId }))?.active).toBe(false);

    const outsiderWrite = await patch(writer, outsiderIcpId);
    expect(outsiderWrite.status).toBe(404);
    expect(
      (await getIcp({ teamId: outsider.id, id: outsiderIcpId }))?.active,
    ).toBe(true);

    const invalid = await PATCH(
      embedRequest("PATCH", `/api/embed/icps/${icpId}`, writer, {
        active: "no",
      }),
      params({ id: icpId }),
    );
    expect(invalid.status).toBe(400);
  });

  it("refuses missing, launch, forged and revoked sessions", async () => {
    const grant: EmbedGrant = {
      teamId: team.id,
      view: "icps",
      id: null,
      readOnly: true,
      origin: ORIGIN,
    };
    const list = (token: string | null) =>
      listIcpsRoute(embedRequest("GET", "/api/embed/icps", token), params({}));

    expect((await list(null)).status).toBe(401);
    const launch = await signEmbedToken("launch", grant, embedKeys().launch, {
      ttlSeconds: 60,
    });
    expect((await list(launch.token)).status).toBe(401);
    const forged = await signEmbedToken(
      "session",
      { ...grant, teamId: outsider.id },
      embedKeys().launch,
      { ttlSeconds: 60 },
    );
    expect((await list(forged.token)).status).toBe(401);
    const stale = await signEmbedToken("session", grant, embedKeys().session, {
      ttlSeconds: 60,
      now: new Date(Date.now() - 120_000),
    });
    expect((await list(stale.token)).status).toBe(401);

    const live = await sessionToken(grant);
    expect((await list(live)).status).toBe(200);
    await removeEmbedOrigin({ teamId: team.id, origin: ORIGIN });
    const revoked = await list(live);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Embed/);
    await replaceEmbedOrigins({ teamId: team.id, origins: [ORIGIN] });
  });
});
