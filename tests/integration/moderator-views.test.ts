import { describe, expect, it } from "vitest";

import type { Actor, UserActor } from "@/lib/auth/actor";
import { EditError } from "@/lib/server/edit/errors";
import { moderationOverview, unmetNeedsOverview } from "@/lib/server/moderation/moderator-views";

// The moderators' views check the acting person themselves, not only the page in front of them (issue 13).

const person = (role: UserActor["role"], orgs: [string, "editor" | "org_admin"][] = []): Actor => ({
  kind: "user",
  id: "00000000-0000-4000-8000-0000000000aa",
  label: "Test",
  email: "test@example.org",
  role,
  orgs: new Map(orgs),
  facilities: new Set(),
});

const refusal = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof EditError ? e.status : e),
  );

describe("moderator views", () => {
  it("refuse nobody signed in, an editor, an org admin and an API token", async () => {
    const token: Actor = {
      kind: "token",
      id: "t",
      label: "token",
      organizationId: "00000000-0000-4000-8000-0000000000bb",
    };
    for (const [who, expected] of [
      [null, 401],
      [person("user", [["x", "editor"]]), 403],
      [person("user", [["x", "org_admin"]]), 403],
      [token, 403],
    ] as const) {
      expect(await refusal(moderationOverview({ actor: who }))).toBe(expected);
      expect(await refusal(unmetNeedsOverview({ actor: who }))).toBe(expected);
    }
  });

  it("answer a moderator", async () => {
    const { queue, reports, workers } = await moderationOverview({ actor: person("moderator") });
    expect(Array.isArray(queue) && Array.isArray(reports) && Array.isArray(workers)).toBe(true);
    const { cells, terms } = await unmetNeedsOverview({ actor: person("admin") });
    expect(Array.isArray(cells)).toBe(true);
    expect(terms.length).toBeGreaterThan(10);
  });
});
