-- CreateIndex
CREATE INDEX "tickets_estado_fechaCierre_idx" ON "tickets"("estado", "fechaCierre");
