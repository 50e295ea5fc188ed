import { currentAccess } from "@/lib/auth/auth";
import { csvRow } from "@/lib/csv";
import { listShares } from "@/lib/db/queries";
import { parseLinkFilters } from "@/lib/links/filters";
import { log } from "@/lib/log";

const HEADER = ["id", "created_at", "user", "bucket", "key", "version_id", "expires_in_seconds", "requested_expires_at", "expires_at", "download", "client_ip", "user_agent", "fingerprint"];

/** The activity log as CSV, with the page's filters. Admins only. */
export async function GET(request: Request) {
  const access = await currentAccess();
  if (!access) return new Response("Sign in first.\n", { status: 401 });
  if (!access.admin) return new Response("Only administrators may export the activity log.\n", { status: 403 });

  const { filter } = parseLinkFilters(Object.fromEntries(new URL(request.url).searchParams));
  log.info("activity.export", { user: access.user.username, ...filter });
  const encoder = new TextEncoder();
  let before: number | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(HEADER)));
    },
    // One page of rows per pull: a large log streams without being held in memory, and no
    // query stays open between pulls to block the links being recorded meanwhile.
    pull(controller) {
      const page = listShares(filter, { limit: 1000, beforeId: before });
      const text = page
        .map((r) => csvRow([r.id, r.createdAt, r.username, r.bucket, r.key, r.versionId, r.expiresIn, r.requestedExpiresAt, r.expiresAt, r.download, r.clientIp, r.userAgent, r.fingerprint]))
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (page.length < 1000) controller.close();
      else before = page.at(-1)!.id;
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="s3-share-activity-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
