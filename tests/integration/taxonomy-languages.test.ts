import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors/app-error";
import { problemText } from "@/lib/i18n/problems";
import { termName } from "@/lib/i18n/term-name";
import { readFacilitySearchParams, ZFacilitySearchQuery } from "@/lib/schemas/facility-search";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";
import { updateTaxonomy } from "@/lib/server/taxonomy/taxonomy-admin";
import { getTermLabels } from "@/lib/server/taxonomy/taxonomy-labels";
import { addTerm, setTermRetired } from "@/lib/server/taxonomy/term-lifecycle";

import { createEditWorld, type EditWorld } from "../support/edit-fixture";

// Issue 14 §4: the taxonomy's names in every language live in the database and moderators edit them; they add terms
// and retire them. The filters and the input checks of every search read the database's terms (cached), not the
// shipped list.

let w: EditWorld;
beforeAll(async () => {
  w = await createEditWorld("taxonomy-languages");
}, 120_000);
afterAll(async () => {
  await w?.drop();
});

/** A search link's service codes, checked as the API and the pages check them. */
const checkServices = (codes: string) =>
  ZFacilitySearchQuery.safeParse(readFacilitySearchParams(new URLSearchParams(`near=52.09,5.12&service=${codes}`)));
const term = async (code: string) => w.db.taxonomyTerm.findUniqueOrThrow({ where: { code } });
const row = (t: Awaited<ReturnType<typeof term>>, names?: Record<string, string>) => ({
  code: t.code,
  label_nl: t.labelNl,
  label_en: t.labelEn,
  sort_order: t.sortOrder,
  names,
});

describe("the taxonomy in the database, per language", () => {
  it("comes with the shipped names in Arabic, Turkish, Polish and Ukrainian, and moderators change them", async () => {
    const inloop = await term("inloop");
    expect(Object.keys(inloop.labels as object).sort()).toEqual(["ar", "pl", "tr", "uk"]);
    await updateTaxonomy(w.db, w.actors.moderator, [row(inloop, { ar: "دخول بلا موعد", uk: "" })]);
    const after = await term("inloop");
    expect(after.labels).toMatchObject({ ar: "دخول بلا موعد", tr: (inloop.labels as Record<string, string>).tr });
    expect(after.labels).not.toHaveProperty("uk"); // emptied: no name in Ukrainian now
    await getTermLabels(w.pool);
    const t = { code: "inloop", name: after.labelNl, name_en: after.labelEn };
    expect(termName(t, "ar")).toBe("دخول بلا موعد");
    expect(termName(t, "uk")).toBe(after.labelEn); // English until it has one
    const audit = await w.db.auditEvent.findFirstOrThrow({
      where: { action: "taxonomy.update" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ names: { ar: "دخول بلا موعد" } });
  });

  it("adds a term moderators make: last of its kind, in the filters and accepted in links; a code is never reused", async () => {
    expect(checkServices("buurtmaaltijd").success).toBe(false);
    await addTerm(w.db, w.actors.moderator, {
      code: "buurtmaaltijd",
      kind: "service",
      label_nl: "Buurtmaaltijd",
      label_en: "Community meal",
      names: { ar: "وجبة الحي", tr: "", pl: "", uk: "" },
    });
    const { services } = await listTaxonomy(w.db);
    expect(services.at(-1)).toEqual({ code: "buurtmaaltijd", name: "Buurtmaaltijd", name_en: "Community meal" });
    expect((await term("buurtmaaltijd")).labels).toEqual({ ar: "وجبة الحي" });
    await getTermLabels(w.pool);
    expect(checkServices("buurtmaaltijd").success).toBe(true);
    const again = { code: "buurtmaaltijd", kind: "audience", label_nl: "Iets", label_en: "Something" };
    await expect(addTerm(w.db, w.actors.moderator, again)).rejects.toMatchObject({ code: "invalid", field: "code" });
    await expect(addTerm(w.db, w.actors.moderator, { ...again, code: "Buurt Maaltijd" })).rejects.toThrow();
  });

  it("retires a term: gone from the filters, an old link is told so in its language; offered again it is back", async () => {
    const before = await w.db.serviceTerm.count({ where: { termCode: "repair-cafe" } });
    expect(before).toBeGreaterThan(0);
    expect(await setTermRetired(w.db, w.actors.moderator, "repair-cafe", true)).toBe(true);
    expect(await setTermRetired(w.db, w.actors.moderator, "repair-cafe", true)).toBe(false); // already
    expect((await listTaxonomy(w.db)).services.map((s) => s.code)).not.toContain("repair-cafe");
    expect(await w.db.serviceTerm.count({ where: { termCode: "repair-cafe" } })).toBe(before); // services keep it
    await getTermLabels(w.pool);
    const old = checkServices("repair-cafe");
    expect(old.success).toBe(false);
    const detail = old.error!.issues[0]!.message;
    expect(detail).toMatch(/^service code "repair-cafe" is no longer used; use one of: /);
    expect(problemText({ parameter: "service", detail }, "nl")).toContain("Deze keuze bestaat niet meer");
    expect(problemText({ parameter: "service", detail }, "ar")).toContain("هذا الاختيار لم يعد موجودًا");
    expect(checkServices("bestaat-niet").error!.issues[0]!.message).toMatch(/^unknown service code/);

    expect(await setTermRetired(w.db, w.actors.moderator, "repair-cafe", false)).toBe(true);
    expect((await listTaxonomy(w.db)).services.map((s) => s.code)).toContain("repair-cafe");
    await getTermLabels(w.pool);
    expect(checkServices("repair-cafe").success).toBe(true);
  });

  it("is for moderators only", async () => {
    const status = async (p: Promise<unknown>) =>
      p.then(() => "ok").catch((e) => (e instanceof AppError ? e.status : e));
    const t = { code: "nog-een", kind: "service", label_nl: "Nog een", label_en: "One more" };
    expect(await status(addTerm(w.db, w.actors.editor, t))).toBe(403);
    expect(await status(addTerm(w.db, null, t))).toBe(401);
    expect(await status(setTermRetired(w.db, w.actors.editor, "inloop", true))).toBe(403);
    expect(await status(setTermRetired(w.db, w.actors.moderator, "bestaat-niet", true))).toBe(404);
  });
});
