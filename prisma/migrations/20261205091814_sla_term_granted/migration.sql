-- The term as granted (amount in the unit of slaReloj). Existing tickets get it back from
-- slaHoras with the working day of the settings in force (a days term was stored as days × hours).
ALTER TABLE "tickets" ADD COLUMN "slaDuracion" INTEGER;

UPDATE "tickets" t SET "slaDuracion" = CASE
  WHEN t."slaReloj" = 'DIAS_HABILES' THEN GREATEST(0, round(t."slaHoras" / COALESCE(
    (SELECT NULLIF(s."workEndMinute" - s."workStartMinute", 0) / 60.0 FROM "settings" s WHERE s.id = 1), 9.0)))::int
  ELSE t."slaHoras"
END;

ALTER TABLE "tickets" ALTER COLUMN "slaDuracion" SET NOT NULL,
DROP COLUMN "fechaLimiteSlaOriginal";
