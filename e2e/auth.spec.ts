import { test, expect } from "@playwright/test";
import { signIn, users } from "./fixtures";

test.describe("sign-in", () => {
  test("a wrong password is refused with a message", async ({ page }) => {
    await signIn(page, "alice", "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong username or password" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/b");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an unknown user is refused the same way", async ({ page }) => {
    await signIn(page, "mallory" as "alice", "whatever-password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong username or password" })).toBeVisible();
  });

  test("the right password signs in, and sign out signs out", async ({ page }) => {
    await signIn(page, "alice", users.alice);
    await expect(page.getByRole("heading", { name: "Buckets" })).toBeVisible();
    await expect(page.getByText("Signed in as alice")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/b/demo");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("a bookmarked folder opens after signing in", async ({ page }) => {
    await page.goto("/b/demo/reports/2024");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("Username").fill("alice");
    await page.getByLabel("Password").fill(users.alice);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/b\/demo\/reports\/2024$/);
    await expect(page.getByRole("link", { name: "q1/" })).toBeVisible();
  });

  test("sign-in never redirects to another site", async ({ page }) => {
    await page.goto("/signin?callbackUrl=//evil.example/phish");
    await page.getByLabel("Username").fill("alice");
    await page.getByLabel("Password").fill(users.alice);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/b$/);
  });
});
