-- CreateTable
CREATE TABLE "admin_audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "actorNombre" VARCHAR(150) NOT NULL,
    "accion" VARCHAR(60) NOT NULL,
    "entidad" VARCHAR(40) NOT NULL,
    "entidadId" VARCHAR(100),
    "datos" JSONB,
    "fecha" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "admin_audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_audit_log_fecha_idx" ON "admin_audit_log"("fecha" DESC);

-- CreateIndex
CREATE INDEX "admin_audit_log_entidad_entidadId_idx" ON "admin_audit_log"("entidad", "entidadId");

-- AddForeignKey
ALTER TABLE "admin_audit_log" ADD CONSTRAINT "admin_audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
