import QRCode from "qrcode";

import type { TFacilityDetail } from "@/lib/schemas/facility";

import { Both, Dutch } from "./both";
import type { PosterWords } from "./poster-words";

// The poster's top: what it is, the facility's name and address, and a QR code to its page (SVG made here, no
// external service; black on white, so it scans from a black-and-white print).
export async function PosterHead({
  f,
  words,
  url,
}: {
  f: TFacilityDetail;
  words: readonly PosterWords[];
  url: string;
}) {
  const [w] = words;
  if (!w) return null;
  const svg = await QRCode.toString(url, { type: "svg", margin: 0, width: 160, errorCorrectionLevel: "M" });
  const a = f.address;
  return (
    <header className="poster-head">
      <div>
        <p className="poster-kicker">
          <Both words={words} text={(x) => x.t("kicker")} />
        </p>
        <h1 id="poster-title">
          <Dutch text={f.name} locale={w.locale} />
        </h1>
        <p className="poster-address">
          <bdi>
            {a.street} {a.house_number}
            {a.house_number_addition ?? ""}, {a.postcode} {a.place}
          </bdi>
        </p>
      </div>
      <figure className="poster-qr">
        <span role="img" aria-label={w.t("qrLabel")} dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>
          <Both words={words} text={(x) => x.t("qrCaption")} block />
        </figcaption>
      </figure>
    </header>
  );
}
