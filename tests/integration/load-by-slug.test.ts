import { describe, expect, it, vi } from "vitest";

import { loadBySlug } from "@/lib/server/listings/load-by-slug";

// loadBySlug answers null and leaves the 404 to the page (lib/server does not use next/navigation).
const props = (slug: string) => ({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });

describe("loadBySlug", () => {
  it("returns null for a malformed slug without asking the database", async () => {
    const find = vi.fn(async () => ({ id: 1 }));
    expect(await loadBySlug(props("Niet Een Slug!"), find)).toBeNull();
    expect(find).not.toHaveBeenCalled();
  });
  it("returns null for an unknown slug and the row for a known one", async () => {
    expect(await loadBySlug(props("bestaat-niet"), async () => null)).toBeNull();
    expect(await loadBySlug(props("buurthuis-de-linde"), async (_db, slug) => ({ slug }))).toEqual({
      slug: "buurthuis-de-linde",
    });
  });
});
