"use client";

import Link from "next/link";
import { DatabaseDownNotice, useDatabaseDown } from "@/components/ui/ErrorNotice";

export default function TimelineError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (useDatabaseDown()) return <DatabaseDownNotice reset={reset} />;
  return (
    <div className="empty" role="alert">
      <h1>The timeline could not be shown</h1>
      <p>The problem has been logged. Try again, or start over without filters.</p>
      <p>
        <button type="button" onClick={reset}>Try again</button> <Link href="/timeline">Timeline without filters</Link>
      </p>
    </div>
  );
}
