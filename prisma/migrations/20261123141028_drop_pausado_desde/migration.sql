-- AlterTable
ALTER TABLE "tickets" DROP COLUMN "pausadoDesde";
