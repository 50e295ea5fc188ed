#!/usr/bin/env node
// Fills a local S3 (scripts/local-s3) with a bucket for benchmarks: `large/` holding 100,000 objects
// and `small/` holding 100. Idempotent: when the marker file in the store's folder is there and the
// bucket holds the objects, it does nothing.
//
//   node scripts/bench/seed-large.mjs [--dir .bench-s3]
//     starts (or reuses) the local S3 in DIR, then seeds it
//
// PUTs through the S3 API manage ~100-300 objects a second here (Swift's extract-archive too: each
// file still goes proxy -> object server -> container server). The store is local, so instead a few
// /usr/bin/python3 processes write the objects with Swift's own code, exactly as the object server
// does (swift.obj.diskfile), and add their rows to the bucket's container database as the container
// server does (ContainerBroker.merge_items), in batches, with one sync() at the end: ~2,000 objects
// a second. Swift (and so S3 ListObjectsV2/GetObject) serves them like any others.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { startLocalS3 } from "../local-s3/index.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PYTHON = "/usr/bin/python3"; // pyenv's python3 on PATH lacks Swift
const SEED_VERSION = "1";
const CONTENT_TYPE = "text/plain"; // what Swift guesses for .txt, as a PUT without one would get

/** The objects of the bench bucket, in creation order: [prefix, count, digits of the number]. */
function groups(large, small) {
  return [
    ["small", small, Math.max(3, String(small).length)],
    ["large", large, Math.max(6, String(large).length)],
  ];
}

const objectName = (prefix, i, digits) => `${prefix}/obj-${String(i).padStart(digits, "0")}.txt`;
const objectBody = (name) => `Contents of ${name}\n`;

// ---- Swift API (tempauth token, container HEAD) ----

/** A Swift token from tempauth, for the S3 credentials of `conn` (`account:user` + secret). */
async function swiftAuth(conn) {
  const res = await fetch(`${conn.endpoint}/auth/v1.0`, {
    headers: { "X-Auth-User": conn.accessKeyId, "X-Auth-Key": conn.secretAccessKey },
  });
  if (!res.ok) throw new Error(`Swift auth failed: ${res.status} ${await res.text()}`);
  const account = new URL(res.headers.get("x-storage-url")).pathname.split("/")[2]; // /v1/AUTH_x
  return { token: res.headers.get("x-auth-token"), account, storage: `${conn.endpoint}/v1/${account}` };
}

/** Object count of a container as its container server reports it, or -1 when it does not exist. */
async function objectCount(swift, container) {
  const res = await fetch(`${swift.storage}/${encodeURIComponent(container)}`, {
    method: "HEAD",
    headers: { "X-Auth-Token": swift.token },
  });
  if (res.status === 404) return -1;
  if (!res.ok) throw new Error(`HEAD ${container}: ${res.status}`);
  return Number(res.headers.get("x-container-object-count"));
}

// ---- Swift's own disk-file and container-database code, in local processes ----

const DIRECT_PY = String.raw`
import hashlib, json, os, sys, time
spec = json.loads(sys.argv[1])
sys.path.insert(0, spec["local_s3"])
import swift_local
swift_local.use_swift_dir(spec["swift_dir"])  # swift.conf (hash suffix/prefix) of this store
import logging
from swift.common import utils
from swift.common.ring import Ring
from swift.common.storage_policy import POLICIES
from swift.common.utils import Timestamp, hash_path, storage_directory
from swift.container.backend import ContainerBroker, DATADIR
from swift.obj import diskfile

# What the object server does for a PUT, minus the per-object fsync of the file and of its folders
# (one os.sync() at the end), and run inline rather than in eventlet's thread pool.
nop = lambda *a, **kw: None
diskfile.fsync = diskfile.fsync_dir = utils.fsync = utils.fsync_dir = nop
diskfile.tpool.execute = lambda f, *a, **kw: f(*a, **kw)

acc, cont = spec["account"], spec["container"]
worker, workers = spec["worker"], spec["workers"]
cring = Ring(spec["swift_dir"], ring_name="container")
cpart, cnodes = cring.get_nodes(acc, cont)
chash = hash_path(acc, cont)
db = os.path.join(spec["devices"], cnodes[0]["device"], storage_directory(DATADIR, cpart, chash), chash + ".db")
if not os.path.exists(db):
    sys.exit("no container database for %s/%s at %s" % (acc, cont, db))
broker = ContainerBroker(db, account=acc, container=cont)
policy = POLICIES.get_by_index(broker.storage_policy_index)
manager = diskfile.DiskFileRouter({"devices": spec["devices"], "mount_check": "false",
                                   "disable_fallocate": "true"}, logging.getLogger("seed-large"))[policy]
oring = Ring(spec["swift_dir"], ring_name="object")

rows, done, k, last = [], 0, 0, time.time()
def flush():
    global rows
    if rows:
        broker.merge_items(rows)
        rows = []
for prefix, count, digits in spec["groups"]:
    for i in range(1, count + 1):
        k += 1
        if k % workers != worker:
            continue
        name = "%s/obj-%s.txt" % (prefix, str(i).zfill(digits))
        body = ("Contents of %s\n" % name).encode()
        etag = hashlib.md5(body).hexdigest()
        ts = Timestamp.now()
        part, onodes = oring.get_nodes(acc, cont, name)
        df = manager.get_diskfile(onodes[0]["device"], part, acc, cont, name, policy=policy)
        with df.create(size=len(body)) as writer:
            writer.write(body)
            writer.put({"X-Timestamp": ts.internal, "Content-Type": spec["content_type"],
                        "Content-Length": str(len(body)), "ETag": etag})
            writer.commit(ts)
        rows.append({"name": name, "created_at": ts.internal, "size": len(body),
                     "content_type": spec["content_type"], "etag": etag, "deleted": 0,
                     "storage_policy_index": int(policy), "ctype_timestamp": None, "meta_timestamp": None})
        done += 1
        if len(rows) >= 5000:
            flush()
        if time.time() - last > 1:
            last = time.time()
            print(json.dumps({"done": done}), flush=True)
flush()
os.sync()
print(json.dumps({"done": done, "end": True}), flush=True)
`;

