-- The queue board (issue 4, docs/queue.md): the columns its filters and sorts read, the indexes
-- they walk, and the trigram index of the text search.

-- Trigram matching for the text search (LIKE '%…%' through a GIN index). On the embedded
-- database the extension is loaded by scripts/embedded-db.mjs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex: the board now reads one range per estado (docs/queue.md), so these are unused.
DROP INDEX "tickets_areaAsignada_estado_fechaCreacion_idx";
DROP INDEX "tickets_estado_fechaCreacion_id_idx";
DROP INDEX "tickets_fechaActualizacion_id_idx";
DROP INDEX "tickets_fechaCreacion_id_idx";
DROP INDEX "tickets_fechaLimiteSla_id_idx";

-- AlterTable: added nullable, filled for the tickets already there, then required.
ALTER TABLE "tickets" ADD COLUMN "busqueda" TEXT,
ADD COLUMN "fechaRiesgoSla" TIMESTAMPTZ(3),
ADD COLUMN "prioridadOrden" INTEGER;

-- New tickets get the business-time 75 % point (lib/domain/sla-risk.ts); for the tickets that
-- exist already the wall-clock 75 % point is close enough.
UPDATE "tickets" t SET
  "busqueda" = lower(translate(concat_ws(' ', t."label", t."nombre", t."email", t."asunto", t."descripcion"),
    'ÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÑÇáàâäéèêëíìîïóòôöúùûüñç', 'AAAAEEEEIIIIOOOOUUUUNCaaaaeeeeiiiioooouuuunc')),
  "fechaRiesgoSla" = t."fechaCreacion" + (t."fechaLimiteSla" - t."fechaCreacion") * 0.75,
  "prioridadOrden" = -coalesce((SELECT p."sortOrder" FROM "priorities" p WHERE p."code" = t."prioridad"), 0);

ALTER TABLE "tickets" ALTER COLUMN "busqueda" SET NOT NULL,
ALTER COLUMN "fechaRiesgoSla" SET NOT NULL,
ALTER COLUMN "prioridadOrden" SET NOT NULL;

-- CreateIndex
CREATE INDEX "tickets_estado_fechaCreacion_id_idx" ON "tickets"("estado", "fechaCreacion", "id");

-- CreateIndex
CREATE INDEX "tickets_estado_fechaLimiteSla_id_idx" ON "tickets"("estado", "fechaLimiteSla", "id");

-- CreateIndex
CREATE INDEX "tickets_estado_fechaActualizacion_id_idx" ON "tickets"("estado", "fechaActualizacion", "id");

-- CreateIndex
CREATE INDEX "tickets_estado_prioridadOrden_fechaLimiteSla_id_idx" ON "tickets"("estado", "prioridadOrden", "fechaLimiteSla", "id");

-- CreateIndex
CREATE INDEX "tickets_areaAsignada_estado_idx" ON "tickets"("areaAsignada", "estado");

-- CreateIndex
CREATE INDEX "tickets_busqueda_idx" ON "tickets" USING GIN ("busqueda" gin_trgm_ops);

-- When the ADMIN reorders the priorities, the tickets' copy of the order follows in the same
-- transaction (creation and reclasificar write it themselves).
CREATE FUNCTION "tickets_follow_priority_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "tickets" SET "prioridadOrden" = -NEW."sortOrder" WHERE "prioridad" = NEW."code";
  RETURN NULL;
END
$$;

CREATE TRIGGER "priorities_sort_order_to_tickets"
AFTER UPDATE OF "sortOrder" ON "priorities"
FOR EACH ROW WHEN (OLD."sortOrder" IS DISTINCT FROM NEW."sortOrder")
EXECUTE FUNCTION "tickets_follow_priority_order"();
