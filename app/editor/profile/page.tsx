import type { Metadata } from "next";
import { ProfileForm } from "@/components/editor/ProfileForm";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function ProfilePage() {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">Signed in as {user.email}, with the role {user.role}. An admin changes emails and roles.</p>
      <ProfileForm name={user.name} />
    </>
  );
}
