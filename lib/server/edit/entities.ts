import "server-only";

import type { Entity, EntityType, Snapshot } from "./entity";
import { facilityEntity } from "./facility-entity";
import { organizationEntity } from "./organization-entity";
import { serviceEntity } from "./service-entity";

// The three editable kinds of listing by type. Each is an Entity of its own patch type; `entityOf` gives the one a
// stored type names as an Entity over plain snapshots (what revisions and change requests hold).

export const ENTITIES = { facility: facilityEntity, service: serviceEntity, organization: organizationEntity } as const;

export const entityOf = (type: EntityType): Entity<Snapshot> => ENTITIES[type];
