"use server";

// The place correction form's server action: a thin shell over setPlaceLocation (which checks the role).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { setPlaceLocation } from "./edit";

export async function setPlaceLocationAction(formData: FormData) {
  const input = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")).map(([k, v]) => [k, String(v)]));
  let message: string;
  try {
    const result = await setPlaceLocation(await getCurrentUser(), input);
    message = result.ok ? `saved:${result.slug}` : `error:${result.error}`;
  } catch (err) {
    if (!(err instanceof AuthorizationError)) console.error("[places] setPlaceLocation failed", err);
    message = `error:${err instanceof AuthorizationError ? err.message : "Something went wrong on our side; nothing was saved."}`;
  }
  revalidatePath("/editor/places");
  redirect(`/editor/places?result=${encodeURIComponent(message)}`);
}
