import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";

const PUBLIC_PREFIXES = [
  "/login",
  "/signup",
  "/invite",
  "/docs",
  "/embed",
  "/api",
];

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * First line only: sends visitors without a session cookie to sign in and
 * marks authenticated responses uncacheable. Every page, action and route
 * handler checks the session and team again in the data layer.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  // Never trust this internal header from outside.
  headers.delete("x-middleware-subrequest");

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

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
