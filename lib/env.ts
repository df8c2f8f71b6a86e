import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";

// Every variable Faultline reads, validated once. .env.example lists the same.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  FAULTLINE_DATA_DIR: z.string().min(1).default(".data/postgres"),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
  BETTER_AUTH_URL: z.string().url("must be a URL such as https://faultline.example.org").optional().or(z.literal("").transform(() => undefined)),
  // Pause before `npm start` restarts an embedded PostgreSQL that died; doubles while restarts fail.
  FAULTLINE_DB_RESTART_DELAY_MS: z.coerce.number().int().min(100).max(60_000).default(500),
  FAULTLINE_PUBLIC_URL: z.string().url("must be a URL such as https://faultline.example.org").optional().or(z.literal("").transform(() => undefined)),
  FAULTLINE_API_RATE_LIMIT: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int("must be a whole number").min(0, "must be 0 (off) or more").default(120),
  ),
  FAULTLINE_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message.replace(/^FAULTLINE_TRUSTED_PROXIES: /, "") });
      }
    }),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
