#!/usr/bin/env node
// The s3-share command (cli/main.ts). Runs the project's TypeScript through tsx, without Next.js
// or React. "server-only" marks modules Next must keep out of browser bundles; outside Next it
// would refuse to load, so it resolves to an empty module here.
import { register } from "node:module";
import { fileURLToPath } from "node:url";
import { register as registerTsx } from "tsx/esm/api";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
registerTsx({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { main } = await import("../cli/main.ts");
const out = (text) => process.stdout.write(text);
const err = (text) => process.stderr.write(text);
process.exitCode = await main(process.argv.slice(2), { out, err });
