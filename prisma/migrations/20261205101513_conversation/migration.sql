-- CreateEnum
CREATE TYPE "AutorMensaje" AS ENUM ('SOLICITANTE', 'AGENTE', 'SISTEMA');

-- AlterEnum
ALTER TYPE "Operacion" ADD VALUE 'etiquetar';

-- AlterTable
ALTER TABLE "settings" ADD COLUMN     "reanudarConRespuesta" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "tickets" RENAME COLUMN "tags" TO "etiquetas";
ALTER TABLE "tickets" ADD COLUMN     "respuestaSolicitante" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ticket_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ticketId" UUID NOT NULL,
    "autor" "AutorMensaje" NOT NULL,
    "autorNombre" VARCHAR(150) NOT NULL,
    "actorId" UUID,
    "texto" VARCHAR(4000) NOT NULL,
    "publico" BOOLEAN NOT NULL,
    "respondeA" UUID,
    "fecha" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ticket_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "nombre" VARCHAR(255) NOT NULL,
    "tipo" VARCHAR(127) NOT NULL,
    "tamano" INTEGER NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "fecha" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_messages_ticketId_fecha_idx" ON "ticket_messages"("ticketId", "fecha");

-- CreateIndex
CREATE INDEX "attachments_messageId_idx" ON "attachments"("messageId");

-- CreateIndex
CREATE INDEX "attachments_ticketId_idx" ON "attachments"("ticketId");

-- CreateIndex
CREATE INDEX "tickets_etiquetas_idx" ON "tickets" USING GIN ("etiquetas");

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_respondeA_fkey" FOREIGN KEY ("respondeA") REFERENCES "ticket_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ticket_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The conversation of the tickets already stored: the description is each ticket's first message,
-- and every note (actualizar) and requester reply (responder) becomes a message with the history
-- entry's id; the entry keeps the operation and points at its message.
INSERT INTO "ticket_messages" ("ticketId", "autor", "autorNombre", "actorId", "texto", "publico", "fecha")
SELECT t."id", 'SOLICITANTE', t."nombre", NULL, t."descripcion", true, t."fechaCreacion" FROM "tickets" t;

INSERT INTO "ticket_messages" ("id", "ticketId", "autor", "autorNombre", "actorId", "texto", "publico", "fecha")
SELECT h."id", h."ticketId",
  CASE WHEN h."operacion" = 'responder' THEN 'SOLICITANTE' ELSE 'AGENTE' END::"AutorMensaje",
  h."actorNombre", h."actorId", h."texto", h."operacion" = 'responder' OR h."publica", h."fecha"
FROM "ticket_history" h
WHERE h."operacion" IN ('actualizar', 'responder') AND h."texto" IS NOT NULL AND h."texto" <> '';

UPDATE "ticket_history" h SET "datos" = jsonb_build_object('mensajeId', h."id"), "texto" = NULL
WHERE h."operacion" IN ('actualizar', 'responder') AND h."texto" IS NOT NULL AND h."texto" <> '';

UPDATE "tickets" t SET "respuestaSolicitante" = true
FROM (
  SELECT "ticketId",
    max("fecha") FILTER (WHERE "autor" = 'SOLICITANTE' AND "fecha" > t0."fechaCreacion") AS "requester",
    max("fecha") FILTER (WHERE "autor" <> 'SOLICITANTE' AND "publico") AS "staff"
  FROM "ticket_messages" m JOIN "tickets" t0 ON t0."id" = m."ticketId"
  GROUP BY "ticketId"
) last
WHERE last."ticketId" = t."id" AND last."requester" IS NOT NULL AND last."requester" > coalesce(last."staff", '-infinity');
