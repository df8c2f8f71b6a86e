-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "mergedIntoId" TEXT;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A merged event is not visible: readers' lists, counts, rollups (EventDay, ActorEventDay via the
-- EventActor copy of `visible`) and search drop it in the transaction of the merge. PostgreSQL 17+.
ALTER TABLE "Event" ALTER COLUMN "visible" SET EXPRESSION AS ("deletedAt" IS NULL AND "mergedIntoId" IS NULL AND ("reportedOn" IS NOT NULL OR NOT "linked"));
