import "server-only";

// Kept for the importers under app/(beheer) (other branches rework those files); new code imports the modules:
// apply (saving a change), moderation (waiting changes), revisions (history, revert), facility-status (checked,
// temporarily closed or open).
export { submitChange } from "./apply";
export { amsterdamDate, confirmCurrent, setTempState } from "./facility-status";
export { proposeFacility } from "./moderation";
export type { Outcome } from "./outcome";
export { snapshotAt } from "./revision-store";
export { history, revertTo } from "./revisions";
