import { request as playwrightRequest, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { ConsolePage } from "../pages/console";

/** A server action as the browser calls it: its id header and the page it was called from. */
export type CapturedAction = { headers: Record<string, string>; path: string };

function capture(req: Request, path: string): CapturedAction {
  const h = req.headers();
  const headers: Record<string, string> = {
    "next-action": h["next-action"],
    accept: "text/x-component",
    "content-type": h["content-type"] ?? "text/plain;charset=UTF-8",
  };
  if (h["next-router-state-tree"]) headers["next-router-state-tree"] = h["next-router-state-tree"];
  return { headers, path };
}

const isAction = (body: string) => (r: Request) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes(body);

/** Clicks through a real share of demo/README.txt and captures the share action's call. */
export async function captureShareAction(page: Page): Promise<CapturedAction & { body: string }> {
  const ui = new ConsolePage(page);
  await page.goto("/b/demo");
  const dialog = await ui.openShare("README.txt");
  const seen = page.waitForRequest(isAction('"expiresIn"'));
  await dialog.create();
  const req = await seen;
  return { ...capture(req, "/b/demo"), body: req.postData()! };
}

/** Types in a folder's filter box and captures the listing action's call. */
export async function captureListAction(page: Page): Promise<CapturedAction> {
  await page.goto("/b/demo/big");
  const seen = page.waitForRequest(isAction('"startsWith"'));
  await page.getByLabel("Filter by name").fill("item-01");
  return capture(await seen, "/b/demo/big");
}

/** Calls a captured action with other arguments, as whoever `api` is signed in as. */
export async function callAction(api: APIRequestContext, action: CapturedAction, args: unknown): Promise<string> {
  const res = await api.post(action.path, { headers: action.headers, data: JSON.stringify([args]), maxRedirects: 0 });
  return res.text();
}

/** An HTTP client with a saved session (a storage-state file), or with none. */
export function apiAs(baseURL: string, storageState: string | "nobody") {
  return playwrightRequest.newContext({ baseURL, storageState: storageState === "nobody" ? { cookies: [], origins: [] } : storageState });
}

export const SIGNATURE = /X-Amz-Signature=[0-9a-f]{64}/;

/** The presigned URLs in an action's response. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/"url":"(https?:[^"]+)"/g)].map((m) => m[1]);
}
