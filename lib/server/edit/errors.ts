import "server-only";

import { AppError, type AppErrorCode, type Bilingual } from "../../errors/app-error";

// The edit layer's failures are AppErrors (lib/errors). This module keeps the edit layer's older constructor
// `new EditError(status, text, field?)` working: the code follows from the status.

export {
  AppError,
  ConflictError,
  forbidden,
  missing,
  unauthenticated,
  type Bilingual,
  type Change,
} from "../../errors/app-error";

const CODE_OF_STATUS = {
  400: "invalid",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  428: "precondition_required",
} as const satisfies Record<number, AppErrorCode>;

/** `instanceof EditError` holds for every AppError (the name callers and tests of the edit layer know). */
export class EditError extends AppError {
  static override [Symbol.hasInstance](v: unknown): boolean {
    return v instanceof AppError;
  }

  constructor(status: keyof typeof CODE_OF_STATUS, text: Bilingual, field?: string) {
    super(CODE_OF_STATUS[status], { messages: text, ...(field ? { field } : {}) });
  }
}
