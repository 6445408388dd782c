import fc from "fast-check";

// Hostile inputs for the fuzz test (tests/e2e/fuzz.test.ts): values a query parameter or path segment may carry,
// ways to break percent-encoding, tampered cursors, and coordinates at the edges of the world.

/** encodeURIComponent that also encodes lone surrogates (as WTF-8, e.g. %ED%A0%80) instead of throwing URIError. */
export function pct(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff)
      out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** Raw escapes that do not decode: invalid UTF-8, truncated sequences, overlong forms, a lone surrogate, non-hex. */
export const BROKEN_ESCAPES = [
  "%",
  "%f",
  "%ff",
  "%fe%ff",
  "%e2%82",
  "%ed%a0%80",
  "%ed%bf%bf",
  "%c0%af",
  "%c0%80",
  "%f8%88%80%80%80",
  "%zz",
  "%%",
  "%0",
  "%00",
  "%u00e9",
] as const;

const CONTROL = [
  "\u0000",
  "\u0001",
  "\u001f",
  "\u007f",
  "\n",
  "\r\n",
  "\t",
  "\u0085",
  "\u2028",
  "\u202e",
  "\ufeff",
  "\u200b",
  "\ud800",
  "\udfff",
  "\ud83d",
  "\uffff",
];

export const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String), // includes NaN, Infinity, -Infinity, -0, subnormals
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-1e309",
    "1e-400",
    "0x1F",
    "0b11",
    "1_000",
    "９",
    "٣",
    "  5  ",
    "5.",
    ".5",
    "-0",
    "+1",
    "1,5",
    "00001",
    "99999999999999999999999",
  ),
);

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }), // any code point, lone surrogates too
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "undefined",
    "true",
    "[]",
    "{}",
    '{"a":1}',
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%",
    "\\",
    "a,b,,c",
    ",,,,",
  ),
);

const control = fc.tuple(text, fc.constantFrom(...CONTROL), text).map(([a, c, b]) => `${a}${c}${b}`);

/** 10 kB strings, ASCII so that the URL stays under Node's 16 KiB header limit. */
const huge = fc
  .tuple(fc.constantFrom("a", "9", ",", "-", "a,", "5.1,", "Z"), fc.integer({ min: 9_000, max: 10_240 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));

export const garbage: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: control },
  { weight: 1, arbitrary: huge },
);

const lat = fc.oneof(
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.constantFrom(-90, 90, 0, -0, 90.0000001, -90.0000001, 52.09, 1e308, Number.NaN, Infinity),
);
const lng = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.constantFrom(-180, 180, 0, 180.0000001, -180.0000001, 5.12, -1e308, Number.NaN, -Infinity),
);

/** near=<lat>,<lng>: poles, the antimeridian, out of range, wrong arity. */
export const nearValue = fc.oneof(
  fc.tuple(lat, lng).map(([a, b]) => `${a},${b}`),
  fc.constantFrom(
    "52.0907,5.1214",
    "90,180",
    "-90,-180",
    "0,0",
    "52",
    "52,5,1",
    ",",
    "52,",
    ",5",
    "52;5",
    "52 5",
    "5e1,5",
    "1e999,0",
  ),
);

/** bbox=<minLng>,<minLat>,<maxLng>,<maxLat>: across the antimeridian, at the poles, inverted, empty, whole world. */
export const bboxValue = fc.oneof(
  fc.tuple(lng, lat, lng, lat).map((v) => v.join(",")),
  fc.constantFrom(
    "5.0,52.0,5.2,52.2",
    "4.8,52.3,4.95,52.4",
    "170,-10,-170,10",
    "179.999,50,-179.999,51",
    "-180,-90,180,90",
    "-180,85,180,90",
    "0,89.99,1,90",
    "0,-90,1,-89.99",
    "5,52,5,52",
    "5.2,52.2,5.0,52.0",
    "5,52,6",
    "5,52,6,53,7",
    ",,,",
    "NaN,NaN,NaN,NaN",
    "-Infinity,-Infinity,Infinity,Infinity",
    "-181,0,0,1",
    "0,0,181,1",
    "3.3,50.7,7.3,53.6",
    "5.12,52.09,5.1200001,52.0900001",
  ),
);

