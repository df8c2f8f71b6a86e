"use client";

import { DatabaseDownNotice, useDatabaseDown } from "@/components/ui/ErrorNotice";
import "./globals.css";

// Replaces the root layout when that fails (it reads the session, so it needs the database).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const down = useDatabaseDown();
  return (
    <html lang="en">
      <body>
        <main id="main" className="container main">
          {down ? (
            <DatabaseDownNotice reset={reset} />
          ) : (
            <div className="empty" role="alert">
              <h1>Something went wrong</h1>
              <p>This page could not be shown. The problem has been logged.</p>
              <button type="button" onClick={reset}>Try again</button>
            </div>
          )}
        </main>
      </body>
    </html>
  );
}
