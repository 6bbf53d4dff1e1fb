import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";

import {
  clearLoginFailures,
  createUserWithTeam,
  getRecentLoginFailures,
  getUserByEmail,
  recordLoginFailure,
} from "@/db/queries/users";
import { authSecret } from "@/lib/auth/secret";
import { verifyPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

/** After this many failures in the window, each attempt waits longer. */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 8_000;

export function loginDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** (failures - FREE_FAILURES));
}

class InvalidLogin extends CredentialsSignin {
  code = "invalid_credentials";
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const { email, password } = parsed.data;

        const failures = await getRecentLoginFailures(email);
        const delay = loginDelayMs(failures);
        if (delay) await new Promise((r) => setTimeout(r, delay));

        const user = await getUserByEmail(email);
        const ok = await verifyPassword(user?.passwordHash, password);
        if (!user || !ok) {
          await recordLoginFailure(email);
          logger.info({ failures: failures + 1 }, "sign-in failed");
          throw new InvalidLogin();
        }
        if (failures) await clearLoginFailures(email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    list.push(
      GitHub({
        clientId: e.AUTH_GITHUB_ID,
        clientSecret: e.AUTH_GITHUB_SECRET,
      }),
    );
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    list.push(
      Google({
        clientId: e.AUTH_GOOGLE_ID,
        clientSecret: e.AUTH_GOOGLE_SECRET,
      }),
    );
  }
  return list;
}

export const oauthProviders = () => {
  const e = env();
  return {
    github: Boolean(e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET),
    google: Boolean(e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET),
  };
};

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/login" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.type === "credentials") return true;
      // OAuth: link to our own user row by verified email.
      if (!user.email) return false;
      const existing = await getUserByEmail(user.email);
      if (!existing) {
        await createUserWithTeam({
          email: user.email,
          name: user.name ?? user.email.split("@")[0] ?? "User",
          passwordHash: null,
          image: user.image ?? null,
        });
      }
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        if (account.type === "credentials") {
          token.uid = user.id;
        } else if (user.email) {
          token.uid = (await getUserByEmail(user.email))?.id;
        }
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
