/**
 * Structured JSON logs, one line per event. Values that look like presigned URLs are redacted:
 * a presigned URL is a credential and must never reach a log whole.
 */

const SECRET_PARAMS = /([?&](?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)[^&\s"']*/gi;

export function redactUrl(text: string): string {
  return text.replace(SECRET_PARAMS, "$1REDACTED");
}

type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", event: string, fields: Fields = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "info" ? process.stdout : process.stderr).write(redactUrl(line) + "\n");
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
