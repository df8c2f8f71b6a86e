import type { Metadata } from "next";
import Link from "next/link";
import { AccountNav } from "@/components/auth/AccountNav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Faultline", template: "%s · Faultline" },
  description: "Follow the Russia–Ukraine war through the news: who said what, what happened, when and where.",
};

// A route's content streams in after its loading screen (loading.tsx) and only a script swaps them: React
// sends it at the end of <body> in a hidden block. Without scripts, show that block in the page's column,
// above the footer, instead of the loading screen.
const WITHOUT_SCRIPTS = `
.route-loading { display: none; }
.main:has(> .route-loading) { min-height: 0; padding-bottom: 0; }
body { display: flex; flex-direction: column; }
.site-footer { order: 1; }
body > div[hidden][id^="S:"] { display: block; width: 100%; max-width: 1120px; margin: 0 auto; padding: 0 20px 56px; box-sizing: border-box; }
`;

// No session is read here: reader pages are cached for everyone (lib/cache); the account links come from AccountNav.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <noscript>
          <style>{WITHOUT_SCRIPTS}</style>
        </noscript>
      </head>
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              <span className="brand__mark" aria-hidden="true" />
              Faultline
            </Link>
            <nav aria-label="Main" className="site-nav">
              <ul className="nav">
                <li><Link href="/timeline">Timeline</Link></li>
                <li><Link href="/statements">Statements</Link></li>
                <li><Link href="/actors">Actors</Link></li>
                <li><Link href="/articles">Articles</Link></li>
                <AccountNav />
              </ul>
            </nav>
            <form action="/search" method="get" role="search" className="header-search">
              <label htmlFor="header-q" className="visually-hidden">Search Faultline</label>
              <input id="header-q" type="search" name="q" placeholder="Search actors, quotes, events…" maxLength={200} />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" className="container main">{children}</main>
        <footer className="site-footer">
          <div className="container">Faultline — actors, statements and events from the news, each linked to its source sentence.</div>
        </footer>
      </body>
    </html>
  );
}
