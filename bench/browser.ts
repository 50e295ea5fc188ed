// The browser's share of the cost: JavaScript shipped to the folder page (compressed bytes as
// transferred, measured in Chromium) and the time until its object table is visible.
// Needs a production build. `npx tsx bench/browser.ts`
import { chromium } from "@playwright/test";
import { benchConsole } from "./console";
import { heading, table } from "./harness";

const PORT = 3121;
const RUNS = 5;
const server = await benchConsole(PORT, "bench-browser");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

type Row = { page: string; scripts: number; "JS kB (compressed)": number; "JS kB (uncompressed)": number; "ms to table (median)": number };

async function measure(label: string, path: string): Promise<Row> {
  const times: number[] = [];
  let scripts = 0;
  let compressed = 0;
  let uncompressed = 0;
  for (let run = 0; run < RUNS; run++) {
    // A new context each run: an empty cache, as a first visit.
    const context = await browser.newContext();
    await context.addCookies([{ name: "authjs.session-token", value: server.cookie.split("=")[1], domain: "localhost", path: "/" }]);
    const page = await context.newPage();
    const sizes: Promise<[number, number]>[] = [];
    page.on("requestfinished", (req) => {
      if (req.resourceType() === "script") {
        sizes.push(Promise.all([req.sizes().then((s) => s.responseBodySize), req.response().then(async (r) => (r ? (await r.body()).length : 0))]));
      }
    });
    const start = Date.now();
    await page.goto(`${server.url}${path}`);
    await page.getByRole("table").waitFor({ state: "visible" });
    times.push(Date.now() - start);
    await page.waitForLoadState("networkidle");
    const all = await Promise.all(sizes);
    if (run === 0) {
      scripts = all.length;
      compressed = all.reduce((n, [c]) => n + c, 0);
      uncompressed = all.reduce((n, [, u]) => n + u, 0);
    }
    await context.close();
  }
  times.sort((a, b) => a - b);
  return {
    page: label,
    scripts,
    "JS kB (compressed)": Math.round(compressed / 102.4) / 10,
    "JS kB (uncompressed)": Math.round(uncompressed / 102.4) / 10,
    "ms to table (median)": times[Math.floor(RUNS / 2)],
  };
}

try {
  const rows = [await measure("folder of 2 objects (/b/demo/reports/2024/q1)", "/b/demo/reports/2024/q1"), await measure("folder, first page of 450 (/b/demo/big)", "/b/demo/big")];
  heading(`Folder page in Chromium (first visit, empty cache, median of ${RUNS})`);
  console.log(table(rows));
  const worst = Math.max(...rows.map((r) => r["JS kB (compressed)"]));
  console.log(`\ntarget: ≤ 150 kB of compressed JavaScript → ${worst} kB — ${worst <= 150 ? "met" : "NOT met"}`);
} finally {
  await browser.close();
  await server.stop();
}
