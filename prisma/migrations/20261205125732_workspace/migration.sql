-- CreateEnum
CREATE TYPE "BoardDensity" AS ENUM ('COMPACT', 'COMFORTABLE');

-- AlterTable
ALTER TABLE "settings" ADD COLUMN     "publicFormPrioridad" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "boardDensity" "BoardDensity" NOT NULL DEFAULT 'COMPACT';
