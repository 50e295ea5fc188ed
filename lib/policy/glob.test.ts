import { describe, expect, it } from "vitest";
import { compileGlob } from "./glob";

describe("compileGlob().matches", () => {
  it.each([
    ["demo", "demo", true],
    ["demo", "demo2", false],
    ["logs-*", "logs-2024", true],
    ["logs-*", "logs-", true],
    ["logs-*", "log", false],
    ["*", "a/b", false],
    ["**", "a/b/c", true],
    ["**", "", true],
    ["reports/**", "reports/2024/q1/a.txt", true],
    ["reports/**", "reports/", true],
    ["reports/**", "reportsX/a", false],
    ["reports/*", "reports/a.txt", true],
    ["reports/*", "reports/2024/a.txt", false],
    ["*/public/**", "team/public/x/y", true],
    ["*/public/**", "a/b/public/x", false],
    ["**/*.pdf", "a/b/c.pdf", true],
    ["**/*.pdf", "c.pdf", false],
    ["**.pdf", "c.pdf", true],
    ["file?.txt", "file1.txt", true],
    ["file?.txt", "file/.txt", false],
    ["ünï*/файл", "ünïcødé/файл", true],
    ["a+b (1)/[x]", "a+b (1)/[x]", true],
  ])("%j matches %j: %s", (pattern, input, expected) => {
    expect(compileGlob(pattern).matches(input)).toBe(expected);
  });
});

describe("compileGlob().matchesSomethingUnder", () => {
  it.each([
    ["reports/**", "", true],
    ["reports/**", "reports/", true],
    ["reports/**", "reports/2024/", true],
    ["reports/**", "photos/", false],
    ["reports/2024/**", "reports/", true],
    ["reports/2024/**", "reports/2025/", false],
    ["reports/*", "reports/2024/", false],
    ["*/public/**", "team/", true],
    ["*/public/**", "team/private/", false],
    ["**/*.pdf", "anything/deep/", true],
    ["exact.txt", "", true],
    ["exact.txt", "e", true],
    ["exact.txt", "x", false],
  ])("%j under %j: %s", (pattern, prefix, expected) => {
    expect(compileGlob(pattern).matchesSomethingUnder(prefix)).toBe(expected);
  });
});
