-- CreateEnum
CREATE TYPE "TokenRol" AS ENUM ('ADMIN', 'MESA', 'AREA', 'CORREO');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable: the tokens keep their role, now of the token roles (CORREO added).
ALTER TABLE "api_tokens" ALTER COLUMN "role" TYPE "TokenRol" USING ("role"::text::"TokenRol");

-- AlterTable
ALTER TABLE "settings" ADD COLUMN     "inboundArea" VARCHAR(100) NOT NULL DEFAULT 'MESA',
ADD COLUMN     "inboundPrioridad" VARCHAR(20) NOT NULL DEFAULT 'MEDIA',
ADD COLUMN     "inboundTipo" "Tipo" NOT NULL DEFAULT 'PETICION';

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "riskNotifiedFor" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "emailNotifications" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "mail_outbox" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ticketId" UUID,
    "kind" VARCHAR(40) NOT NULL,
    "toAddress" VARCHAR(254) NOT NULL,
    "toName" VARCHAR(150) NOT NULL,
    "userId" UUID,
    "datos" JSONB NOT NULL DEFAULT '{}',
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" VARCHAR(500),
    "subject" VARCHAR(300),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_mails" (
    "messageId" VARCHAR(998) NOT NULL,
    "resultado" VARCHAR(20) NOT NULL,
    "ticketId" UUID,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_mails_pkey" PRIMARY KEY ("messageId")
);

-- CreateIndex
CREATE INDEX "mail_outbox_status_nextAttemptAt_idx" ON "mail_outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "mail_outbox_ticketId_createdAt_idx" ON "mail_outbox"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "inbound_mails_receivedAt_idx" ON "inbound_mails"("receivedAt");

-- AddForeignKey
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
