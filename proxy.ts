import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";

import { embedKeys } from "@/lib/embed/keys";
import {
  checkFrameRequest,
  frameAncestorsFor,
  frameFailureMessage,
} from "@/lib/embed/request";
import { isEmbedPathname } from "@/lib/embed/views";

const PUBLIC_PREFIXES = [
  "/login",
  "/signup",
  "/invite",
  "/docs",
  "/embed",
  "/api",
];

const SESSION_COOKIES = [
  "authjs.session-token",
  "__Secure-authjs.session-token",
];

/**
 * First line only: sends visitors without a session cookie to sign in and
 * marks authenticated responses uncacheable. Every page, action and route
 * handler checks the session and team again in the data layer.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  // Never trust this internal header from outside.
  headers.delete("x-middleware-subrequest");

  if (isEmbedPathname(pathname)) return embedPage(req, headers, requestId);

  const isPublic =
    pathname === "/" ||
    PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));

  if (!isPublic && !hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  if (hasSession || pathname.startsWith("/api/v1")) {
    res.headers.set("Cache-Control", "private, no-store");
  }
  return res;
}

/**
 * Embed pages are framed by one partner origin: the launch token in the URL
 * must be genuine, unexpired, for this page and for the origin framing it,
 * or the answer is a 401 that no one may frame. A valid one gets a
 * frame-ancestors policy naming that origin alone. The page itself spends
 * the token, which needs the database.
 */
async function embedPage(
  req: NextRequest,
  headers: Headers,
  requestId: string,
): Promise<NextResponse> {
  const check = await checkFrameRequest(
    {
      pathname: req.nextUrl.pathname,
      token: req.nextUrl.searchParams.get("token"),
      referer: req.headers.get("referer"),
      fetchDest: req.headers.get("sec-fetch-dest"),
    },
    embedKeys().launch,
  );
  if (!check.ok) {
    return new NextResponse(frameFailureMessage(check.reason), {
      status: 401,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Security-Policy": "frame-ancestors 'none'",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "x-request-id": requestId,
      },
    });
  }

  const res = NextResponse.next({ request: { headers } });
  res.headers.set(
    "Content-Security-Policy",
    frameAncestorsFor(check.claims.origin),
  );
  res.headers.set("Cache-Control", "private, no-store");
  // The URL carries the token: never pass it on to another site.
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("X-Content-Type-Options", "nosniff");
  res.headers.set("x-request-id", requestId);
  return res;
}

export const config = {
  // Left out: the public API (keys, not cookies) and the CSV upload route
  // (which checks the session itself), because a matched request has its
  // body buffered and capped at 10 MB before the handler can stream it.
  matcher: [
    "/((?!api/v1/|leads/import|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)",
  ],
};
