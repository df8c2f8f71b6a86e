import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent((await headers()).get("x-pathname") ?? "/editor")}`);
  if (!hasRole(user, "editor")) {
    return (
      <div className="empty" role="alert">
        <h1>Editors only</h1>
        <p>You are signed in as {user.email}, who may read but not change anything. Ask an admin for editor rights.</p>
      </div>
    );
  }
  return (
    <div>
      <nav className="editor-nav" aria-label="Editor">
        <Link href="/editor">Desk</Link>
        <Link href="/editor/articles/new">New article</Link>
        <Link href="/editor/places">Places</Link>
        {hasRole(user, "admin") && <Link href="/editor/audit">Audit log</Link>}
        {hasRole(user, "admin") && <Link href="/editor/accounts">Accounts</Link>}
        {hasRole(user, "admin") && <Link href="/editor/trash">Trash</Link>}
        <span className="muted small">Signed in as <Link href="/editor/profile">{user.name}</Link> ({user.role})</span>
      </nav>
      {children}
    </div>
  );
}
