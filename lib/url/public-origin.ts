/*
 * The address readers reach Faultline at, for every absolute link (feeds, exports, redirects) and for
 * sign-in's origin check. It comes from configuration only, never from a request's Host or
 * X-Forwarded-Host, which a client or a shared cache in front can be made to carry anything.
 */

export type PublicUrlEnv = { FAULTLINE_PUBLIC_URL?: string; BETTER_AUTH_URL?: string; PORT?: string; NODE_ENV?: string };

/** Why the configured public URL cannot be used, or null when it can. */
export function publicUrlProblem(env: PublicUrlEnv = process.env): string | null {
  const value = env.FAULTLINE_PUBLIC_URL || env.BETTER_AUTH_URL;
  if (!value) {
    return env.NODE_ENV === "production"
      ? "FAULTLINE_PUBLIC_URL is not set. Set it to the address readers use, e.g. FAULTLINE_PUBLIC_URL=https://faultline.example.org"
      : null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `FAULTLINE_PUBLIC_URL "${value}" is not a URL; use e.g. https://faultline.example.org`;
  }
  return /^https?:$/.test(url.protocol) ? null : `FAULTLINE_PUBLIC_URL "${value}" must start with http:// or https://`;
}

/**
 * FAULTLINE_PUBLIC_URL (or the older BETTER_AUTH_URL) as an origin. Outside production it defaults to
 * http://localhost:$PORT; in production a missing or malformed value is an error (`npm start` sets one).
 */
export function configuredOrigin(env: PublicUrlEnv = process.env): string {
  const problem = publicUrlProblem(env);
  if (problem) throw new Error(problem);
  const value = env.FAULTLINE_PUBLIC_URL || env.BETTER_AUTH_URL;
  return value ? new URL(value).origin : `http://localhost:${env.PORT || "3000"}`;
}

/** The origin for links in a response. The request is not consulted: its headers are the client's. */
export function publicOrigin(_request?: Request): string {
  return configuredOrigin();
}

/** Whether browsers should be told to use https only (Strict-Transport-Security). */
export function servesHttps(env: PublicUrlEnv = process.env): boolean {
  try {
    return configuredOrigin(env).startsWith("https://");
  } catch {
    return false;
  }
}
