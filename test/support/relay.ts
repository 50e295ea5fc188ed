import net from "node:net";

export type RelayMode = "pass" | "stall" | "down";

/**
 * A TCP relay in front of a real server, to play a store that is healthy ("pass"), accepts
 * connections but never answers ("stall"), or is not there at all ("down": connection refused).
 */
export async function startRelay(target: { host: string; port: number }) {
  let mode: RelayMode = "pass";
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === "stall") return; // hold the connection open, say nothing
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    async setMode(next: RelayMode) {
      if (next === mode) return;
      for (const s of sockets) s.destroy();
      if (next === "down") await new Promise<void>((r) => server.close(() => r()));
      if (mode === "down") await listen(port);
      mode = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      if (mode !== "down") await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
