"use server";
import { z } from "zod";
import { defineAction } from "./define";

/**
 * Is my session still good? The console's pages ask now and then, to tell a person their session
 * ended before they fill in a form. Does nothing else, so it is also the baseline the share
 * benchmark measures against.
 */
export const pingAction = defineAction({
  name: "ping",
  input: z.object({}).default({}),
  requires: () => ({ signedIn: true }),
  async run() {
    return { ok: true, data: null };
  },
});
