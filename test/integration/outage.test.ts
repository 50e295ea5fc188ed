import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startRelay } from "../support/relay";
import { loadLib } from "./lib";

describe("a store that is down or stalled", () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;

  beforeAll(async () => {
    const target = new URL(inject("s3").endpoint);
    relay = await startRelay({ host: target.hostname, port: Number(target.port) });
  });
  afterAll(() => relay.close());

  const viaRelay = () =>
    loadLib({ AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${relay.port}`, S3SHARE_S3_TIMEOUT_MS: "1000" });

  it("gives a clear error quickly when the store refuses connections, and recovers", async () => {
    const { list } = await viaRelay();
    await relay.setMode("down");
    const started = Date.now();
    const r = await list.listFolder("demo", "");
    expect(r).toMatchObject({ ok: false, error: { code: "Unreachable" } });
    expect(Date.now() - started).toBeLessThan(10_000);

    await relay.setMode("pass");
    const again = await list.listFolder("demo", "");
    expect(again.ok).toBe(true);
  });

  it("times out on a store that accepts but never answers, and recovers", async () => {
    const { list } = await viaRelay();
    await relay.setMode("stall");
    const r = await list.listFolder("demo", "");
    expect(r).toMatchObject({ ok: false, error: { code: "Timeout" } });

    await relay.setMode("pass");
    expect((await list.listFolder("demo", "")).ok).toBe(true);
  });
});
