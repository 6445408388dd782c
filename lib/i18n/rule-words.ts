import "server-only";

import type { RuleWords } from "../activities/rule-text";
import { CATALOGS } from "./catalogs";
import type { Locale } from "./locales";

/** The phrases describeRule() writes a rule with, in a language (the catalog's `activities.rule`). */
export const ruleWords = (locale: Locale): RuleWords =>
  (CATALOGS[locale] as unknown as { activities: { rule: RuleWords } }).activities.rule;
