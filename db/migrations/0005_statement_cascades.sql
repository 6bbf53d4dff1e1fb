ALTER TABLE "lead_scores" DROP CONSTRAINT "lead_scores_lead_id_leads_id_fk";
--> statement-breakpoint
ALTER TABLE "leads" DROP CONSTRAINT "leads_list_id_lead_lists_id_fk";
--> statement-breakpoint
CREATE FUNCTION "lead_lists_delete_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "lead_scores" s USING gone g WHERE s."list_id" = g."id";
  DELETE FROM "leads" l USING gone g WHERE l."list_id" = g."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "lead_lists_delete_rows" AFTER DELETE ON "lead_lists"
REFERENCING OLD TABLE AS gone
FOR EACH STATEMENT EXECUTE FUNCTION "lead_lists_delete_rows"();
--> statement-breakpoint
CREATE FUNCTION "leads_delete_scores"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "lead_scores"
  WHERE "list_id" IN (SELECT DISTINCT "list_id" FROM gone)
    AND "lead_id" IN (SELECT "id" FROM gone);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "leads_delete_scores" AFTER DELETE ON "leads"
REFERENCING OLD TABLE AS gone
FOR EACH STATEMENT EXECUTE FUNCTION "leads_delete_scores"();
