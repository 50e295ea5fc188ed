import fs from "node:fs";

/**
 * A file read on demand and parsed again only when it changes (inode, mtime or size), so an
 * admin's edit applies without a restart and an unchanged file costs one stat().
 * `missing` is what a file that does not exist reads as; parse errors propagate.
 */
export function watchedFile<T>(parse: (text: string, file: string) => T, missing: (file: string) => T) {
  let cache: { file: string; version: string; value: T } | undefined;
  return {
    read(file: string): T {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        return missing(file);
      }
      // A rewrite by rename gives a new inode, so this changes even within one clock tick.
      const version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
      if (cache?.file === file && cache.version === version) return cache.value;
      const value = parse(fs.readFileSync(file, "utf8"), file);
      cache = { file, version, value };
      return value;
    },
    forget() {
      cache = undefined;
    },
  };
}
