import { getReadPrisma } from "@/lib/db";
import { countListings } from "@/lib/server/count-listings";

// The start page stays minimal until the resident pages land; it shows what the database holds.
export const dynamic = "force-dynamic";

const nl = new Intl.NumberFormat("nl-NL");

export default async function Home() {
  const counts = await countListings(getReadPrisma());
  return (
    <main id="main">
      <h1>Buurtwijzer</h1>
      <p>Vind een buurthuis, wijkcentrum of hulp bij u in de buurt.</p>
      <form method="get" action="/zoeken" className="search">
        <label htmlFor="q">Postcode, plaats of adres</label>
        <input id="q" name="q" type="search" autoComplete="postal-code" maxLength={100} />
        <button type="submit">Zoeken</button>
      </form>
      <p lang="en">Find a community centre or help near you.</p>
      <dl className="stats">
        <dt>Locaties <span lang="en">(facilities)</span></dt>
        <dd data-testid="facility-count">{nl.format(counts.facilities)}</dd>
        <dt>Organisaties <span lang="en">(organisations)</span></dt>
        <dd data-testid="organization-count">{nl.format(counts.organizations)}</dd>
      </dl>
      <p>
        {/* API links are JSON, not pages: a plain <a> is right here. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        Voor ontwikkelaars: <a href="/api/v1/facilities?postcode=3512&amp;service=schuldhulp&amp;limit=10">de open API</a>{" "}
        (<a href="/api/v1/taxonomy">diensten en doelgroepen</a>).
      </p>
    </main>
  );
}
