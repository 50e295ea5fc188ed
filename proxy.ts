import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";
import { REQUEST_PATH_HEADER } from "@/lib/keys";
import { log } from "@/lib/log";

// Reachable without a session. Everything else without a session cookie is sent to sign-in here.
// This is a convenience, not the gate: every page and server action verifies the session itself
// (the cookie's signature, expiry and user), so the proxy only looks for the cookie and spends
// no time decrypting it twice.
const PUBLIC_PATHS = [/^\/signin$/, /^\/api\/auth(\/|$)/];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(req: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = req.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => req.cookies.has(name));

  let res: NextResponse;
  if (!hasSession && !PUBLIC_PATHS.some((p) => p.test(pathname))) {
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
    redirect: res.headers.get("location") ? "/signin" : undefined,
  });
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
