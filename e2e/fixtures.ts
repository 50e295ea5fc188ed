import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { S3_DIR, TMP, USERS } from "./support/console-server.mjs";
export { fetchBytes, tamperSignature } from "../test/support/links";

export { expect };
type Name = "alice" | "bob" | "dave";
export const users = Object.fromEntries(Object.entries(USERS as Record<Name, [string, string[]]>).map(([n, [pw]]) => [n, pw])) as Record<Name, string>;
export const storageStateOf = (user: keyof typeof users) => path.join(TMP, `${user}.state.json`);

/** The test store's connection, as scripts/local-s3 recorded it. */
export function store() {
  const state = JSON.parse(fs.readFileSync(path.join(S3_DIR, "state.json"), "utf8"));
  return { endpoint: `http://127.0.0.1:${state.ports.proxy}`, secret: state.secret as string, accessKeyId: "s3share:admin" };
}

export async function signIn(page: Page, user: keyof typeof users, password = users[user]) {
  await page.goto("/signin");
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Tests signed in as alice. */
export const test = base.extend({
  storageState: async ({}, use) => use(storageStateOf("alice")),
});
