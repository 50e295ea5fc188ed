import { test, expect } from "./fixtures";
import { ConsolePage } from "./pages/console";
import { AWKWARD_KEYS, BIG_FOLDER_COUNT, demoObjects } from "../scripts/fixtures.mjs";

test.describe("browsing", () => {
  test("lists the buckets", async ({ page }) => {
    await page.goto("/b");
    for (const name of ["demo", "versioned", "empty"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
  });

  test("walks into nested folders and back with breadcrumbs", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b");
    await page.getByRole("link", { name: "demo", exact: true }).click();
    await ui.openFolder("reports");
    await ui.openFolder("2024");
    await ui.openFolder("q1");
    await expect(page).toHaveURL(/\/b\/demo\/reports\/2024\/q1$/);
    await expect(ui.row("figures.csv")).toBeVisible();
    await expect(ui.row("summary.txt")).toBeVisible();
    await expect(ui.breadcrumb().getByRole("listitem")).toHaveText(["Buckets", "/demo", "/reports", "/2024", "/q1"]);
    await ui.breadcrumb().getByRole("link", { name: "reports" }).click();
    await expect(page).toHaveURL(/\/b\/demo\/reports$/);
    await expect(page.getByRole("link", { name: "2025/" })).toBeVisible();
  });

  test("pages past the first page of a large folder", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/big");
    const rows = ui.table().locator("tbody tr");
    await expect(rows).toHaveCount(200);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(400);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(BIG_FOLDER_COUNT);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
    await expect(ui.row("item-0450.txt")).toBeVisible();
  });

  test("filters by name on the server and sorts by size", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/big");
    await page.getByLabel("Filter by name").fill("item-03");
    await expect(ui.table().locator("tbody tr")).toHaveCount(100);
    await expect(ui.row("item-0399.txt")).toBeVisible();
    await page.getByLabel("Filter by name").fill("nothing-like-this");
    await expect(ui.table()).toContainText("Nothing here starts with");

    await page.goto("/b/demo/reports/2024/q1");
    await page.getByRole("button", { name: "Size" }).click();
    const names = ui.table().locator("tbody tr td:first-child");
    // figures.csv is 40 bytes, summary.txt 41: largest first
    await expect(names).toHaveText(["summary.txt", "figures.csv"]);
    await page.getByRole("button", { name: "Size" }).click();
    await expect(names).toHaveText(["figures.csv", "summary.txt"]);
  });

  test("shows object details", async ({ page }) => {
    await page.goto("/b/demo");
    await page.getByRole("button", { name: "README.txt" }).click();
    const dialog = page.getByRole("dialog", { name: "Object details" });
    await expect(dialog).toContainText("text/plain; charset=utf-8");
    await expect(dialog).toContainText("STANDARD");
    const size = (demoObjects() as { key: string; body: string }[]).find((o) => o.key === "README.txt")!.body.length;
    await expect(dialog.getByText(`${size} B`, { exact: true })).toHaveAttribute("title", `${size} bytes`);
    await expect(dialog).toContainText(/"[0-9a-f]{32}"/);
  });

  test("lists the versions of a versioned object", async ({ page }) => {
    await page.goto("/b/versioned");
    await page.getByRole("button", { name: "notes.txt" }).click();
    const dialog = page.getByRole("dialog", { name: "Object details" });
    await expect(dialog.getByRole("button", { name: /^Share version/ })).toHaveCount(3);
    await expect(dialog.getByText("latest")).toHaveCount(1);
  });

  test("lists and opens every awkward key", async ({ page }) => {
    const ui = new ConsolePage(page);
    await page.goto("/b/demo/awkward");
    for (const key of (AWKWARD_KEYS as string[]).filter((k) => k.split("/").length === 2)) {
      await expect(ui.row(key.slice("awkward/".length))).toHaveCount(1);
    }
    // a unicode folder, opened from a pasted URL
    await page.goto("/b/demo/awkward/" + encodeURIComponent("ünïcødé"));
    await expect(ui.row("файл.txt")).toBeVisible();
    // a key ending in "/" is an object inside its own folder
    await page.goto("/b/demo/awkward/ends-with-slash");
    await expect(ui.table().locator("tbody tr")).toHaveCount(1);
    await expect(ui.table()).toContainText("(empty name)");
  });

  test("says so when a folder or bucket is empty", async ({ page }) => {
    await page.goto("/b/demo/empty-folder");
    await expect(page.getByText("This folder is empty.")).toBeVisible();
    await page.goto("/b/empty");
    await expect(page.getByText("This folder is empty.")).toBeVisible();
  });

  test("explains a missing bucket instead of crashing", async ({ page }) => {
    const res = await page.goto("/b/no-such-bucket-here");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: 'Bucket "no-such-bucket-here" does not exist.' })).toBeVisible();
    await page.goto("/b/NOT a bucket!");
    await expect(page.getByRole("alert").filter({ hasText: "not a valid bucket name" })).toBeVisible();
  });
});
