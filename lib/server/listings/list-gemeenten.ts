import "server-only";

import { cache } from "react";

import { getReadPrisma } from "../../db";

/** Every gemeente (CBS code and name) by name, for pickers; once per request. */
export const listGemeenten = cache(() =>
  getReadPrisma().gemeente.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
);

/** The names of the given gemeenten (a facility's or organisation's service area). */
export const gemeenteNames = (codes: string[]) =>
  codes.length
    ? getReadPrisma().gemeente.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })
    : Promise.resolve([]);
