export * from "./amsterdam";
export * from "./format-date";
export * from "./zoned";
