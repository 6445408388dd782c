// The kinds of activity a buurthuis programme has (a small, fixed list: residents filter on it; each has a name in
// every resident language, messages/*.json activities.kinds).

export const ACTIVITY_KINDS = [
  "ontmoeten",
  "taalcafe",
  "repair-cafe",
  "kinderen",
  "jongeren",
  "bewegen",
  "maaltijd",
  "creatief",
  "cursus",
  "spreekuur",
  "digihulp",
  "overig",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
