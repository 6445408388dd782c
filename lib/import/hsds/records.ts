import { splitAddress } from "../table";
import { w, type FacilityRecord, type Issue } from "../types";
import type { HsdsGraph, HsdsLocation } from "./graph";
import { openingHoursOf } from "./schedules";

// An HSDS graph's locations as facility records (key `hsds:<location id>`), and its broken references as errors.

export const HSDS_INFO = { source: "hsds" } as const;

export const keyProblems = (g: HsdsGraph): Issue[] =>
  g.problems.map((p) => ({
    record: p.record,
    field: p.field,
    message: w(
      `${p.field}: '${p.missing}' staat niet in het bestand.`,
      `${p.field}: '${p.missing}' is not in the file.`,
    ),
  }));

export function locationRecord(l: HsdsLocation, operatorId: string | null, warn: (i: Issue) => void): FacilityRecord {
  const address = l.addresses.find((a) => a.type !== "postal") ?? l.addresses[0];
  const parts = address?.address_1 ? splitAddress(address.address_1) : null;
  const at = `location ${l.id}`;
  const hours = openingHoursOf(l.schedules);
  if (hours.unsupported)
    warn({
      record: at,
      field: "openingstijden",
      message: w(
        "Een deel van de openingstijden is geen vaste week-tijd en is niet overgenomen.",
        "Part of the schedule is not a weekly time and was not imported.",
      ),
    });
  const fields: FacilityRecord["fields"] = {
    name: l.name,
    type: "anders",
    street: parts?.street ?? address?.address_1,
    house_number: parts?.number,
    house_number_addition: parts?.addition || undefined,
    postcode: address?.postal_code,
    place: address?.city,
    lat: l.latitude,
    lng: l.longitude,
    phone: l.phones[0],
    email: l.email,
    website: l.url,
    description: l.description,
    opening_hours: hours.value ?? undefined,
  };
  return {
    kind: "facility",
    at,
    key: `hsds:${l.id}`,
    fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    services: [],
    organization: null,
    bagId: null,
    info: { ...HSDS_INFO },
    operatorId,
  };
}
