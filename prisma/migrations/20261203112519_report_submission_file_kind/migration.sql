-- AlterTable
ALTER TABLE "ReportSubmission" ADD COLUMN "fileKind" TEXT;
