import "server-only";

import { AppError } from "../../errors/app-error";
import type { Duplicate } from "../../import/types";

/** "This place may be listed already": the form shows it at the "it is another place" box (field not_duplicate). */
export const possibleDuplicate = (d: Duplicate): AppError =>
  new AppError("invalid", {
    field: "not_duplicate",
    messages: {
      nl: `Deze plek staat er misschien al in: ${d.existing.name} (${d.why.nl}). Is het echt een andere plek? Vink dan het vakje aan en meld haar opnieuw aan.`,
      en: `This place may be listed already: ${d.existing.name} (${d.why.en}). Is it really another place? Tick the box and propose it again.`,
    },
  });
