-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "entityLabel" TEXT,
ADD COLUMN     "userName" TEXT;

-- Earlier entries: the best we know is the account's current name.
UPDATE "AuditLog" a SET "userName" = u."name" FROM "user" u WHERE a."userId" = u."id" AND a."userName" IS NULL;
