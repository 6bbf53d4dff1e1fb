/**
 * Who the mocked `auth()` says is signed in, and the team cookie. A test
 * sets it before calling server actions directly, as that user's browser
 * would. The test file wires it in with vi.mock (see actions.test.ts).
 */
export const session = {
  userId: null as string | null,
  teamCookie: null as string | null,
};

export function signInAs(user: { id: string } | null, teamId?: string) {
  session.userId = user?.id ?? null;
  session.teamCookie = teamId ?? null;
}

export async function mockAuth() {
  return {
    auth: async () =>
      session.userId ? { user: { id: session.userId } } : null,
  };
}

export async function mockHeaders() {
  return {
    cookies: async () => ({
      get: (name: string) =>
        name === "icp_team" && session.teamCookie
          ? { name, value: session.teamCookie }
          : undefined,
    }),
    headers: async () => new Headers(),
  };
}
