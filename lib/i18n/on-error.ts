import { IntlErrorCode, type IntlError } from "next-intl";

/** The line the server logs for a text missing in a catalog; the browser tests fail on it (tests/support). */
export const MISSING_MESSAGE_MARK = "[i18n] missing message";

/** A missing or broken text is logged on the server (once per text and language), never thrown at a reader. */
export function onIntlError(error: IntlError): void {
  if (error.code === IntlErrorCode.MISSING_MESSAGE) console.error(`${MISSING_MESSAGE_MARK}: ${error.originalMessage}`);
  else console.error(`[i18n] ${error.code}: ${error.message}`);
}
