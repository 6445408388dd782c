import type { BeheerMessages } from "./beheer";

// The member area's words for every editable field of a facility, service or organisation (the keys are the API's
// field names): one map for the forms, the conflict screen, the history and the moderation queue, so a person never
// reads a column name such as `house_number_addition`.
export function fieldLabels(t: BeheerMessages): Record<string, string> {
  return {
    name: t.fieldName,
    type: t.fieldType,
    description: t.fieldDescription,
    phone: t.fieldPhone,
    email: t.fieldEmail,
    website: t.fieldWebsite,
    opening_hours: t.hours,
    wheelchair: t.fieldWheelchair,
    status: t.fieldStatus,
    street: t.fieldStreet,
    house_number: t.fieldHouseNumber,
    house_number_addition: t.fieldAddition,
    postcode: t.fieldPostcode,
    place: t.fieldPlace,
    lat: t.fieldLat,
    lng: t.fieldLng,
    gemeente_code: "Gemeente",
    languages: t.fieldLanguages,
    cost: t.fieldCost,
    cost_text: t.fieldCostText,
    access: t.fieldAccess,
    eligibility: t.fieldEligibility,
    categories: t.fieldCategories,
    audiences: t.fieldAudiences,
    facility_ids: t.fieldFacilities,
    location_overrides: t.overridesTitle,
    kvk_number: t.fieldKvk,
    service_area: t.serviceArea,
    last_verified_at: t.lastChecked,
    not_duplicate: t.notDuplicate,
    activities: t.activities.programme,
  };
}
