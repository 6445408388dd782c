// Phone, email and website as <dt>/<dd> pairs inside a caller's <dl className="facts">, each only when given: the
// phone dialled without spaces, the website shown without its scheme. Used by the facility and organisation pages.
export function ContactFacts({
  phone,
  email,
  website,
  t,
}: {
  phone: string | null | undefined;
  email: string | null | undefined;
  website: string | null | undefined;
  /** the three labels, in the page's language */
  t: { phone: string; email: string; website: string };
}) {
  return (
    <>
      {phone && (
        <>
          <dt>{t.phone}</dt>
          <dd>
            <a href={`tel:${phone.replaceAll(" ", "")}`}>{phone}</a>
          </dd>
        </>
      )}
      {email && (
        <>
          <dt>{t.email}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      )}
      {website && (
        <>
          <dt>{t.website}</dt>
          <dd>
            <a href={website}>{website.replace(/^https?:\/\//, "")}</a>
          </dd>
        </>
      )}
    </>
  );
}
