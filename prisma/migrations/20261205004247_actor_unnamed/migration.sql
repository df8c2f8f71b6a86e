-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "unnamed" BOOLEAN NOT NULL DEFAULT false;
