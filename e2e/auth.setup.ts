import { test as setup } from "@playwright/test";
import { expect, signIn, storageStateOf, users } from "./fixtures";

for (const user of Object.keys(users) as (keyof typeof users)[]) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await signIn(page, user);
    await expect(page.getByRole("heading", { name: "Buckets" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(user) });
  });
}
