-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "reviewState" JSONB;
