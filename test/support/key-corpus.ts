/**
 * The awkward keys users have: spaces, reserved and sub-delim characters, percent signs,
 * Unicode in both normal forms, emoji, long keys, keys ending in "/", empty segments.
 * Used by the signing parity test and the signing benchmark.
 */
export const AWKWARD_KEY_CORPUS = [
  "a.txt",
  "folder/sub/file.csv",
  "space name.txt",
  "plus+sign=eq&amp;semi;colon:at@dollar$comma,.txt",
  "hash#tag?question.txt",
  "percent%20literal%2F.txt",
  "quote'paren(star)*bang!tilde~.txt",
  "résumé.txt".normalize("NFC"),
  "résumé.txt".normalize("NFD"),
  "ünïcødé/файл/日本語.txt",
  "emoji 😀/🎉.png",
  "ends-with-slash/",
  "double//slash",
  "/leading-slash",
  "brackets[1]{2}<3>|pipe\\backslash^caret`tick\"dq.txt",
  "x".repeat(1000) + ".bin",
];
