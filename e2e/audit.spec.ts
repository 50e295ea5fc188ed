import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import Database from "better-sqlite3";
import { storageStateOf } from "./fixtures";
import { ConsolePage } from "./pages/console";
import { apiAs, captureShareAction, linksIn, type CapturedAction } from "./support/actions";
import { startConsole, testStore, TMP } from "./support/console-server.mjs";

const fingerprint = (url: string) => createHash("sha256").update(url).digest("hex");

function auditRows(dbFile: string): { fingerprint: string; username: string }[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT fingerprint, username FROM share_links").all() as { fingerprint: string; username: string }[];
  } finally {
    db.close();
  }
}

const MAIN_DB = path.join(TMP, "console.db");

base.describe("the audit log", () => {
  let share: CapturedAction & { body: string };

  base.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("alice") });
    share = await captureShareAction(await context.newPage());
    await context.close();
  });

  base("records every link: 200 concurrent share requests give exactly as many rows as links", async ({ baseURL }) => {
    const api = await apiAs(baseURL!, storageStateOf("alice"));
    const before = new Set(auditRows(MAIN_DB).map((r) => r.fingerprint));
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => api.post(share.path, { headers: share.headers, data: share.body }).then((r) => r.text())),
    );
    const links = responses.flatMap(linksIn);
    expect(links.length).toBe(200);
    const added = auditRows(MAIN_DB).filter((r) => !before.has(r.fingerprint));
    expect(added.length).toBe(links.length);
    expect(new Set(added.map((r) => r.fingerprint))).toEqual(new Set(links.map(fingerprint)));
    // and nothing about the link in the log but its fingerprint
    const all = fs.readFileSync(MAIN_DB).toString("latin1");
    expect(all).not.toMatch(/X-Amz-Signature=[0-9a-f]{64}/);
  });

  base("keeps the record of every link that reached its client when the server is killed mid-burst", async () => {
    const conn = await testStore();
    const server = await startConsole({ name: "crash", port: 3102, conn });
    const api = await apiAs(server.url, storageStateOf("alice"));
    const received: string[] = [];
    let killed = false;

    // 8 clients in a loop until the server dies under them; kill it after 60 links.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (!killed || received.length === 0) {
          try {
            const text = await (await api.post(share.path, { headers: share.headers, data: share.body, timeout: 5000 })).text();
            received.push(...linksIn(text));
          } catch {
            return; // connection refused or reset: the server is gone
          }
          if (received.length >= 60 && !killed) {
            killed = true;
            server.child.kill("SIGKILL");
          }
        }
      }),
    );
    expect(killed).toBe(true);
    expect(received.length).toBeGreaterThanOrEqual(60);

    // restart on the same database: every link a client received has its row
    const again = await startConsole({ name: "crash", port: 3102, conn, keepDb: true });
    const recorded = new Set(auditRows(again.dbFile).map((r) => r.fingerprint));
    await again.stop();
    const missing = received.filter((url) => !recorded.has(fingerprint(url)));
    expect(missing).toEqual([]);
  });

  base("a malformed policy file stops start-up with a message that says what is wrong", async () => {
    const bad = path.join(TMP, "bad-policy.yaml");
    fs.writeFileSync(bad, "admins: [alice]\nrules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [list, shaer]\n");
    const conn = await testStore();
    const error = await startConsole({ name: "bad-policy", port: 3103, conn, env: { S3SHARE_POLICY_FILE: bad } }).then(
      () => "started",
      (e: Error) => e.message,
    );
    expect(error).toContain("S3 Share Console cannot start.");
    expect(error).toContain(`${bad}:5: rules.0.actions.1: unknown action: use list, share`);
  });
});

base.describe("link pages", () => {
  base.use({ storageState: storageStateOf("bob") });

  base("My links lists the user's own links, newest first, with a filter by name", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/reports/2024/q1");
    await (await ui.openShare("summary.txt")).create({ expiry: "15 minutes" });
    await page.keyboard.press("Escape");
    await (await ui.openShare("figures.csv")).create({ expiry: "12 hours", download: true });

    await page.goto("/links");
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toContainText("reports/2024/q1/figures.csv");
    await expect(rows.first()).toContainText("12 hours · download as file");
    await expect(rows.first()).toContainText(/Active · expires in (11|12) hours/);
    await expect(page.getByRole("table")).not.toContainText("README.txt"); // alice's, not bob's

    await page.getByLabel("Name contains").fill("summary");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/q=summary/);
    await expect(rows.first()).toContainText("reports/2024/q1/summary.txt");
    await expect(page.getByRole("table")).not.toContainText("figures.csv");
  });

  base("Activity is for admins only", async ({ page, baseURL }) => {
    const res = await page.goto("/activity");
    expect(res?.status()).toBe(404);
    const api = await apiAs(baseURL!, storageStateOf("bob"));
    expect((await api.get("/activity/export")).status()).toBe(403);
    const anonymous = await apiAs(baseURL!, "nobody");
    expect((await anonymous.get("/activity/export", { maxRedirects: 0 })).status()).toBe(307);
  });
});

base.describe("Activity", () => {
  base.use({ storageState: storageStateOf("alice") });

  base("shows everyone's links, filters by user, and exports CSV", async ({ page, baseURL }) => {
    await page.goto("/activity");
    await page.getByLabel("User").selectOption("bob");
    await page.getByRole("button", { name: "Filter" }).click();
    const table = page.getByRole("table");
    await expect(table.locator("tbody tr").first()).toContainText("bob");
    await expect(table.locator("tbody tr").filter({ hasText: "alice" })).toHaveCount(0);

    const today = new Date().toISOString().slice(0, 10);
    const api = await apiAs(baseURL!, storageStateOf("alice"));
    const res = await api.get(`/activity/export?user=bob&from=${today}&to=${today}`);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="s3-share-activity-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,created_at,user,bucket,key,version_id,expires_in_seconds,requested_expires_at,expires_at,download,client_ip,user_agent,fingerprint");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.split(",")[2]).toBe("bob");

    const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
    const none = await api.get(`/activity/export?from=${tomorrow}`);
    expect((await none.text()).trim().split("\r\n")).toHaveLength(1);
  });
});
