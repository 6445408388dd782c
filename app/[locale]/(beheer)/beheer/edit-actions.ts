// The member area's listing and decision actions, by area: facility-actions.ts (facility forms, temporary state,
// "alles klopt nog", revert, a new facility, re-apply after a conflict), service-actions.ts, org-actions.ts
// (organisation form and settings) and moderation-actions.ts. Re-exported here for the pages that import them.
export { confirm, merge, proposeNewFacility, reapplyChange, revert, saveFacility, setTemp } from "./facility-actions";
export {
  acceptAttach,
  addTaxonomy,
  approve,
  refuseAttach,
  reject,
  resolve,
  retireTaxonomy,
  saveTaxonomy,
} from "./moderation-actions";
export { saveOrganization } from "./org-actions";
export { saveService } from "./service-actions";
