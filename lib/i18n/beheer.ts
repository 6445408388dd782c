import "server-only";

import type { Messages } from "next-intl";

import { CATALOGS } from "./catalogs";

// Texts of the member area (/beheer), Dutch (B1) and English: the `beheer` namespace of messages/nl.json and
// messages/en.json. The pages hand them to their components as one plain object of ICU messages (client components
// cannot take a translator); a message with values is formatted with lib/i18n/fill.ts.

export type BeheerMessages = Messages["beheer"];

export const beheerMessages = (locale: "nl" | "en"): BeheerMessages => CATALOGS[locale].beheer;
