#!/usr/bin/env node
// The console the browser tests use (Playwright's webServer): the test S3 with its sample data,
// the test users, and `next start` on PORT (default 3100). Requires `next build` first.
import { startConsole, testStore } from "./support/console-server.mjs";

const port = Number(process.env.PORT ?? 3100);
const conn = await testStore();
const server = await startConsole({ name: "console", port, conn });
console.log(`console ready at ${server.url} (log: ${server.logFile})`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
