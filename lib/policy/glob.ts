/**
 * Glob patterns for bucket names and object keys:
 *   `*`  any run of characters except "/"     `**` any run, "/" included
 *   `?`  one character except "/"             anything else matches itself
 * Matching runs a small NFA over code points, which also answers "could any key that starts
 * with this prefix match?", the question a folder listing asks.
 */

type Token = { kind: "char"; char: string } | { kind: "one" } | { kind: "star" } | { kind: "globstar" };

export type Glob = {
  source: string;
  /** The whole string matches. */
  matches(s: string): boolean;
  /** Some string that starts with `prefix` matches. */
  matchesSomethingUnder(prefix: string): boolean;
};

function tokenize(pattern: string): Token[] {
  const chars = [...pattern];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*" && chars[i + 1] === "*") {
      tokens.push({ kind: "globstar" });
      while (chars[i + 1] === "*") i++;
    } else if (c === "*") tokens.push({ kind: "star" });
    else if (c === "?") tokens.push({ kind: "one" });
    else tokens.push({ kind: "char", char: c });
  }
  return tokens;
}

export function compileGlob(pattern: string): Glob {
  const tokens = tokenize(pattern);
  const end = tokens.length;

  // States are token indexes; a star or globstar may also match nothing.
  const closure = (states: Set<number>) => {
    const out = new Set<number>();
    for (let s of states) {
      out.add(s);
      while (s < end && (tokens[s].kind === "star" || tokens[s].kind === "globstar")) out.add(++s);
    }
    return out;
  };

  const run = (input: string) => {
    let states = closure(new Set([0]));
    for (const c of input) {
      const next = new Set<number>();
      for (const s of states) {
        if (s === end) continue;
        const t = tokens[s];
        if (t.kind === "char" && t.char === c) next.add(s + 1);
        else if (t.kind === "one" && c !== "/") next.add(s + 1);
        else if (t.kind === "star" && c !== "/") next.add(s);
        else if (t.kind === "globstar") next.add(s);
      }
      states = closure(next);
      if (states.size === 0) break;
    }
    return states;
  };

  return {
    source: pattern,
    matches: (s) => run(s).has(end),
    // Any state still alive can reach the end: every remaining pattern matches some string.
    matchesSomethingUnder: (prefix) => run(prefix).size > 0,
  };
}
