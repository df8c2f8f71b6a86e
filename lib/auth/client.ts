"use client";
import { createAuthClient } from "better-auth/react";

// Talks to /api/auth on the page's own origin; sign-in goes through HTTP so it is rate-limited.
export const authClient = createAuthClient();
