"use client";
import Link from "next/link";
import { useEffect } from "react";
import { authClient } from "@/lib/auth/client";
import { hasRole } from "@/lib/auth/permissions";
import { SignOutButton } from "./SignOutButton";
import { useViewerState } from "./viewer";

/**
 * The header's account links, decided in the browser so the cached page is the same for everyone. That
 * page carries no account state: "Sign in" appears once the browser knows no one is signed in (or at once
 * without scripts), the editor's name, "Editor" and "Sign out" once it knows who is.
 */
export function AccountNav() {
  const { viewer, known } = useViewerState();
  useSessionCheckOnReturn();
  if (!known) {
    return (
      <li className="nav__account-pending">
        <noscript><a href="/sign-in">Sign in</a></noscript>
      </li>
    );
  }
  if (!viewer) return <li><Link href="/sign-in">Sign in</Link></li>;
  return (
    <>
      {hasRole({ id: "", email: "", ...viewer }, "editor") && <li><Link href="/editor">Editor</Link></li>}
      <li className="nav__viewer"><span className="visually-hidden">Signed in as </span><span>{viewer.name}</span></li>
      <li><SignOutButton /></li>
    </>
  );
}

/**
 * A page the browser restores from its back-forward cache keeps the header it had when it was left; the
 * account may have signed in or out since, so the session is asked for again.
 */
function useSessionCheckOnReturn() {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) authClient.$store.notify("$sessionSignal");
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
}
