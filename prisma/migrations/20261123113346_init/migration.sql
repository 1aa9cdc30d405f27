-- CreateEnum
CREATE TYPE "Estado" AS ENUM ('NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO', 'CANCELADO', 'ARCHIVADO');

-- CreateEnum
CREATE TYPE "Tipo" AS ENUM ('PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA', 'INCIDENTE', 'SOLICITUD', 'CONSULTA');

-- CreateEnum
CREATE TYPE "Canal" AS ENUM ('WEB', 'API', 'TELEFONO', 'PRESENCIAL', 'EMAIL');

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('ADMIN', 'MESA', 'AREA');

-- CreateEnum
CREATE TYPE "Operacion" AS ENUM ('crear', 'asignar', 'transferir', 'reclasificar', 'pausar', 'reabrir', 'actualizar', 'cancelar', 'archivar', 'prorrogar', 'responder');

-- CreateEnum
CREATE TYPE "SlaReloj" AS ENUM ('HORAS_HABILES', 'HORAS_CALENDARIO', 'DIAS_HABILES');

-- CreateTable
CREATE TABLE "tickets" (
    "id" UUID NOT NULL,
    "label" VARCHAR(20) NOT NULL,
    "nombre" VARCHAR(150) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "tipo" "Tipo" NOT NULL,
    "categoria" VARCHAR(100) NOT NULL,
    "subcategoria" VARCHAR(100),
    "descripcion" VARCHAR(4000) NOT NULL,
    "prioridad" VARCHAR(20) NOT NULL,
    "documento" VARCHAR(50),
    "telefono" VARCHAR(30),
    "tieneWhatsapp" BOOLEAN NOT NULL DEFAULT false,
    "empresaDepartamento" VARCHAR(150),
    "asunto" VARCHAR(200),
    "areaAsignada" VARCHAR(100) NOT NULL,
    "estado" "Estado" NOT NULL DEFAULT 'NUEVO',
    "canal" "Canal" NOT NULL,
    "slaHoras" INTEGER NOT NULL,
    "slaReloj" "SlaReloj" NOT NULL,
    "fechaCreacion" TIMESTAMPTZ(3) NOT NULL,
    "fechaLimiteSla" TIMESTAMPTZ(3) NOT NULL,
    "fechaLimiteSlaOriginal" TIMESTAMPTZ(3) NOT NULL,
    "fechaActualizacion" TIMESTAMPTZ(3) NOT NULL,
    "fechaCierre" TIMESTAMPTZ(3),
    "pausadoDesde" TIMESTAMPTZ(3),
    "asignadoAId" UUID,
    "resolucion" VARCHAR(4000),
    "motivoCancelacion" VARCHAR(4000),
    "prorrogado" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_counters" (
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL,

    CONSTRAINT "ticket_counters_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ticket_history" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ticketId" UUID NOT NULL,
    "operacion" "Operacion" NOT NULL,
    "estadoAnterior" "Estado",
    "estadoNuevo" "Estado" NOT NULL,
    "actorId" UUID,
    "actorNombre" VARCHAR(150) NOT NULL,
    "texto" VARCHAR(4000),
    "publica" BOOLEAN NOT NULL DEFAULT true,
    "datos" JSONB,
    "fecha" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(150) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Rol" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "areas" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "maxTickets" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_areas" (
    "userId" UUID NOT NULL,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "user_areas_pkey" PRIMARY KEY ("userId","areaId")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "areaId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subcategories" (
    "id" SERIAL NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "subcategories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "priorities" (
    "code" VARCHAR(20) NOT NULL,
    "label" VARCHAR(50) NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "priorities_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "sla_policies" (
    "id" SERIAL NOT NULL,
    "policySet" VARCHAR(30) NOT NULL DEFAULT 'GENERAL',
    "tipo" "Tipo" NOT NULL,
    "prioridad" VARCHAR(20) NOT NULL,
    "duracion" INTEGER NOT NULL,
    "reloj" "SlaReloj" NOT NULL,

    CONSTRAINT "sla_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'America/Bogota',
    "workingDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "workStartMinute" INTEGER NOT NULL DEFAULT 480,
    "workEndMinute" INTEGER NOT NULL DEFAULT 1020,
    "pauseStopsSla" BOOLEAN NOT NULL DEFAULT true,
    "activePolicySet" VARCHAR(30) NOT NULL DEFAULT 'GENERAL',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holidays" (
    "date" DATE NOT NULL,
    "name" VARCHAR(150) NOT NULL,

    CONSTRAINT "holidays_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "key" VARCHAR(255) NOT NULL,
    "requestHash" VARCHAR(64) NOT NULL,
    "ticketId" UUID,
    "response" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_records_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "role" "Rol" NOT NULL,
    "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_label_key" ON "tickets"("label");

-- CreateIndex
CREATE INDEX "tickets_estado_fechaCreacion_id_idx" ON "tickets"("estado", "fechaCreacion" DESC, "id");

-- CreateIndex
CREATE INDEX "tickets_areaAsignada_estado_fechaCreacion_idx" ON "tickets"("areaAsignada", "estado", "fechaCreacion" DESC);

-- CreateIndex
CREATE INDEX "tickets_fechaLimiteSla_id_idx" ON "tickets"("fechaLimiteSla", "id");

-- CreateIndex
CREATE INDEX "tickets_asignadoAId_estado_idx" ON "tickets"("asignadoAId", "estado");

-- CreateIndex
CREATE INDEX "tickets_fechaActualizacion_id_idx" ON "tickets"("fechaActualizacion" DESC, "id");

-- CreateIndex
CREATE INDEX "tickets_fechaCreacion_id_idx" ON "tickets"("fechaCreacion" DESC, "id");

-- CreateIndex
CREATE INDEX "ticket_history_ticketId_fecha_idx" ON "ticket_history"("ticketId", "fecha");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "areas_name_key" ON "areas"("name");

-- CreateIndex
CREATE INDEX "user_areas_areaId_idx" ON "user_areas"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "categories_name_key" ON "categories"("name");

-- CreateIndex
CREATE UNIQUE INDEX "subcategories_categoryId_name_key" ON "subcategories"("categoryId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "sla_policies_policySet_tipo_prioridad_key" ON "sla_policies"("policySet", "tipo", "prioridad");

-- CreateIndex
CREATE INDEX "idempotency_records_createdAt_idx" ON "idempotency_records"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_tokenHash_key" ON "api_tokens"("tokenHash");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_areaAsignada_fkey" FOREIGN KEY ("areaAsignada") REFERENCES "areas"("name") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_prioridad_fkey" FOREIGN KEY ("prioridad") REFERENCES "priorities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_asignadoAId_fkey" FOREIGN KEY ("asignadoAId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_history" ADD CONSTRAINT "ticket_history_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_history" ADD CONSTRAINT "ticket_history_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_areas" ADD CONSTRAINT "user_areas_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_areas" ADD CONSTRAINT "user_areas_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "areas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subcategories" ADD CONSTRAINT "subcategories_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_prioridad_fkey" FOREIGN KEY ("prioridad") REFERENCES "priorities"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_records" ADD CONSTRAINT "idempotency_records_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
