/** Where to go after sign-in: a local path only, never another site ("//evil", "/\\evil"). */
export function safeCallbackPath(value: unknown, fallback = "/b"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  // URL parsers drop tabs and newlines and read "\\" as "/": "/\t/evil" would become "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(value) || value.startsWith("//")) return fallback;
  return value;
}
