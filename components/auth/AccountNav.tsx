"use client";
import Link from "next/link";
import { hasRole } from "@/lib/auth/permissions";
import { SignOutButton } from "./SignOutButton";
import { useViewer } from "./viewer";

/** The header's account links, decided in the browser so the cached page is the same for everyone. */
export function AccountNav() {
  const viewer = useViewer();
  const user = viewer && { id: "", email: "", ...viewer };
  return (
    <>
      {hasRole(user, "editor") && <li><Link href="/editor">Editor</Link></li>}
      {user ? <li><SignOutButton /></li> : <li><Link href="/sign-in">Sign in</Link></li>}
    </>
  );
}
