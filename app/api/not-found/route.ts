// Where proxy.ts sends an /api path whose percent-encoding does not decode: a static route, because Next.js would
// try (and fail) to decode the original path into a dynamic route's params. The same answer as any unknown path.
export { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from "../[...path]/route";
export const dynamic = "force-dynamic";
