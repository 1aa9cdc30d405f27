-- AlterTable
ALTER TABLE "tickets" ALTER COLUMN "email" DROP NOT NULL;
