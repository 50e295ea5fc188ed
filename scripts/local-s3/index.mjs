#!/usr/bin/env node
// A real S3 server on loopback: OpenStack Swift with its s3api middleware (Debian's python3-swift),
// which checks AWS Signature V4 on every request, presigned ones included.
//
//   node scripts/local-s3/index.mjs start [--dir DIR] [--port PORT]   prints the connection as JSON
//   node scripts/local-s3/index.mjs stop  [--dir DIR]
//
// Everything lives in DIR (default .local-s3): configs, rings, data, logs and the PIDs it started,
// so stop ends exactly what start began. See ../shared/notes/local-s3.md for the why of each setting.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PYTHON = "/usr/bin/python3"; // pyenv's python3 on PATH lacks Swift
export const REGION = "us-east-1";
const ACCOUNT = "s3share";
const USER = "admin";
const DENIED_USER = "nobody";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", () => reject(new Error(`port ${port} on 127.0.0.1 is in use; choose another with --port`)));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve()));
  });
}

function isAlive(pid) {
  try {
    // kill -0 succeeds on a zombie: read the state letter instead
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

function serverConf({ dir, port, name, pipeline, app, extra = "" }) {
  const user = os.userInfo().username;
  return `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
user = ${user}
swift_dir = ${dir}/etc
devices = ${dir}/devices
mount_check = false
disable_fallocate = true
recon_cache_path = ${dir}/recon
log_custom_handlers = swift_local.file_log_handler
log_file = ${dir}/log/${name}.log
log_level = WARNING

[pipeline:main]
pipeline = ${pipeline}

[app:${name}]
use = egg:swift#${app}
${extra}
[filter:healthcheck]
use = egg:swift#healthcheck

[filter:recon]
use = egg:swift#recon
`;
}

function proxyConf({ dir, ports, secret }) {
  const base = serverConf({
    dir,
    port: ports.proxy,
    name: "proxy-server",
    app: "proxy",
    pipeline:
      "catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo versioned_writes symlink proxy-logging proxy-server",
    extra: "account_autocreate = true\nallow_account_management = true\n",
  });
  return `${base}
[filter:catch_errors]
use = egg:swift#catch_errors

[filter:gatekeeper]
use = egg:swift#gatekeeper

[filter:proxy-logging]
use = egg:swift#proxy_logging

[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:${ports.memcached}

[filter:listing_formats]
use = egg:swift#listing_formats

[filter:s3api]
use = egg:swift#s3api
location = ${REGION}

[filter:tempauth]
use = egg:swift#tempauth
user_${ACCOUNT}_${USER} = ${secret} .admin
# not an admin, and granted nothing: every bucket answers AccessDenied
user_${ACCOUNT}_${DENIED_USER} = ${secret}-denied

[filter:copy]
use = egg:swift#copy

[filter:slo]
use = egg:swift#slo

[filter:dlo]
use = egg:swift#dlo

[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true

[filter:symlink]
use = egg:swift#symlink
`;
}

const SWIFT_CONF = `[swift-hash]
swift_hash_path_suffix = s3share-local
swift_hash_path_prefix = s3share-local

[storage-policy:0]
name = Policy-0
default = yes

[swift-constraints]
# S3 allows keys of 1024 bytes; a presigned URL for one, percent-encoded, is long
max_object_name_length = 1024
max_header_size = 16384
`;

function spawnLogged(dir, name, cmd, args) {
  const out = fs.openSync(path.join(dir, "log", `${name}.out`), "a");
  const child = spawn(cmd, args, { cwd: HERE, detached: true, stdio: ["ignore", out, out] });
  child.unref();
  fs.closeSync(out);
  return child.pid;
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: HERE, stdio: ["ignore", "inherit", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args[0]} failed: ${err}`))));
  });
}

async function healthy(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthcheck`, { signal: AbortSignal.timeout(1000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

function statePath(dir) {
  return path.join(dir, "state.json");
}

export function readState(dir) {
  try {
    return JSON.parse(fs.readFileSync(statePath(dir), "utf8"));
  } catch {
    return null;
  }
}

function connection(state) {
  return {
    endpoint: `http://127.0.0.1:${state.ports.proxy}`,
    region: REGION,
    accessKeyId: `${ACCOUNT}:${USER}`,
    secretAccessKey: state.secret,
    /** Valid credentials with no access to any bucket, for testing AccessDenied. */
    denied: { accessKeyId: `${ACCOUNT}:${DENIED_USER}`, secretAccessKey: `${state.secret}-denied` },
  };
}

function checkPrerequisites() {
  const missing = [];
  if (!fs.existsSync(PYTHON)) missing.push("python3 (Debian's)");
  else if (!fs.existsSync("/usr/lib/python3/dist-packages/swift")) missing.push("python3-swift");
  if (!fs.existsSync("/usr/bin/memcached")) missing.push("memcached");
  if (missing.length) {
    throw new Error(`local S3 needs Debian packages: ${missing.join(", ")} (run scripts/install-system-deps.sh)`);
  }
}

/** Starts Swift + s3api in `dir` (or returns the one already running there). */
export async function startLocalS3({ dir = ".local-s3", port = 0 } = {}) {
  dir = path.resolve(dir);
  const existing = readState(dir);
  if (existing && existing.pids.every(isAlive) && (await healthy(existing.ports.proxy))) {
    return { ...connection(existing), dir };
  }
  if (existing) await stopLocalS3(dir);
  checkPrerequisites();

  for (const sub of ["etc", "devices", "recon", "log"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  if (port) await assertPortFree(port);
  const ports = {
    proxy: port || (await freePort()),
    account: await freePort(),
    container: await freePort(),
    object: await freePort(),
    memcached: await freePort(),
  };
  const secret = existing?.secret ?? crypto.randomUUID().replaceAll("-", "");
  const etc = path.join(dir, "etc");
  fs.writeFileSync(path.join(etc, "swift.conf"), SWIFT_CONF);
  fs.writeFileSync(path.join(etc, "proxy-server.conf"), proxyConf({ dir, ports, secret }));
  for (const [name, app] of [["account-server", "account"], ["container-server", "container"], ["object-server", "object"]]) {
    fs.writeFileSync(
      path.join(etc, `${name}.conf`),
      serverConf({ dir, port: ports[app], name, app, pipeline: `healthcheck recon ${name}` }),
    );
  }
  await run(PYTHON, ["swift_local.py", "rings", etc, path.join(dir, "devices"), ports.object, ports.container, ports.account]);

  const pids = [];
  const state = { ports, secret, pids };
  const save = () => fs.writeFileSync(statePath(dir), JSON.stringify(state, null, 2));
  const memcachedArgs = ["-l", "127.0.0.1", "-p", String(ports.memcached), "-U", "0", "-m", "64"];
  if (process.getuid?.() === 0) memcachedArgs.push("-u", "root");
  pids.push(spawnLogged(dir, "memcached", "/usr/bin/memcached", memcachedArgs));
  save();
  for (const name of ["account-server", "container-server", "object-server", "proxy-server"]) {
    pids.push(spawnLogged(dir, name, PYTHON, ["swift_local.py", "serve", etc, path.join(etc, `${name}.conf`), name]));
    save();
  }

  const deadline = Date.now() + 30_000;
  for (const p of [ports.account, ports.container, ports.object, ports.proxy]) {
    while (!(await healthy(p))) {
      if (Date.now() > deadline || !pids.every(isAlive)) {
        await stopLocalS3(dir);
        throw new Error(`local S3 did not start; see the logs in ${path.join(dir, "log")}`);
      }
      await sleep(200);
    }
  }
  return { ...connection(state), dir };
}

/** Stops exactly the processes startLocalS3 recorded in `dir`. */
export async function stopLocalS3(dir = ".local-s3") {
  dir = path.resolve(dir);
  const state = readState(dir);
  if (!state) return;
  for (const pid of state.pids) {
    if (isAlive(pid)) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {}
    }
  }
  const deadline = Date.now() + 5000;
  while (state.pids.some(isAlive) && Date.now() < deadline) await sleep(100);
  for (const pid of state.pids.filter(isAlive)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  fs.rmSync(statePath(dir), { force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...rest] = process.argv.slice(2);
  const opt = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const dir = opt("dir") ?? ".local-s3";
  try {
    if (command === "start") {
      console.log(JSON.stringify(await startLocalS3({ dir, port: Number(opt("port") ?? 0) }), null, 2));
    } else if (command === "stop") {
      await stopLocalS3(dir);
    } else {
      console.error("usage: local-s3 start|stop [--dir DIR] [--port PORT]");
      process.exit(2);
    }
  } catch (e) {
    console.error(`local-s3: ${e.message}`);
    process.exit(1);
  }
}
