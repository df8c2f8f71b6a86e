import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Only same-site paths, so a crafted ?next= cannot send someone elsewhere after signing in. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && /^\/(?!\/)[\w\-./?=&%#]*$/.test(next) ? next : "/editor";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p className="muted">For editors and admins. Readers need no account.</p>
      <SignInForm next={next} />
    </div>
  );
}
