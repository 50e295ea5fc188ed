import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";
import { REQUEST_PATH_HEADER } from "@/lib/keys";
import { log } from "@/lib/log";

// Reachable without a session. Everything else redirects to sign-in here, and every page and
// server action checks the session again itself: this is a convenience, not the gate.
const PUBLIC_PATHS = [/^\/signin$/, /^\/api\/auth(\/|$)/];

const withSession = auth((req) => {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = req.nextUrl;

  let res: NextResponse;
  if (!req.auth && !PUBLIC_PATHS.some((p) => p.test(pathname))) {
    const url = new URL("/signin", req.nextUrl);
    if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
    res = NextResponse.redirect(url);
  } else {
    // Next reads the nonce from the request's policy header and puts it on its own scripts.
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    // Overwrites anything a client sent under this name.
    requestHeaders.set(REQUEST_PATH_HEADER, pathname);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  res.headers.set("Content-Security-Policy", csp);
  log.info("request", {
    method: req.method,
    path: pathname,
    action: req.headers.get("next-action") ? true : undefined,
    user: req.auth?.user?.name ?? undefined,
    redirect: res.headers.get("location") ? "/signin" : undefined,
  });
  return res;
});

// With a lazily configured NextAuth, auth(handler) gives a promise of the handler, not the
// handler itself; Next wants a function here.
export async function proxy(req: NextRequest, ev: NextFetchEvent) {
  const handler = (await withSession) as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;
  return handler(req, ev);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
