import { baseMapSvg } from "@/lib/places/map";

// The country outlines under a map (lib/places/map.ts baseMapUrl): the same for every page with that
// frame, so pages link to them instead of inlining them, and browsers keep them (the key is versioned).
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const svg = baseMapSvg((await params).key);
  if (svg === null) return new Response("Not found.", { status: 404 });
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
