-- Phone numbers are stored as E.164 ("+84971007919"): login by phone, SMS codes and walk-in
-- lookups compare them as such. Earlier seeds wrote "+84 97 100 7919" and "(024) 3869 3731".
-- This rewrites every stored phone as ZPhoneNumber (packages/contracts/src/phone.ts) normalises
-- input, then CHECKs the format so no other spelling gets in again.

CREATE FUNCTION "medbook_phone_e164"(raw text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  compact text := regexp_replace(btrim(raw), '[[:space:].()-]', '', 'g');
  national text;
BEGIN
  IF compact !~ '^\+?[0-9]+$' THEN RETURN NULL; END IF;
  IF compact LIKE '00%' THEN compact := '+' || substr(compact, 3); END IF;
  IF compact LIKE '0%' THEN compact := '+84' || substr(compact, 2);
  ELSIF compact LIKE '84%' THEN compact := '+' || compact;
  ELSIF compact NOT LIKE '+%' THEN RETURN NULL;
  END IF;
  IF compact NOT LIKE '+84%' THEN
    RETURN CASE WHEN compact ~ '^\+[1-9][0-9]{7,14}$' THEN compact END;
  END IF;
  -- "+84 (0) 97…": the national trunk 0 written after the country code
  national := regexp_replace(substr(compact, 4), '^0', '');
  RETURN CASE WHEN national ~ '^([35789][0-9]{8}|2[0-9]{9})$' THEN '+84' || national END;
END $$;

-- Two spellings of one number on two accounts (the second made because the first was not
-- found): the account that already has the E.164 spelling keeps it, else the oldest one. The
-- others, and numbers that cannot be read, lose the phone if they can still sign in by email.
WITH ranked AS (
  SELECT "id", "email", "medbook_phone_e164"("phoneNumber") AS e164,
         row_number() OVER (
           PARTITION BY "medbook_phone_e164"("phoneNumber")
           ORDER BY "phoneNumber" = "medbook_phone_e164"("phoneNumber") DESC, "createdAt", "id"
         ) AS rank
    FROM "users" WHERE "phoneNumber" IS NOT NULL
), target AS (
  SELECT "id", CASE WHEN rank = 1 THEN e164 END AS phone, "email" FROM ranked
)
UPDATE "users" u SET "phoneNumber" = target.phone
  FROM target
 WHERE target."id" = u."id" AND u."phoneNumber" IS DISTINCT FROM target.phone
   AND (target.phone IS NOT NULL OR target."email" IS NOT NULL);

DO $$
DECLARE
  stuck text;
BEGIN
  SELECT string_agg("id"::text, ', ') INTO stuck FROM "users"
   WHERE "phoneNumber" IS NOT NULL AND "phoneNumber" !~ '^\+[1-9][0-9]{7,14}$';
  IF stuck IS NOT NULL THEN
    RAISE EXCEPTION 'users without email whose phone number cannot be normalised or belongs to another account: %', stuck
      USING HINT = 'correct or merge these accounts by hand, then migrate again';
  END IF;
END $$;

UPDATE "family_members" SET "phoneNumber" = "medbook_phone_e164"("phoneNumber")
 WHERE "phoneNumber" IS DISTINCT FROM "medbook_phone_e164"("phoneNumber");

UPDATE "patients"
   SET "emergencyContact" = CASE
         WHEN "medbook_phone_e164"("emergencyContact"->>'phoneNumber') IS NULL THEN "emergencyContact" - 'phoneNumber'
         ELSE jsonb_set("emergencyContact", '{phoneNumber}', to_jsonb("medbook_phone_e164"("emergencyContact"->>'phoneNumber')))
       END
 WHERE "emergencyContact"->>'phoneNumber' IS DISTINCT FROM "medbook_phone_e164"("emergencyContact"->>'phoneNumber');

UPDATE "hospitals"
   SET "contactInfo" = CASE
         WHEN "medbook_phone_e164"("contactInfo"->>'phoneNumber') IS NULL THEN "contactInfo" - 'phoneNumber'
         ELSE jsonb_set("contactInfo", '{phoneNumber}', to_jsonb("medbook_phone_e164"("contactInfo"->>'phoneNumber')))
       END
 WHERE "contactInfo"->>'phoneNumber' IS DISTINCT FROM "medbook_phone_e164"("contactInfo"->>'phoneNumber');

DROP FUNCTION "medbook_phone_e164"(text);

ALTER TABLE "users" ADD CONSTRAINT "users_phone_e164_check"
  CHECK ("phoneNumber" ~ '^\+[1-9][0-9]{7,14}$');
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_phone_e164_check"
  CHECK ("phoneNumber" ~ '^\+[1-9][0-9]{7,14}$');
ALTER TABLE "patients" ADD CONSTRAINT "patients_emergency_phone_e164_check"
  CHECK (("emergencyContact"->>'phoneNumber') ~ '^\+[1-9][0-9]{7,14}$');
ALTER TABLE "hospitals" ADD CONSTRAINT "hospitals_contact_phone_e164_check"
  CHECK (("contactInfo"->>'phoneNumber') ~ '^\+[1-9][0-9]{7,14}$');
