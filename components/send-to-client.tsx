import { CopyLink } from "./copy-link";
import { ShareButton } from "./share-button";

// "Stuur naar cliënt" beside a referral sheet's short link: the phone's share sheet and a copy button when JavaScript
// runs, and plain WhatsApp and SMS links that work without it. Not printed (no-print).
export type SendLabels = Record<(typeof SEND_KEYS)[number], string>;
const SEND_KEYS = ["title", "text", "share", "whatsapp", "sms", "copy", "copied"] as const;

/** The labels from the `shortLink.send` texts (getTranslations("shortLink.send")). */
export const sendLabels = (t: (key: (typeof SEND_KEYS)[number]) => string): SendLabels =>
  Object.fromEntries(SEND_KEYS.map((k) => [k, t(k)])) as SendLabels;

export function SendToClient({ url, t }: { url: string; t: SendLabels }) {
  const message = `${t.text} ${url}`;
  return (
    <section className="sheet-send no-print" aria-labelledby="send-title">
      <h2 id="send-title">{t.title}</h2>
      <p className="share-actions">
        <ShareButton url={url} text={t.text} label={t.share} />
        <CopyLink url={url} label={t.copy} done={t.copied} />
        <a href={`https://wa.me/?text=${encodeURIComponent(message)}`}>{t.whatsapp}</a>
        {/* sms:?&body= is the form both iOS and Android read */}
        <a href={`sms:?&body=${encodeURIComponent(message)}`}>{t.sms}</a>
      </p>
    </section>
  );
}
