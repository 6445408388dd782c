"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";

import { sendPasswordLink } from "@/lib/auth/password-link";
import { currentActor } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { clientIp, hit, LIMITS } from "@/lib/rate-limit";
import { fieldErrors } from "@/lib/schemas/edit";
import { EditError } from "@/lib/server/edit/errors";
import { problemQuery } from "@/lib/server/signed-text";
import { decideWorker, deleteList, registerWorker, saveList } from "@/lib/server/workers";

import { localeOf, str } from "./form-data";

/** Self-registration. The answer is the same whether the address was known, approved at once or waits. */
export async function registerWorkerAction(form: FormData): Promise<void> {
  const limit = await hit(LIMITS.registerPerIp, clientIp(await headers()));
  if (!limit.ok) redirect("/beheer/aanmelden?fout=te-veel");
  let target = "/beheer/aanmelden?klaar=1";
  try {
    const r = await registerWorker(getPrisma(), {
      name: str(form, "name"),
      email: str(form, "email"),
      organisation: str(form, "organisation"),
    });
    if (r.outcome === "approved") await sendPasswordLink(r.email);
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    const errs = fieldErrors(e, localeOf(form));
    target = `/beheer/aanmelden?${problemQuery(
      Object.entries(errs)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; "),
    )}`;
  }
  redirect(target);
}

export async function decideWorkerAction(form: FormData): Promise<void> {
  let target = "/beheer/moderatie?resultaat=worker";
  try {
    const approve = str(form, "decision") === "approve";
    const r = await decideWorker(getPrisma(), await currentActor(), str(form, "user"), approve, str(form, "reason"));
    if (approve) await sendPasswordLink(r.email);
  } catch (e) {
    if (!(e instanceof EditError)) throw e;
    target = `/beheer/moderatie?${problemQuery(e.text[localeOf(form)])}`;
  }
  redirect(target);
}

export async function saveListAction(form: FormData): Promise<void> {
  const services = str(form, "services").split(",").filter(Boolean);
  let target = "/beheer/lijsten?resultaat=saved";
  try {
    await saveList(getPrisma(), await currentActor(), { name: str(form, "name"), services });
  } catch (e) {
    const back = `/beheer/lijsten/nieuw?lijst=${encodeURIComponent(services.join(","))}`;
    if (e instanceof ZodError)
      target = `${back}&${problemQuery(Object.values(fieldErrors(e, localeOf(form))).join(" "))}`;
    else if (e instanceof EditError) target = `${back}&${problemQuery(e.text[localeOf(form)])}`;
    else throw e;
  }
  redirect(target);
}

export async function deleteListAction(form: FormData): Promise<void> {
  let target = "/beheer/lijsten?resultaat=deleted";
  try {
    await deleteList(getPrisma(), await currentActor(), str(form, "list"));
  } catch (e) {
    if (!(e instanceof EditError)) throw e;
    target = `/beheer/lijsten?${problemQuery(e.text[localeOf(form)])}`;
  }
  redirect(target);
}
