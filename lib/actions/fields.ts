import { z } from "zod";

/** Input pieces shared by the actions. */
export const fields = {
  bucket: z
    .string({ error: "A bucket name is required." })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/, "That is not a valid bucket name."),
  key: z
    .string({ error: "An object key is required." })
    .min(1, "An object key is required.")
    .refine((k) => Buffer.byteLength(k, "utf8") <= 1024, "Object keys are at most 1024 bytes."),
  prefix: z
    .string()
    .refine((k) => Buffer.byteLength(k, "utf8") <= 1024, "Folder paths are at most 1024 bytes.")
    .default(""),
  versionId: z.string().min(1).max(1024).optional(),
};
