import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

/** Splits the header into its plain `filename` and decoded `filename*` values. */
function parse(header: string) {
  const match = /^attachment; filename="((?:[^"\\]|\\.)*)"; filename\*=UTF-8''(\S*)$/.exec(header);
  if (!match) throw new Error(`unexpected header: ${header}`);
  return { fallback: match[1], encoded: match[2], decoded: decodeURIComponent(match[2]) };
}

/** RFC 5987 attr-char, plus "%" for pct-encoded octets. */
const ATTR_CHARS = /^[A-Za-z0-9!#$&+\-.^_`|~%]*$/;

describe("attachmentDisposition", () => {
  it("sends an ASCII name unchanged in both parameters", () => {
    expect(attachmentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
  });

  it("replaces a double quote and a backslash in the fallback, and encodes them in filename*", () => {
    const header = attachmentDisposition('a"b\\c.txt');
    expect(header).toBe(`attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`);
    expect(parse(header).decoded).toBe('a"b\\c.txt');
  });

  it("gives a non-ASCII name an ASCII fallback with underscores and a UTF-8 filename*", () => {
    const header = attachmentDisposition("résumé.pdf");
    expect(header).toBe(`attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
  });

  it("replaces every Cyrillic letter in the fallback", () => {
    const { fallback, decoded } = parse(attachmentDisposition("файл.txt"));
    expect(fallback).toBe("____.txt");
    expect(decoded).toBe("файл.txt");
  });

  it("keeps the fallback pure printable ASCII", () => {
    for (const name of ["résumé.pdf", "файл.txt", "日本語.doc", "tab\there", "a\r\nb", "😀.txt", "nul\u0000.bin", "del\u007f"]) {
      const { fallback } = parse(attachmentDisposition(name));
      expect(fallback).toMatch(/^[\x20-\x7e]*$/);
      expect(fallback).not.toMatch(/["\\]/);
    }
  });

  it("replaces control characters such as CR and LF, so no header can be injected", () => {
    const header = attachmentDisposition("a\r\nSet-Cookie: x");
    expect(header).not.toMatch(/[\r\n]/);
    expect(parse(header).fallback).toBe("a__Set-Cookie: x");
    expect(parse(header).encoded).toBe("a%0D%0ASet-Cookie%3A%20x");
  });

  it("encodes NFD input as NFC", () => {
    const nfd = "re\u0301sume\u0301.pdf";
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    const header = attachmentDisposition(nfd);
    expect(header).toBe(attachmentDisposition("résumé.pdf"));
    expect(parse(header).encoded).toBe("r%C3%A9sum%C3%A9.pdf");
    // NFC "é" is one character, so one underscore, not "e_".
    expect(parse(header).fallback).toBe("r_sum_.pdf");
  });

  it("percent-encodes ' ( ) * in filename*, which encodeURIComponent leaves alone", () => {
    const { encoded, fallback } = parse(attachmentDisposition("it's (1)*.txt"));
    expect(encoded).toBe("it%27s%20%281%29%2A.txt");
    expect(fallback).toBe("it's (1)*.txt");
  });

  it("only uses RFC 5987 attr-chars in filename*", () => {
    for (const name of ["it's (1)*.txt", "a b+c&d=e;f,g.txt", "résumé.pdf", "[x]{y}<z>@?#.bin", "100%.txt", "~!^`|$.txt"]) {
      expect(parse(attachmentDisposition(name)).encoded).toMatch(ATTR_CHARS);
    }
  });

  it('names an empty file "download"', () => {
    expect(attachmentDisposition("")).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });

  it.each([
    "report.pdf",
    "résumé.pdf",
    "re\u0301sume\u0301.pdf",
    "Ångström Ünïcödé.txt",
    "файл.txt",
    "日本語のファイル.doc",
    "😀 emoji.txt",
    "it's (1)*.txt",
    'quote"and\\backslash',
    "100% sure.txt",
    "a+b=c&d.txt",
  ])("decoding filename* of %j gives back its NFC form", (name) => {
    expect(parse(attachmentDisposition(name)).decoded).toBe(name.normalize("NFC"));
  });
});

describe("attachmentDisposition with astral and broken characters", () => {
  it("gives one underscore per emoji in the ASCII fallback", () => {
    expect(attachmentDisposition("😀.txt")).toContain('filename="_.txt"');
  });
  it("replaces a lone surrogate instead of throwing", () => {
    expect(attachmentDisposition("a\uD800.txt")).toContain("filename*=UTF-8''a%EF%BF%BD.txt");
  });
});
