/**
 * The address readers reach Faultline at, for links that leave the page (feeds, exports):
 * FAULTLINE_PUBLIC_URL or BETTER_AUTH_URL when set, else the host the request came to.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.FAULTLINE_PUBLIC_URL || process.env.BETTER_AUTH_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return host && /^[\w.-]+(:\d+)?$/.test(host) && /^https?$/.test(proto) ? `${proto}://${host}` : url.origin;
}
