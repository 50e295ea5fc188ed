// A built console for benchmarks: the test store, `next start`, a signed-in HTTP session, and the
// ids of server actions (read from the build's manifest), so load can be generated without a browser.
import fs from "node:fs";
import { startConsole, testStore, USERS } from "../e2e/support/console-server.mjs";

type Store = Awaited<ReturnType<typeof testStore>>;

/** `next start` on `port` against `store` (default: the test store with its sample data), signed in as alice. */
export async function benchConsole(port: number, name = "bench", env: Record<string, string> = {}, store?: Store) {
  const conn = store ?? (await testStore());
  const server = await startConsole({ name, port, conn, env });
  const [password] = (USERS as unknown as Record<string, [string, string[]]>).alice;
  try {
    const cookie = await signIn(server.url, "alice", password);
    return { ...server, conn, cookie };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

/** Auth.js credentials sign-in over plain HTTP; returns the Cookie header of the session. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route may both set the CSRF cookie: the later one goes with the token.
  const jar = [...new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0]).map((c) => [c.split("=")[0], c])).values()];
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${url}/b` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${username} failed (${res.status} ${res.headers.get("location")})`);
  return session;
}

/** The id of a server action, by its exported name, from the production build. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in .next: run next build`);
  return id;
}

/** Process memory (resident set) in MiB, from /proc. */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
