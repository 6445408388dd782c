// Reading the member area's plain forms: lib/forms/read-form.ts (kept here for the actions' short imports).
export { all, fields, localeOf, str } from "@/lib/forms/read-form";