export const zoomValue = fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), numberText);

/** kaart=<zoom>/<lat>/<lng> on /zoeken. */
export const mapViewValue = fc.oneof(
  fc.tuple(zoomValue, lat, lng).map((v) => v.join("/")),
  fc.constantFrom("12/52.09/5.12", "0/90/180", "99/-90/-180", "12/52.09", "//"),
);

const base64url = (b: Buffer) => b.toString("base64url");

/** A real cursor from an answer, tampered: bytes flipped, inserted or cut, its JSON fields swapped for hostile ones. */
export function tamperedCursor(real: readonly string[]): fc.Arbitrary<string> {
  if (real.length === 0) return garbage;
  const cursor = fc.constantFrom(...real);
  const jsonValue = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.constantFrom(
      "\u0000",
      "a\u0000b",
      "\ud800",
      "\udc00x",
      "",
      -1,
      1e308,
      -0,
      0.5,
      null,
      true,
      [],
      {},
      "not-a-uuid",
      "00000000-0000-0000-0000-000000000000",
    ),
    fc.double(),
  );
  // Text the database cannot take, as a cursor's name key: JSON escapes make NULs and lone surrogates.
  const unstorable = fc.oneof(
    fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udc00y", "\udbff", "\u0000\ud800"),
    fc.tuple(fc.string(), fc.constantFrom("\u0000", "\ud800", "\udfff"), fc.string()).map((p) => p.join("")),
  );
  const idOf = (c: string) => (JSON.parse(Buffer.from(c, "base64url").toString("utf8")) as { id?: unknown }).id;
  return fc.oneof(
    cursor,
    {
      weight: 2,
      arbitrary: fc
        .tuple(cursor, unstorable)
        .map(([c, n]) => base64url(Buffer.from(JSON.stringify({ n, id: idOf(c) })))),
    },
    fc.tuple(cursor, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([c, i, x]) => {
      const b = Buffer.from(c, "base64url");
      b[i % b.length] = (b[i % b.length] ?? 0) ^ x;
      return base64url(b);
    }),
    fc.tuple(cursor, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([c, i, bytes]) => {
      const b = Buffer.from(c, "base64url");
      const at = i % (b.length + 1);
      return base64url(Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at)]));
    }),
    fc.tuple(cursor, fc.nat()).map(([c, n]) => c.slice(0, n % c.length)),
    fc.tuple(cursor, fc.constantFrom("n", "d", "id", "x"), jsonValue).map(([c, key, v]) => {
      const parsed = JSON.parse(Buffer.from(c, "base64url").toString("utf8")) as Record<string, unknown>;
      return base64url(Buffer.from(JSON.stringify({ ...parsed, [key]: v })));
    }),
    fc
      .tuple(cursor, fc.nat(), fc.constantFrom("=", "+", "/", "%", ".", " ", "\u0000", "é", "%ff"))
      .map(([c, i, s]) => c.slice(0, i % c.length) + s + c.slice(i % c.length)),
    fc.uint8Array({ maxLength: 120 }).map((b) => base64url(Buffer.from(b))),
  );
}

/** Puts a broken escape somewhere in an already encoded string (raw: it is not encoded again). */
export const withBrokenEscape = (encoded: string) =>
  fc
    .tuple(fc.nat(), fc.constantFrom(...BROKEN_ESCAPES))
    .map(([i, e]) => encoded.slice(0, i % (encoded.length + 1)) + e + encoded.slice(i % (encoded.length + 1)));

/** A path segment: mostly a real one, else garbage (encoded) or a segment whose encoding does not decode. */
export function pathSegment(real: readonly string[]): fc.Arbitrary<string> {
  const good = real.length ? fc.constantFrom(...real) : fc.constant("bestaat-niet");
  return fc.oneof(
    { weight: 3, arbitrary: good },
    { weight: 2, arbitrary: garbage.map(pct).filter((s) => s.length > 0 && s.length < 12_000) },
    { weight: 3, arbitrary: good.chain(withBrokenEscape) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) },
  );
}
