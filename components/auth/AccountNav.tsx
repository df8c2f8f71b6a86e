"use client";
import Link from "next/link";
import { useEffect } from "react";
import { authClient } from "@/lib/auth/client";
import { hasRole } from "@/lib/auth/permissions";
import { SignOutButton } from "./SignOutButton";
import { useViewerState, type Viewer } from "./viewer";

/**
 * The header's account links, decided in the browser so the cached page is the same for everyone. That
 * page carries no account state: "Sign in" appears once the browser knows no one is signed in (or at once
 * without scripts), the editor's name, "Editor" and "Sign out" once it knows who is. They share one list
 * item, which the header gives the same place whatever it holds (app/globals.css), so nothing else moves.
 */
export function AccountNav() {
  const { viewer, known } = useViewerState();
  useSessionCheckOnReturn();
  return (
    <li className="nav__account">
      {known ? <AccountLinks viewer={viewer} /> : <noscript><a href="/sign-in">Sign in</a></noscript>}
    </li>
  );
}

function AccountLinks({ viewer }: { viewer: Viewer | null }) {
  if (!viewer) return <Link href="/sign-in">Sign in</Link>;
  return (
    <>
      {hasRole({ id: "", email: "", ...viewer }, "editor") && <Link href="/editor">Editor</Link>}
      {/* A long name is cut with an ellipsis; the title shows all of it on hover, the text reads all of it aloud. */}
      <span className="nav__viewer" title={viewer.name}>
        <span className="visually-hidden">Signed in as </span><span>{viewer.name}</span>
      </span>
      <SignOutButton />
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
