import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { isAdmin } from "@/lib/policy";
import { policyContext } from "@/lib/policy/load";
import { checkPassword, findUser, type User } from "./users";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  session: { strategy: "jwt", maxAge: config().sessionMaxAgeSeconds },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await checkPassword(config().usersFile, parsed.data.username, parsed.data.password);
        log.info("sign-in", { username: parsed.data.username, ok: !!user });
        if (!user) throw new CredentialsSignin();
        return { id: user.username, name: user.username };
      },
    }),
  ],
  logger: {
    // A wrong password is an expected event (logged above), not an error with a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error("auth", { error: error.name, message: error.message });
    },
    warn(code) {
      log.warn("auth", { code });
    },
  },
}));

/**
 * The signed-in user, or undefined. Checks the users file too, so removing someone from it ends
 * their sessions at once rather than when the session cookie expires. Cached per request: the
 * layout, the page and the actions it calls decrypt the session cookie once between them.
 */
export const currentUser = cache(async (): Promise<User | undefined> => {
  const session = await auth();
  const username = session?.user?.name;
  if (!username) return undefined;
  return findUser(config().usersFile, username);
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<User> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** The signed-in user and whether the policy makes them an admin; undefined when signed out. */
export async function currentAccess(): Promise<{ user: User; admin: boolean } | undefined> {
  const user = await currentUser();
  return user && { user, admin: isAdmin(user, policyContext()) };
}
