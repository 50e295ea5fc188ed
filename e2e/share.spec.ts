import fs from "node:fs";
import path from "node:path";
import { test, expect, fetchBytes, tamperSignature } from "./fixtures";
import { ConsolePage } from "./pages/console";
import { AWKWARD_KEYS, DOWNLOAD_NAME_KEY, demoObjects } from "../scripts/fixtures.mjs";
import { TMP } from "./support/console-server.mjs";

const bodyOf = (key: string) => Buffer.from((demoObjects() as { key: string; body: string }[]).find((o) => o.key === key)!.body);
const shareEvents = () =>
  fs
    .readFileSync(path.join(TMP, "console.log"), "utf8")
    .split("\n")
    .filter((l) => l.includes('"event":"share"')).length;

/** Folder URL of a key, and its name in that folder. */
function locate(key: string) {
  const trimmed = key.endsWith("/") ? key.slice(0, -1) : key;
  const cut = trimmed.lastIndexOf("/");
  const folder = key.endsWith("/") ? key : key.slice(0, cut + 1);
  const name = key.endsWith("/") ? "" : key.slice(cut + 1);
  const segments = folder.split("/").filter(Boolean).map(encodeURIComponent);
  return { url: `/b/demo/${segments.join("/")}`, name };
}

test.describe("sharing", () => {
  test("creates a link that serves the exact bytes, expires as shown, and refuses tampering", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/reports/2024/q1");
    const dialog = await ui.openShare("figures.csv");
    await expect(dialog.dialog.getByLabel("Expires in")).toHaveValue("3600");
    const url = await dialog.create();
    await expect(dialog.dialog.getByText(/^Expires .*\(in 1 hour\)$/)).toBeVisible();

    const ok = await fetchBytes(url);
    expect(ok.status).toBe(200);
    expect(ok.body.equals(bodyOf("reports/2024/q1/figures.csv"))).toBe(true);
    expect((await fetchBytes(tamperSignature(url))).status).toBe(403);
  });

  test("copies the link to the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    const dialog = await ui.openShare("README.txt");
    const url = await dialog.create({ expiry: "15 minutes" });
    await dialog.dialog.getByRole("button", { name: "Copy" }).click();
    await expect(dialog.dialog.getByText("Copied to the clipboard.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test("a link with a 2-second expiry is refused once expired", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    const dialog = await ui.openShare("README.txt");
    const url = await dialog.create({ expiry: { amount: "2", unit: "seconds" } });
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("2");
    await page.waitForTimeout(3500);
    const res = await fetchBytes(url);
    expect(res.status).toBe(403);
    expect(res.body.toString()).toMatch(/expired/i);
  });

  test("'Download as file' on a non-ASCII name sends an RFC 5987 Content-Disposition", async ({ page }) => {
    const { url: folder, name } = locate(DOWNLOAD_NAME_KEY);
    const ui = new ConsolePage(page);
    await page.goto(folder);
    const url = await (await ui.openShare(name)).create({ download: true });
    const res = await fetchBytes(url);
    expect(res.status).toBe(200);
    const cd = res.headers.get("content-disposition")!;
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1])).toBe(name.normalize("NFC"));
    expect(res.body.equals(bodyOf(DOWNLOAD_NAME_KEY))).toBe(true);
  });

  for (const key of AWKWARD_KEYS as string[]) {
    test(`shares awkward key ${JSON.stringify(key.length > 60 ? key.slice(0, 60) + "…" : key)}`, async ({ page }) => {
      const { url: folder, name } = locate(key);
      const ui = new ConsolePage(page);
      await page.goto(folder);
      const row = name === "" ? ui.table().locator("tbody tr").first() : ui.row(name);
      await row.getByRole("button", { name: "Share" }).click();
      const dialog = new (await import("./pages/console")).ShareDialog(page);
      const url = await dialog.create();
      const res = await fetchBytes(url);
      expect(res.status).toBe(200);
      expect(res.body.equals(bodyOf(key))).toBe(true);
    });
  }

  test("shares an older version of an object", async ({ page }) => {
    await page.goto("/b/versioned");
    await page.getByRole("button", { name: "notes.txt" }).click();
    const details = page.getByRole("dialog", { name: "Object details" });
    await details.getByRole("button", { name: /^Share version/ }).last().click();
    const share = page.getByRole("dialog", { name: "Share a presigned link" });
    await expect(share).toContainText("version");
    await share.getByRole("button", { name: "Create link" }).click();
    const url = await share.getByLabel("Presigned URL").inputValue();
    expect((await fetchBytes(url)).body.toString()).toBe("First draft.\n");
  });

  test("refuses an expiry out of range or malformed, and issues nothing", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo");
    const dialog = await ui.openShare("README.txt");
    const before = shareEvents();

    for (const [amount, unit, message] of [
      ["8", "days", "between 1 second and 7 days"],
      ["604801", "seconds", "between 1 second and 7 days"],
      ["0", "minutes", "between 1 second and 7 days"],
      ["1.5", "hours", "whole number"],
      ["abc", "hours", "whole number"],
    ]) {
      await dialog.choose({ amount, unit });
      await dialog.dialog.getByRole("button", { name: "Create link" }).click();
      await expect(dialog.error()).toContainText(message);
      await expect(dialog.dialog.getByLabel("Presigned URL")).toHaveCount(0);
    }
    expect(shareEvents()).toBe(before);

    // the longest allowed works
    const url = await dialog.create({ expiry: { amount: "7", unit: "days" } });
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("604800");
  });
});
