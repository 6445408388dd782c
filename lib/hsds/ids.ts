import { createHash } from "node:crypto";

// HSDS wants a UUID on every object. Our organisations, services, facilities and service_at_location rows have one
// and keep it; everything HSDS splits out of a row (a location's address, a phone, a schedule, a service's link to a
// term) and our text-keyed taxonomy get a name-based UUID (version 5, RFC 9562) under one fixed namespace, so the
// same record has the same id in every answer and every export, and a harvester can match it across runs.

/** Buurtwijzer's namespace for derived ids. Never change it: every derived id would change with it. */
export const BUURTWIJZER_NAMESPACE = "24c0b3c8-f990-4fc6-b401-d0837a7813d2";

/** UUID version 5: SHA-1 of the namespace's 16 bytes followed by the name's UTF-8. */
export function uuidv5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replaceAll("-", ""), "hex");
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const b = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC variant
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The id of a part of a record: `derivedId("address", facilityId)`, `derivedId("attribute", serviceId, code)`. */
export const derivedId = (kind: string, ...parts: (string | number)[]): string =>
  uuidv5([kind, ...parts].join(":"), BUURTWIJZER_NAMESPACE);

/** Our one taxonomy ("Buurtwijzer"). */
export const TAXONOMY_ID = derivedId("taxonomy", "buurtwijzer");

/** A taxonomy term's id, from its code (`schuldhulp`). */
export const termId = (code: string): string => derivedId("taxonomy_term", code);
