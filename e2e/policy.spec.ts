import { test as base, expect } from "@playwright/test";
import { storageStateOf, users } from "./fixtures";
import { ConsolePage } from "./pages/console";
import { apiAs, callAction, captureListAction, captureShareAction, SIGNATURE, type CapturedAction } from "./support/actions";

type Who = keyof typeof users;
const as = (who: Who) => base.extend({ storageState: async ({}, use) => use(storageStateOf(who)) });

// The access matrix of e2e/support/policy.yaml: [user, action, bucket, key or folder, allowed].
const MATRIX: [Who, "list" | "share", string, string, boolean][] = [
  ["alice", "list", "empty", "", true],
  ["alice", "share", "demo", "README.txt", true],
  ["bob", "list", "demo", "", true],
  ["bob", "list", "demo", "reports/2024/", true],
  ["bob", "list", "demo", "photos/", false],
  ["bob", "list", "demo", "big/", false],
  ["bob", "list", "versioned", "", true],
  ["bob", "list", "empty", "", false],
  ["bob", "share", "demo", "reports/2024/q1/figures.csv", true],
  ["bob", "share", "demo", "README.txt", false],
  ["bob", "share", "versioned", "notes.txt", false],
  ["dave", "list", "demo", "photos/", true],
  ["dave", "list", "demo", "reports/", false],
  ["dave", "list", "versioned", "", false],
  ["dave", "share", "demo", "photos/sunset.svg", false],
];

base.describe("access policy", () => {
  let shareAction: CapturedAction;
  let listAction: CapturedAction;

  // The calls alice, an admin, makes in her browser; replayed below with other sessions.
  base.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("alice") });
    const page = await context.newPage();
    shareAction = await captureShareAction(page);
    listAction = await captureListAction(page);
    await context.close();
  });

  for (const [who, action, bucket, key, allowed] of MATRIX) {
    base(`${who} ${allowed ? "may" : "may not"} ${action} ${bucket}/${key}`, async ({ browser, baseURL }) => {
      // 1. a server-action POST, replayed from alice's captured call with this user's session
      const api = await apiAs(baseURL!, storageStateOf(who));
      const text =
        action === "share"
          ? await callAction(api, shareAction, { bucket, key, expiresIn: { amount: 15, unit: "minutes" }, download: false })
          : await callAction(api, listAction, { bucket, prefix: key });
      if (action === "share") expect(SIGNATURE.test(text)).toBe(allowed);
      else expect(text.includes('"ok":true')).toBe(allowed);
      if (!allowed) expect(text).toMatch(/may not/);

      // 2. the page, as a hand-typed URL
      const context = await browser.newContext({ storageState: storageStateOf(who) });
      const page = await context.newPage();
      const ui = new ConsolePage(page);
      if (action === "list") {
        await page.goto(`/b/${bucket}/${key}`);
        if (allowed) await expect(ui.table()).toBeVisible();
        else {
          await expect(page.getByRole("alert").filter({ hasText: "or you may not see it" })).toBeVisible();
          await expect(ui.table()).toHaveCount(0);
        }
      } else {
        const cut = key.lastIndexOf("/") + 1;
        await page.goto(`/b/${bucket}/${key.slice(0, cut)}`);
        const row = ui.row(key.slice(cut));
        // where the user may list but not share, the row is there without its Share button
        if (await row.count()) await expect(row.getByRole("button", { name: "Share" })).toHaveCount(allowed ? 1 : 0);
        else expect(allowed).toBe(false);
      }
      await context.close();
    });
  }
});

base.describe("what a user may not list does not appear", () => {
  as("bob")("bob sees only his buckets and folders", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b");
    await expect(page.getByRole("link", { name: "demo", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "versioned", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "empty", exact: true })).toHaveCount(0);

    await page.goto("/b/demo");
    await expect(ui.table().locator("tbody tr")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "reports/" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" })).toHaveCount(0);
  });

  as("dave")("dave sees photos one level deep and nothing else", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    await expect(ui.table().locator("tbody tr")).toHaveCount(1);
    await page.getByRole("link", { name: "photos/" }).click();
    await expect(ui.row("sunset.svg")).toBeVisible();
    await expect(ui.row("sunset.svg").getByRole("button", { name: "Share" })).toHaveCount(0);
  });
});

base.describe("expiry limits", () => {
  as("bob")("the dialog offers only allowed presets, defaults to the rule's, and the server refuses more", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/reports/2024/q1");
    const dialog = await ui.openShare("figures.csv");
    const select = dialog.dialog.getByLabel("Expires in");
    await expect(select).toHaveValue("3600");
    await expect(select.locator("option")).toHaveText(["15 minutes", "1 hour", "12 hours", "1 day", "Custom…"]);
    await expect(dialog.dialog).toContainText("up to 1 day, the longest you may share this object");

    await dialog.choose({ amount: "2", unit: "days" });
    await dialog.dialog.getByRole("button", { name: "Create link" }).click();
    await expect(dialog.error()).toHaveText("Your links to this object may last at most 1 day.");
    await expect(dialog.dialog.getByLabel("Presigned URL")).toHaveCount(0);

    const url = await dialog.create({ expiry: "1 day" });
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("86400");
  });
});