function runPython(spec, onDone) {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ["-c", DIRECT_PY, JSON.stringify(spec)], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let buf = "";
    let ended = false;
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const msg = JSON.parse(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        onDone(msg.done);
        if (msg.end) ended = true;
      }
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 && ended ? resolve() : reject(new Error(`seed-large: python worker failed (${code}): ${err.trim()}`)),
    );
  });
}

async function seedDirect(conn, swift, bucket, large, small, progress) {
  const workers = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const counts = new Array(workers).fill(0);
  const base = {
    local_s3: path.resolve(HERE, "../local-s3"),
    swift_dir: path.join(conn.dir, "etc"),
    devices: path.join(conn.dir, "devices"),
    account: swift.account,
    container: bucket,
    groups: groups(large, small),
    content_type: CONTENT_TYPE,
    workers,
  };
  await Promise.all(
    counts.map((_, worker) =>
      runPython({ ...base, worker }, (done) => {
        counts[worker] = done;
        progress(counts.reduce((a, b) => a + b, 0));
      }),
    ),
  );
}

// ---- seeding ----

/**
 * Makes bucket `bucket` with `large/obj-000001.txt` ... (`large` objects) and `small/obj-001.txt` ...
 * (`small` objects) in the local S3 of `conn` (what startLocalS3 returns; `conn.dir` is its folder).
 * Does nothing when already done.
 */
export async function seedLarge(conn, { bucket = "bench", large = 100000, small = 100 } = {}) {
  const total = large + small;
  const marker = path.join(conn.dir, `seeded-large-${SEED_VERSION}-${bucket}-${large}-${small}`);
  const swift = await swiftAuth(conn);
  if (fs.existsSync(marker) && (await objectCount(swift, bucket)) >= total) {
    console.log(`seed-large: bucket ${bucket} already holds its ${total} objects; nothing to do`);
    return { created: 0, seconds: 0 };
  }

  const s3 = new S3Client({
    endpoint: conn.endpoint,
    region: conn.region,
    forcePathStyle: true,
    credentials: { accessKeyId: conn.accessKeyId, secretAccessKey: conn.secretAccessKey },
  });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (e) {
    if (e.name !== "BucketAlreadyOwnedByYou" && e.name !== "BucketAlreadyExists") throw e;
  } finally {
    s3.destroy();
  }

  console.log(`seed-large: creating ${total} objects in bucket ${bucket}`);
  const started = performance.now();
  let lastReport = 0;
  const rate = (n) => {
    const s = (performance.now() - started) / 1000;
    return `${n}/${total} objects, ${s.toFixed(1)} s, ${Math.round(n / s)} objects/s`;
  };
  const progress = (n) => {
    if (performance.now() - lastReport < 2000) return;
    lastReport = performance.now();
    console.log(`seed-large: ${rate(n)}`);
  };
  await seedDirect(conn, swift, bucket, large, small, progress);
  const seconds = (performance.now() - started) / 1000;
  console.log(`seed-large: done, ${rate(total)}`);

  const count = await objectCount(swift, bucket);
  if (count < total) throw new Error(`seed-large: bucket ${bucket} holds ${count} objects, expected ${total}`);
  fs.writeFileSync(marker, new Date().toISOString());
  return { created: total, seconds };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opt = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const dir = path.resolve(opt("dir", ".bench-s3"));
  try {
    const t0 = performance.now();
    const conn = await startLocalS3({ dir });
    console.log(`seed-large: local S3 at ${conn.endpoint} (${dir}), up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await seedLarge(conn);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
