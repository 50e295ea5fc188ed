import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@sum", "'@sum"],
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [true, "true"],
  ])("%j → %j", (input, out) => expect(csvCell(input)).toBe(out));
});

describe("csvRow", () => {
  it("joins cells and ends with CRLF", () => {
    expect(csvRow(["a", "b,c", 1])).toBe('a,"b,c",1\r\n');
  });
});
