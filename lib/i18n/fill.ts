import { IntlMessageFormat } from "intl-messageformat";

// The member area hands its texts around as one plain object of ICU messages (messages/<locale>.json, `beheer`), also
// to client components, which cannot take next-intl's translator. `fill` formats one of them with its values and the
// language's plural rules — the same ICU formatter next-intl uses, in the server and in the browser.

/** `message` (an ICU message) formatted with `values` in `locale`. */
export const fill = (message: string, values: Record<string, string | number>, locale: string): string =>
  String(new IntlMessageFormat(message, locale).format(values));
