import type { THsdsLocation, THsdsLocationFull, THsdsPhone } from "../schemas/hsds";
import { derivedId } from "./ids";
import type { FacilityRow } from "./rows";
import { schedulesOf } from "./schedules";
import { addressLine, emailOrNothing, isoDate, present, textOrNothing, uriOrNothing } from "./values";

// A facility as an HSDS location: always physical, with one address in the Netherlands, its phone, e-mail (as a
// contact: a location has no e-mail field), wheelchair access, opening hours as schedules, and — for a listing
// imported from elsewhere — where it came from, under which licence (metadata, HSDS's provenance records).

const WHEELCHAIR: Record<FacilityRow["wheelchair"], string | null> = {
  yes: "Rolstoeltoegankelijk",
  limited: "Beperkt rolstoeltoegankelijk",
  no: "Niet rolstoeltoegankelijk",
  unknown: null,
};

/** The location's own fields (the list answers' shape). The BAG id (the national building register) is its external
 *  identifier; else an OpenStreetMap object it was imported from. */
export function toLocation(f: FacilityRow): THsdsLocation {
  const osm = f.refs.find((r) => r.source === "osm");
  return {
    id: f.id,
    location_type: "physical",
    ...present("url", uriOrNothing(f.website)),
    ...present("organization_id", f.operator_id ?? undefined),
    name: f.name,
    ...present("description", textOrNothing(f.description)),
    latitude: f.lat,
    longitude: f.lng,
    ...(f.bag_id
      ? { external_identifier: f.bag_id, external_identifier_type: "BAG" }
      : osm
        ? { external_identifier: osm.key.replace(/^osm:/, ""), external_identifier_type: "OSM" }
        : {}),
  };
}

export const locationAddress = (
  f: Pick<
    FacilityRow,
    "id" | "street" | "house_number" | "house_number_addition" | "place" | "gemeente_name" | "province" | "postcode"
  >,
): THsdsLocationFull["addresses"][number] => ({
  id: derivedId("address", f.id),
  location_id: f.id,
  address_1: addressLine(f.street, f.house_number, f.house_number_addition),
  city: f.place,
  ...present("region", f.gemeente_name ?? undefined),
  state_province: f.province ?? "",
  postal_code: f.postcode,
  country: "NL",
  address_type: "physical",
});

export const locationPhones = (f: Pick<FacilityRow, "id" | "phone">): THsdsPhone[] =>
  f.phone ? [{ id: derivedId("phone", "location", f.id), location_id: f.id, number: f.phone, type: "voice" }] : [];

export const locationSchedules = (f: Pick<FacilityRow, "id" | "opening_hours">) =>
  schedulesOf(f.opening_hours, { location_id: f.id });

/** One provenance record per source the listing was imported from: its key there, licence and attribution. */
export const locationProvenance = (f: FacilityRow): THsdsLocationFull["metadata"] =>
  f.refs.map((r) => ({
    id: derivedId("metadata", r.key),
    resource_id: f.id,
    resource_type: "location",
    last_action_date: isoDate(r.created_at),
    last_action_type: "import",
    field_name: "external_ref",
    previous_value: "",
    replacement_value: r.key,
    updated_by: [r.attribution ?? r.source, r.licence ? `(${r.licence})` : ""].filter(Boolean).join(" "),
  }));

export function toLocationFull(f: FacilityRow): THsdsLocationFull {
  const email = emailOrNothing(f.email);
  const wheelchair = WHEELCHAIR[f.wheelchair];
  return {
    ...toLocation(f),
    addresses: [locationAddress(f)],
    phones: locationPhones(f),
    contacts: email ? [{ id: derivedId("contact", "location", f.id), location_id: f.id, email }] : [],
    accessibility: wheelchair
      ? [
          {
            id: derivedId("accessibility", f.id),
            location_id: f.id,
            description: wheelchair,
            details: `wheelchair=${f.wheelchair}`,
          },
        ]
      : [],
    schedules: locationSchedules(f),
    metadata: locationProvenance(f),
  };
}
