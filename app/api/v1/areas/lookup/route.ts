import { getGeocoder } from "@/lib/geocoder";
import { ProblemError } from "@/lib/http/problem";
import { handleGet, json } from "@/lib/http/route";
import { parseAnswer } from "@/lib/schemas/answer";
import { ZAreaLookupAnswer, ZAreaLookupQuery } from "@/lib/schemas/areas";
import { gemeentenByCode } from "@/lib/server/api/read";

export const dynamic = "force-dynamic";

// "Is this client in its area?": the gemeente (CBS code and name) of a PC4 or PC6, from the gazetteer (or PDOK).
export const GET = handleGet(async (req: Request) => {
  const { postcode } = ZAreaLookupQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const hit = await getGeocoder().postcode(postcode);
  const asked = postcode.pc6 ?? postcode.pc4;
  if (!hit)
    throw new ProblemError(404, "Unknown postcode", `We do not know postcode ${asked}.`, [
      { parameter: "postcode", detail: "unknown postcode" },
    ]);
  const g = hit.gemeenteCode
    ? ((await gemeentenByCode([hit.gemeenteCode]))[0] ?? { code: hit.gemeenteCode, name: null })
    : null;
  // A PC4 across a gemeente border: gemeente is null and `gemeenten` names every candidate — the caller asks for the PC6.
  const split = hit.gemeenteCodes ? await gemeentenByCode(hit.gemeenteCodes) : null;
  return json(
    parseAnswer(ZAreaLookupAnswer, {
      postcode: asked,
      place: hit.label,
      gemeente: g,
      ...(split ? { gemeenten: split } : {}),
      precision: hit.precision,
      source: hit.source,
    }),
  );
});
