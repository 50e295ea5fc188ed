import { test as base, expect } from "@playwright/test";
import { startRelay } from "../test/support/relay";
import { expiringProfile } from "../test/support/expiring-credentials";
import { fetchBytes, signIn, store } from "./fixtures";
import { ConsolePage } from "./pages/console";
import { startConsole, testStore } from "./support/console-server.mjs";

// A second console whose store sits behind a relay we can stall or cut, signing with temporary
// credentials that expire in an hour, and handing out links for the store's direct address.
const PORT = 3101;
const CREDS_TTL_MS = 3600_000;

const test = base.extend<{}, { console: { url: string; relay: Awaited<ReturnType<typeof startRelay>>; credsExpire: Date } }>({
  console: [
    async ({}, use) => {
      const conn = await testStore();
      const target = new URL(conn.endpoint);
      const relay = await startRelay({ host: target.hostname, port: Number(target.port) });
      const credsExpire = new Date(Date.now() + CREDS_TTL_MS);
      const server = await startConsole({
        name: "outage",
        port: PORT,
        conn,
        env: {
          AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${relay.port}`,
          S3SHARE_PUBLIC_ENDPOINT: conn.endpoint,
          S3SHARE_S3_TIMEOUT_MS: "1500",
          // every share asks the store, even right after a listing: the outage must show
          S3SHARE_KNOWN_OBJECTS_SECONDS: "0",
          ...expiringProfile({ accessKeyId: store().accessKeyId, secretAccessKey: store().secret }, credsExpire),
        },
      });
      await use({ url: server.url, relay, credsExpire });
      await server.stop();
      await relay.close();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ console }, use) => use(console.url),
});

test.describe.configure({ mode: "serial" });

test.describe("a console on temporary credentials and an unreliable store", () => {
  test.beforeEach(async ({ page, console }) => {
    await console.relay.setMode("pass");
    await signIn(page, "alice");
    await expect(page.getByRole("heading", { name: "Buckets" })).toBeVisible();
  });

  test("warns that a link dies with the credentials, and shows when", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    const dialog = await ui.openShare("README.txt");
    const url = await dialog.create({ expiry: "1 day" });
    const warning = dialog.dialog.getByRole("status");
    await expect(warning).toContainText("credentials expire before the time you asked for");
    // the effective expiry, an hour away, not a day
    await expect(dialog.dialog.getByText(/^Expires .*\(in 1 hour\)$/)).toBeVisible();
    expect((await fetchBytes(url)).status).toBe(200);

    const short = await dialog.create({ expiry: "15 minutes" });
    await expect(dialog.dialog.getByRole("status")).toHaveCount(0);
    expect(new URL(short).host).toBe(new URL(store().endpoint).host);
  });

  test("a stalled store gives a clear error within seconds, and the console recovers", async ({ page, console }) => {
    await console.relay.setMode("stall");
    await page.goto("/b/demo/reports");
    await expect(page.getByRole("alert").filter({ hasText: "did not answer in time" })).toBeVisible({ timeout: 15_000 });
    await console.relay.setMode("pass");
    await page.reload();
    await expect(page.getByRole("link", { name: "2024/" })).toBeVisible();
  });

  test("a store that is down fails a share with a clear error, and works when back", async ({ page, console }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    const dialog = await ui.openShare("README.txt");
    await console.relay.setMode("down");
    await dialog.dialog.getByRole("button", { name: "Create link" }).click();
    await expect(dialog.error()).toContainText("cannot be reached");
    await expect(dialog.dialog.getByLabel("Presigned URL")).toHaveCount(0);
    await console.relay.setMode("pass");
    const url = await dialog.create();
    expect((await fetchBytes(url)).status).toBe(200);
  });
});
