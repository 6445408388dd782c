// The API's parameter names → the Dutch names the pages use for the same thing (/zoeken, /verwijzen). An error that
// names an API parameter is shown against the page's own field.
export const PAGE_PARAM_OF: Readonly<Record<string, string>> = {
  postcode: "q",
  place: "q",
  near: "bij",
  service: "dienst",
  type: "soort",
  audience: "doelgroep",
  language: "taal",
  cursor: "na",
  free: "gratis",
  cost: "gratis",
  wheelchair: "rolstoel",
  access: "toegang",
  radius_km: "straal",
  sort: "sorteer",
  open: "open",
};
