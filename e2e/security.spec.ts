import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import { test, expect, signIn, store, storageStateOf } from "./fixtures";
import { captureShareAction, SIGNATURE } from "./support/actions";
import { TMP } from "./support/console-server.mjs";

/** The users command, on the test console's users file. */
function users(...args: string[]) {
  const [command, name, password] = args;
  const r = spawnSync(process.execPath, ["bin/s3-share.mjs", "users", command, name], {
    input: password ? password + "\n" : "",
    env: { ...process.env, S3SHARE_USERS_FILE: path.join(TMP, "users.json") },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

test.describe("security", () => {
  test("a server action refuses a caller without a session, and issues nothing", async ({ page, baseURL }) => {
    const captured = await captureShareAction(page);

    // Replayed with alice's session, the captured call works: the replay itself is sound.
    const alice = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf("alice") });
    const replay = await alice.post("/b/demo", { headers: captured.headers, data: captured.body });
    expect(replay.status()).toBe(200);
    expect(await replay.text()).toMatch(SIGNATURE);

    // Without a session, the proxy turns the call away before any page code runs.
    const anonymous = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const res = await anonymous.post("/b/demo", { headers: captured.headers, data: captured.body, maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(await res.text()).not.toMatch(SIGNATURE);

    // A forged cookie is no session either.
    const forged = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [{ name: "authjs.session-token", value: "forged.token.value", domain: "localhost", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] } });
    const f = await forged.post("/b/demo", { headers: captured.headers, data: captured.body, maxRedirects: 0 });
    expect(await f.text()).not.toMatch(SIGNATURE);
  });

  test("the action itself refuses a session whose user no longer exists", async ({ page, browser, baseURL }) => {
    // carol signs in, then an admin removes her: her session cookie is still valid, so the proxy
    // lets her calls through, and only the action's own check stands in the way.
    users("add", "carol", "carol-password-1");
    const carolContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const carolPage = await carolContext.newPage();
    await signIn(carolPage, "carol" as "alice", "carol-password-1");
    await expect(carolPage.getByRole("heading", { name: "Buckets" })).toBeVisible();
    const carolState = await carolContext.storageState();
    users("remove", "carol");

    const captured = await captureShareAction(page);
    const carol = await playwrightRequest.newContext({ baseURL, storageState: carolState });
    const res = await carol.post("/b/demo", { headers: captured.headers, data: captured.body, maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toContain("You are signed out");
    expect(text).not.toMatch(SIGNATURE);

    await carolPage.goto("/b/demo");
    await expect(carolPage).toHaveURL(/\/signin/);
  });

  test("a forged action payload gets a clear error and the server stays up", async ({ page, baseURL }) => {
    const captured = await captureShareAction(page);
    const alice = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf("alice") });
    for (const body of [
      captured.body.replace('"demo"', '"../../etc"'),
      captured.body.replace('"README.txt"', '""'),
      captured.body.replace(/"amount":\d+/, '"amount":{"$gt":1}'),
      "not json at all",
    ]) {
      const res = await alice.post("/b/demo", { headers: captured.headers, data: body });
      expect(await res.text()).not.toMatch(SIGNATURE);
    }
    const res = await alice.post("/b/demo", { headers: captured.headers, data: captured.body.replace('"demo"', '"../../etc"') });
    expect(await res.text()).toContain("not a valid bucket name");
    await page.goto("/b");
    await expect(page.getByRole("heading", { name: "Buckets" })).toBeVisible();
  });

  test("every page sends security headers and a nonce-based CSP the page obeys", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const url of ["/signin", "/b", "/b/demo/reports"]) {
      const res = await page.goto(url);
      const h = res!.headers();
      expect(h["referrer-policy"]).toBe("no-referrer");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(h["x-powered-by"]).toBeUndefined();
    }
    // hydrated and interactive under the policy
    await page.getByRole("button", { name: "Size" }).click();
    await expect(page.getByRole("columnheader", { name: "Size" })).toHaveAttribute("aria-sort", "descending");
    expect(violations).toEqual([]);
  });

  test("secrets never reach the browser", async ({ page }) => {
    const secrets = [store().secret, fs.readFileSync(path.join(TMP, "auth-secret"), "utf8").trim(), "scrypt$"];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(".next/static");
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const s of secrets) expect(text.includes(s), `${s.slice(0, 6)}… in ${file}`).toBe(false);
    }
    for (const url of ["/signin", "/b", "/b/demo", "/b/versioned"]) {
      const html = await (await page.goto(url))!.text();
      for (const s of secrets) expect(html.includes(s), `secret in ${url}`).toBe(false);
    }
  });

  test("server logs never hold a whole presigned URL", async ({ page }) => {
    await captureShareAction(page);
    const log = fs.readFileSync(path.join(TMP, "console.log"), "utf8");
    expect(log).toContain('"event":"share"');
    expect(log).not.toMatch(SIGNATURE);
    expect(log).not.toContain(store().secret);
  });
});
