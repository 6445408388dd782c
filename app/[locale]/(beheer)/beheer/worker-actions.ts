"use server";

import { headers } from "next/headers";

import { str } from "@/lib/forms/read-form";
import { redirectAction } from "@/lib/forms/run-action";
import { redirectInLocale } from "@/lib/i18n/redirect-in-locale";
import { clientIp, hit, LIMITS } from "@/lib/rate-limit";
import {
  decideWorkerAccount,
  deleteReferralList,
  registerWorkerAccount,
  saveReferralList,
} from "@/lib/server/workers/worker-accounts";

// Social workers: registration, a moderator's decision on it, saved referral lists. Each runs one use case
// (lib/server/workers/worker-accounts.ts) through lib/forms/run-action.ts.

/** Self-registration. The answer is the same whether the address was known, approved at once or waits. */
export async function registerWorkerAction(form: FormData): Promise<void> {
  const limit = await hit(LIMITS.registerPerIp, clientIp(await headers()));
  if (!limit.ok) return redirectInLocale("/beheer/aanmelden?fout=te-veel");
  const input = { name: str(form, "name"), email: str(form, "email"), organisation: str(form, "organisation") };
  await redirectAction(
    form,
    "/beheer/aanmelden",
    async () => {
      await registerWorkerAccount({ input });
      return "1";
    },
    () => "/beheer/aanmelden?klaar=1",
  );
}

export async function decideWorkerAction(form: FormData): Promise<void> {
  const approve = str(form, "decision") === "approve";
  await redirectAction(form, "/beheer/moderatie", async ({ actor }) => {
    await decideWorkerAccount({ actor, userId: str(form, "user"), approve, reason: str(form, "reason") });
    return "worker";
  });
}

export async function saveListAction(form: FormData): Promise<void> {
  const services = str(form, "services").split(",").filter(Boolean);
  const back = `/beheer/lijsten/nieuw?lijst=${encodeURIComponent(services.join(","))}`;
  await redirectAction(
    form,
    back,
    async ({ actor }) => {
      await saveReferralList({ actor, name: str(form, "name"), services });
      return "saved";
    },
    () => "/beheer/lijsten?resultaat=saved",
  );
}

export async function deleteListAction(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer/lijsten", async ({ actor }) => {
    await deleteReferralList({ actor, listId: str(form, "list") });
    return "deleted";
  });
}
