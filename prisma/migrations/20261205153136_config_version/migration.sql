-- CreateTable
CREATE TABLE "config_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "config_version_pkey" PRIMARY KEY ("id")
);

-- One row, and it always exists: the app reads its version with the configuration.
ALTER TABLE "config_version" ADD CONSTRAINT "config_version_single_row" CHECK ("id" = 1);
INSERT INTO "config_version" ("id", "version") VALUES (1, 1);

-- Every statement that touches a configuration table moves the version and tells the listening
-- instances, at commit (a rolled-back change notifies nobody and leaves the version as it was).
CREATE FUNCTION "bump_config_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "config_version" SET "version" = "version" + 1 WHERE "id" = 1;
  PERFORM pg_notify('mesa_config', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "settings_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "settings" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "areas_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "areas" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "categories_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "categories" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "subcategories_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "subcategories" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "priorities_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "priorities" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "sla_policies_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sla_policies" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
CREATE TRIGGER "holidays_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "holidays" FOR EACH STATEMENT EXECUTE FUNCTION "bump_config_version"();
