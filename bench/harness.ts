/**
 * A tiny benchmark harness. This machine is shared and noisy, so contenders run in alternating
 * rounds (A B C A B C …) and each is summarised by its median round: noise hits all of them alike,
 * and the ratios between them are what to read.
 */

export type Contender = { name: string; run: (i: number) => unknown | Promise<unknown> };
export type Figure = { name: string; perOpMicros: number; opsPerSecond: number };

/** Calls `run` in a loop for ~`ms` and returns operations per second. */
async function round(c: Contender, ms: number): Promise<number> {
  let ops = 0;
  const start = performance.now();
  let now = start;
  // Batches keep the clock out of the measurement; async contenders are awaited one by one.
  while (now - start < ms) {
    for (let k = 0; k < 64; k++) {
      const r = c.run(ops++);
      if (r instanceof Promise) await r;
    }
    now = performance.now();
  }
  return (ops / (now - start)) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function compare(contenders: Contender[], { rounds = 7, roundMs = 300, warmupMs = 300 } = {}): Promise<Figure[]> {
  for (const c of contenders) await round(c, warmupMs);
  const results = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) for (const c of contenders) results.get(c.name)!.push(await round(c, roundMs));
  return contenders.map((c) => {
    const ops = median(results.get(c.name)!);
    return { name: c.name, opsPerSecond: ops, perOpMicros: 1e6 / ops };
  });
}

export function table(rows: Record<string, string | number>[]): string {
  const cols = Object.keys(rows[0]);
  const cell = (v: string | number) => (typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : v);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(cell(r[c])).length)));
  const line = (vals: string[]) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => String(cell(r[c])))))].join("\n");
}

export function heading(title: string) {
  console.log(`\n## ${title}\n`);
}
