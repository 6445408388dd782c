// The map's plain-data types live in lib/map/types.ts (lib must not import components).
export type * from "@/lib/map/types";
