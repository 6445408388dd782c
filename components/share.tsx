import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";

import { CopyLink } from "./copy-link";

// Share a page: the link itself, copy, WhatsApp, and a QR code (SVG made on the server, no external service).
export async function Share({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("resident");
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, width: 160, errorCorrectionLevel: "M" });
  return (
    <section aria-labelledby="share">
      <h2 id="share">{t("share")}</h2>
      <p>
        <label htmlFor="share-url">{t("shareLink")}</label>
      </p>
      <input id="share-url" type="url" readOnly value={url} className="share-url" />
      <p className="share-actions">
        <CopyLink url={url} label={t("copyLink")} done={t("copied")} />
        <a href={`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`}>{t("whatsapp")}</a>
      </p>
      <figure className="qr">
        <span role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>{t("qrCaption")}</figcaption>
      </figure>
    </section>
  );
}
