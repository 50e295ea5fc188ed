// The sample data of the demo and of the tests: what `seed` puts in the local S3, and what the
// tests expect to find there. Bodies are deterministic so a test can compare bytes.

export const DEMO_BUCKET = "demo";
export const VERSIONED_BUCKET = "versioned";
export const EMPTY_BUCKET = "empty";

/** More objects than one page (S3SHARE_PAGE_SIZE, 200 by default) holds, so paging shows. */
export const BIG_FOLDER = "big/";
export const BIG_FOLDER_COUNT = 450;

const NFC = "résumé".normalize("NFC");
const NFD = "résumé".normalize("NFD");

/** Awkward keys: every one must list, navigate, show and share. */
export const AWKWARD_KEYS = [
  "awkward/space name.txt",
  "awkward/plus+sign.txt",
  "awkward/hash#tag.txt",
  "awkward/question?mark.txt",
  "awkward/percent%20literal.txt",
  "awkward/equals=sign&amp.txt",
  // the same name in composed and decomposed Unicode: two keys that look alike
  `awkward/${NFC}.txt`,
  `awkward/${NFD}.txt`,
  "awkward/ünïcødé/файл.txt",
  "awkward/日本語のファイル.txt",
  "awkward/ends-with-slash/",
  // 1024 bytes, the longest key S3 allows
  "awkward/long/" + "x".repeat(1024 - "awkward/long/".length - ".txt".length) + ".txt",
];

export const DOWNLOAD_NAME_KEY = `awkward/Ünïcødé report — 2024 “final”.txt`;

function text(key) {
  return `Contents of ${key}\n`;
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f97316"/><stop offset="1" stop-color="#7c3aed"/></linearGradient></defs>
<rect width="320" height="180" fill="url(#sky)"/><circle cx="160" cy="130" r="40" fill="#fde047"/>
<rect y="130" width="320" height="50" fill="#1e3a8a"/></svg>
`;

/** Objects of the demo bucket: { key, body, contentType }. */
export function demoObjects() {
  const objects = [
    { key: "README.txt", body: "Sample data for S3 Share Console.\nOpen a folder, pick a file, click Share.\n", contentType: "text/plain; charset=utf-8" },
    { key: "reports/2024/q1/summary.txt", body: text("reports/2024/q1/summary.txt"), contentType: "text/plain; charset=utf-8" },
    { key: "reports/2024/q2/summary.txt", body: text("reports/2024/q2/summary.txt"), contentType: "text/plain; charset=utf-8" },
    { key: "reports/2024/q1/figures.csv", body: "month,revenue\njan,100\nfeb,120\nmar,140\n", contentType: "text/csv" },
    { key: "reports/2025/annual-report.csv", body: "year,revenue\n2025,1540\n", contentType: "text/csv" },
    { key: "photos/sunset.svg", body: SVG, contentType: "image/svg+xml" },
    { key: "empty-folder/", body: "", contentType: "application/x-directory" },
    { key: DOWNLOAD_NAME_KEY, body: text(DOWNLOAD_NAME_KEY), contentType: "text/plain; charset=utf-8" },
    ...AWKWARD_KEYS.map((key) => ({ key, body: text(key), contentType: "text/plain; charset=utf-8" })),
  ];
  for (let i = 1; i <= BIG_FOLDER_COUNT; i++) {
    const key = `${BIG_FOLDER}item-${String(i).padStart(4, "0")}.txt`;
    objects.push({ key, body: text(key), contentType: "text/plain; charset=utf-8" });
  }
  return objects;
}

/** Bodies of notes.txt in the versioned bucket, oldest first. */
export const NOTE_VERSIONS = ["First draft.\n", "Second draft, with edits.\n", "Final version.\n"];
