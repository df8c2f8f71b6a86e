import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Faultline", template: "%s · Faultline" },
  description: "Follow the Russia–Ukraine war through the news: who said what, what happened, when and where.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              <span className="brand__mark" aria-hidden="true" />
              Faultline
            </Link>
            <nav aria-label="Main">
              <ul className="nav">
                <li><Link href="/timeline">Timeline</Link></li>
                <li><Link href="/statements">Statements</Link></li>
                <li><Link href="/actors">Actors</Link></li>
                <li><Link href="/articles">Articles</Link></li>
                {hasRole(user, "editor") && <li><Link href="/editor">Editor</Link></li>}
                {user ? (
                  <li><SignOutButton /></li>
                ) : (
                  <li><Link href="/sign-in">Sign in</Link></li>
                )}
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
