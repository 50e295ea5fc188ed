// Listing: time to the first page of a folder of 100 objects against one of 100,000, through the
// console over HTTP, and the console's memory during both. Needs a production build, and seeds a
// store of its own in .bench-s3 the first time (about a minute). `npx tsx bench/listing.ts`
import path from "node:path";
import { startLocalS3 } from "../scripts/local-s3/index.mjs";
import { seedLarge } from "../scripts/bench/seed-large.mjs";
import { actionId, benchConsole, rssMiB } from "./console";
import { heading, table } from "./harness";

const PORT = 3122;
const ROUNDS = 15;

const store = await startLocalS3({ dir: path.resolve(".bench-s3") });
await seedLarge(store);
// Pages of 100: both first pages then hold the same number of objects, and only the folder's size differs.
const server = await benchConsole(PORT, "bench-listing", { S3SHARE_PAGE_SIZE: "100" }, store);
const pid = server.child.pid!;

async function timed(run: () => Promise<string>): Promise<number> {
  const t = performance.now();
  const body = await run();
  if (!body.includes("obj-")) throw new Error(`no objects in the answer: ${body.slice(0, 200)}`);
  return performance.now() - t;
}

const page = (folder: string) => () => fetch(`${server.url}/b/bench/${folder}`, { headers: { cookie: server.cookie } }).then((r) => r.text());
const action = (folder: string) => () =>
  fetch(`${server.url}/b/bench`, {
    method: "POST",
    headers: { "next-action": actionId("listFolderAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: server.cookie },
    body: JSON.stringify([{ bucket: "bench", prefix: `${folder}/` }]),
  }).then((r) => r.text());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const results: Record<string, number[]> = { "page small": [], "page large": [], "action small": [], "action large": [] };
  const rss: Record<"small" | "large", number[]> = { small: [], large: [] };
  for (const warm of [page("small"), page("large"), action("small"), action("large")]) await timed(warm);
  const rssBefore = rssMiB(pid);
  for (let i = 0; i < ROUNDS; i++) {
    // alternate, so the machine's noise falls on both alike
    for (const size of ["small", "large"] as const) {
      results[`page ${size}`].push(await timed(page(size)));
      results[`action ${size}`].push(await timed(action(size)));
      rss[size].push(rssMiB(pid));
    }
  }

  heading(`Listing: first page (100 objects) of a folder of 100 against one of 100,000 (median of ${ROUNDS})`);
  const row = (what: string, key: string) => {
    const small = median(results[`${key} small`]);
    const large = median(results[`${key} large`]);
    return { "first page via": what, "100 objects, ms": small, "100,000 objects, ms": large, "large ÷ small": large / small };
  };
  const rows = [row("the folder page (GET /b/bench/…)", "page"), row("the listing action (POST)", "action")];
  console.log(table(rows));
  console.log(
    `\nconsole memory (RSS): ${rssBefore.toFixed(0)} MiB before, max ${Math.max(...rss.small).toFixed(0)} MiB during the small folder, ` +
      `max ${Math.max(...rss.large).toFixed(0)} MiB during the large one`,
  );
  const worst = Math.max(...rows.map((r) => r["large ÷ small"]));
  console.log(`target: the large folder's first page within 1.2× of the small one's → ${worst.toFixed(2)}× — ${worst <= 1.2 ? "met" : "NOT met"}`);
} finally {
  await server.stop();
}
