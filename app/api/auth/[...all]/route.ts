import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { withStampedClientAddress } from "@/lib/auth/client-address-stamp";

export const dynamic = "force-dynamic";

// better-auth sees the client address resolved from the socket and trusted proxies, never a client's header.
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(withStampedClientAddress(request));
export const POST = (request: Request) => toNextJsHandler(getAuth()).POST(withStampedClientAddress(request));
