/** Where to go after sign-in: a local path only, never another site ("//evil", "/\\evil"). */
export function safeCallbackPath(value: unknown, fallback = "/b"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
