import type { Mail } from "../mail";
import { publicUrl } from "../public-url";

// The texts of the mails the member area sends: Dutch first (B1), English below.

export async function resetMail(to: string, name: string, token: string): Promise<Mail> {
  const link = publicUrl(`/beheer/wachtwoord-nieuw?token=${encodeURIComponent(token)}`);
  return {
    to,
    subject: "Nieuw wachtwoord voor Buurtwijzer / New password for Buurtwijzer",
    text: [
      `Beste ${name},`,
      "",
      "U vroeg om een nieuw wachtwoord voor Buurtwijzer. Kies een nieuw wachtwoord via deze link (1 uur geldig):",
      link,
      "Vroeg u dit niet? Dan hoeft u niets te doen.",
      "",
      "You asked for a new Buurtwijzer password. Choose one with the link above (valid for 1 hour). If you did not ask, ignore this mail.",
    ].join("\n"),
  };
}

export async function inviteMail(to: string, name: string, token: string): Promise<Mail> {
  const link = publicUrl(`/beheer/wachtwoord-nieuw?token=${encodeURIComponent(token)}`);
  return {
    to,
    subject: "Welkom bij Buurtwijzer / Welcome to Buurtwijzer",
    text: [
      `Beste ${name},`,
      "",
      "U kunt nu de gegevens van uw organisatie in Buurtwijzer bijhouden. Kies eerst een wachtwoord via deze link (1 uur geldig):",
      link,
      "Is de link verlopen? Kies dan 'Wachtwoord vergeten?' op de inlogpagina.",
      "",
      "You can now keep your organisation's listing in Buurtwijzer current. Choose a password with the link above (valid for 1 hour; if it expired, use 'Wachtwoord vergeten?' on the sign-in page).",
    ].join("\n"),
  };
}

export async function staleListingMail(
  to: string,
  orgName: string,
  items: { name: string; lastVerifiedAt: Date | null }[],
): Promise<Mail> {
  const link = publicUrl("/beheer");
  const lines = items
    .slice(0, 50)
    .map(
      (i) =>
        `- ${i.name} (${i.lastVerifiedAt ? `laatst gecontroleerd ${i.lastVerifiedAt.toISOString().slice(0, 10)}` : "nooit gecontroleerd"})`,
    );
  return {
    to,
    subject: `Kloppen de gegevens van ${orgName} nog? / Is your listing still right?`,
    text: [
      `Beste ${orgName},`,
      "",
      `Deze ${items.length === 1 ? "locatie is" : `${items.length} locaties zijn`} meer dan 12 maanden niet gecontroleerd:`,
      ...lines,
      ...(items.length > 50 ? [`… en nog ${items.length - 50}.`] : []),
      "",
      `Kijk ze na in Buurtwijzer en klik op "Alles klopt nog": ${link}`,
      "",
      `These listings were not checked for over 12 months. Please review them and press "Alles klopt nog" (everything is still right): ${link}`,
    ].join("\n"),
  };
}
