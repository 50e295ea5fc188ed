/** Runs once when the server starts: a bad configuration stops start-up with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkStartup } = await import("@/lib/startup");
  checkStartup();
}
