export * from "./amsterdam";
export * from "./format-date";
