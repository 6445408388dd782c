import { z } from "zod";

import type { Geocoder, GeocodeResult, PostcodeQuery } from "./types";

// PDOK Locatieserver (the Dutch government's free geocoder), `free` endpoint of search v3_1. Responses are parsed
// with zod: a changed or broken answer is treated as "not found" by this geocoder, never trusted blindly.

export const PDOK_DEFAULT_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free";

const ZDoc = z.object({
  type: z.string(),
  weergavenaam: z.string(),
  centroide_ll: z.string().regex(/^POINT\(-?[\d.]+ -?[\d.]+\)$/),
  gemeentecode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  postcode: z.string().optional(),
});
const ZResponse = z.object({ response: z.object({ numFound: z.number(), docs: z.array(z.unknown()) }) });

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>;

export class PdokGeocoder implements Geocoder {
  constructor(
    private readonly fetcher: FetchLike = fetch,
    private readonly baseUrl: string = PDOK_DEFAULT_URL,
    private readonly timeoutMs = 2500,
  ) {}

  private async first(q: string, type: string, precision: GeocodeResult["precision"]): Promise<GeocodeResult | null> {
    const url = `${this.baseUrl}?${new URLSearchParams({ q, fq: `type:${type}`, rows: "1" })}`;
    const res = await this.fetcher(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new Error(`PDOK Locatieserver answered ${res.status}`);
    const body = ZResponse.safeParse(await res.json());
    if (!body.success) throw new Error("PDOK Locatieserver answered in an unexpected format");
    const doc = ZDoc.safeParse(body.data.response.docs[0]);
    if (!doc.success) return null;
    const [lng, lat] = doc.data.centroide_ll.slice(6, -1).split(" ").map(Number) as [number, number];
    return {
      lat,
      lng,
      label: doc.data.weergavenaam,
      precision,
      source: "pdok",
      gemeenteCode: doc.data.gemeentecode ? `GM${doc.data.gemeentecode}` : null,
    };
  }

  postcode(q: PostcodeQuery): Promise<GeocodeResult | null> {
    // Locatieserver knows PC6 postcodes; a PC4 is matched by prefix and answered at PC4 precision.
    return q.pc6
      ? this.first(q.pc6.replace(" ", ""), "postcode", "pc6")
      : this.first(`postcode:${q.pc4}*`, "postcode", "pc4");
  }

  place(name: string): Promise<GeocodeResult | null> {
    return this.first(name, "woonplaats", "place");
  }
}

/** Tries each geocoder in turn; one that fails (network, format) or finds nothing hands over to the next. */
export class ChainGeocoder implements Geocoder {
  constructor(
    private readonly chain: Geocoder[],
    private readonly onError: (e: unknown) => void = () => {},
  ) {}

  private async run(call: (g: Geocoder) => Promise<GeocodeResult | null>): Promise<GeocodeResult | null> {
    for (const g of this.chain) {
      try {
        const r = await call(g);
        if (r) return r;
      } catch (e) {
        this.onError(e);
      }
    }
    return null;
  }

  postcode(q: PostcodeQuery) {
    return this.run((g) => g.postcode(q));
  }
  place(name: string) {
    return this.run((g) => g.place(name));
  }
  async suggestPlaces(name: string): Promise<string[]> {
    for (const g of this.chain) {
      const found = g.suggestPlaces
        ? await g.suggestPlaces(name).catch((e: unknown) => {
            this.onError(e);
            return [];
          })
        : [];
      if (found.length > 0) return found;
    }
    return [];
  }
}
