/**
 * Objects the console has just seen exist (in a listing or a HEAD), remembered for a few seconds,
 * so that "open a folder, click Share" asks the store once, not twice. A link to an object deleted
 * within that window is the only cost; after it, the store is asked again.
 */
export class KnownObjects {
  private seen = new Map<string, number>();

  constructor(
    private ttlMs: number,
    private maxEntries: number,
    private now: () => number = Date.now,
  ) {}

  private id(bucket: string, key: string, versionId?: string) {
    return `${bucket}\n${versionId ?? ""}\n${key}`;
  }

  remember(bucket: string, key: string, versionId?: string) {
    if (this.ttlMs <= 0) return;
    const id = this.id(bucket, key, versionId);
    this.seen.delete(id); // re-insert at the end: Map order is the eviction order
    this.seen.set(id, this.now() + this.ttlMs);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
  }

  has(bucket: string, key: string, versionId?: string): boolean {
    const id = this.id(bucket, key, versionId);
    const until = this.seen.get(id);
    if (until === undefined) return false;
    if (until < this.now()) {
      this.seen.delete(id);
      return false;
    }
    return true;
  }

  forget(bucket: string, key: string, versionId?: string) {
    this.seen.delete(this.id(bucket, key, versionId));
  }
}
