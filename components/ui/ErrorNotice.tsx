"use client";

import { useEffect, useState } from "react";

/**
 * Whether the database is down, asked of /api/ready when an error boundary shows (the error itself
 * reaches the browser without its message in production). Checks again every few seconds.
 */
export function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch("/api/ready", { cache: "no-store" });
        if (!stopped) setDown(response.status === 503);
      } catch {
        if (!stopped) setDown(true);
      }
    };
    void check();
    const timer = setInterval(check, 5000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return down;
}

export function DatabaseDownNotice({ reset }: { reset: () => void }) {
  return (
    <div className="empty" role="alert">
      <h1>Faultline is temporarily unavailable</h1>
      <p>The database is unavailable for the moment. Try again in a few seconds; nothing already published is lost.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
