"use client";

import { DatabaseDownNotice, useDatabaseDown } from "@/components/ui/ErrorNotice";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (useDatabaseDown()) return <DatabaseDownNotice reset={reset} />;
  return (
    <div className="empty" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. The problem has been logged.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
