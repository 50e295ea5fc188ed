/**
 * Structured JSON logs, one line per event. Values that look like presigned URLs are redacted:
 * a presigned URL is a credential and must never reach a log whole.
 */

// Also in the percent-encoded form of a URL nested in another one's query (%26 is "&", %3D "=").
const SECRET_PARAMS =
  /((?:[?&]|%26|%3F)(?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)(?:=|%3D))(?:(?!%26)[^&\s"'<>])*/gi;

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
