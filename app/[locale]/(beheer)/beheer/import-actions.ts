"use server";

import { str } from "@/lib/forms/read-form";
import { redirectAction } from "@/lib/forms/run-action";
import { carryOut, checkUpload, rejectBatch } from "@/lib/server/import/import-batches";

// The import's three buttons: check a file (dry run, kept as a batch), import it (or offer it to a moderator), and a
// moderator's "turn down". Each runs one use case, which checks the rights itself.

export async function checkImportFile(form: FormData): Promise<void> {
  const file = form.get("file");
  await redirectAction(
    form,
    "/beheer/import",
    async ({ actor }) =>
      checkUpload({
        actor,
        organizationId: str(form, "organization"),
        fileName: file instanceof File ? file.name : "",
        bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
        format: str(form, "format"),
      }),
    (id) => `/beheer/import/${id}`,
  );
}

export async function carryOutImport(form: FormData): Promise<void> {
  const id = str(form, "id");
  await redirectAction(form, `/beheer/import/${id}`, async ({ actor }) => carryOut({ actor, batchId: id }));
}

export async function rejectImport(form: FormData): Promise<void> {
  const id = str(form, "id");
  await redirectAction(form, `/beheer/import/${id}`, async ({ actor }) => {
    await rejectBatch({ actor, batchId: id });
    return "rejected";
  });
}
