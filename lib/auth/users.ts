import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { ACCOUNT_NAME_MAX, accountEmail, accountName } from "@/lib/editor/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { getAuth } from "./auth";

export { ACCOUNT_NAME_MAX };

export const newUserSchema = z.object({
  email: accountEmail,
  name: accountName,
  role: z.enum(["editor", "admin"], { message: "Role must be editor or admin." }),
  password: z.string().min(10, "The password needs at least 10 characters.").max(128, "The password is too long."),
});
export type NewUser = z.infer<typeof newUserSchema>;

export class DuplicateUserError extends Error {}

/**
 * Creates an account with an email + password credential (public sign-up is off). The password is
 * hashed by better-auth; user and credential are written in one statement, as its admin plugin does.
 */
export async function createUser(input: NewUser) {
  const data = newUserSchema.parse(input);
  const context = await getAuth().$context;
  const id = randomUUID();
  try {
    return await prisma.user.create({
      data: {
        id,
        email: data.email,
        name: data.name,
        role: data.role,
        emailVerified: true,
        accounts: { create: { providerId: "credential", accountId: id, password: await context.password.hash(data.password) } },
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new DuplicateUserError(`An account for ${data.email} already exists.`);
    }
    throw err;
  }
}
