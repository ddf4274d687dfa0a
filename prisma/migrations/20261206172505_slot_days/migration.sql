-- CreateTable
CREATE TABLE "doctor_slot_days" (
    "doctorId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "starts" TIMESTAMPTZ(3)[],
    "types" "ConsultationType"[],
    "startTimes" VARCHAR(5)[],
    "endTimes" VARCHAR(5)[],
    "free" BOOLEAN[],
    "firstFreeInPerson" TIMESTAMPTZ(3),
    "firstFreeOnline" TIMESTAMPTZ(3),

    CONSTRAINT "doctor_slot_days_pkey" PRIMARY KEY ("doctorId","date")
);

-- CreateTable
CREATE TABLE "slot_days_coverage" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "holidays" DATE[],

    CONSTRAINT "slot_days_coverage_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "doctor_slot_days" ADD CONSTRAINT "doctor_slot_days_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "doctors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Hand-written: doctor_slot_days kept in step (listed in packages/db/src/migrations/hand-written.ts) ───
-- The same rules as packages/api/src/availability/service.ts, in one statement for any set of
-- doctors and days, so the seed and a holiday for every doctor are one pass each.

CREATE FUNCTION medbook_compute_slot_days(doctor_ids uuid[], from_date date, to_date date, holidays date[])
RETURNS TABLE ("doctorId" uuid, "date" date, starts timestamptz[], types "ConsultationType"[],
               "startTimes" varchar[], "endTimes" varchar[], free boolean[],
               "firstFreeInPerson" timestamptz, "firstFreeOnline" timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT slot.doctor, slot.day,
         array_agg(slot.starts_at ORDER BY slot.starts_at),
         array_agg(slot.type ORDER BY slot.starts_at),
         array_agg(slot.start_time ORDER BY slot.starts_at),
         array_agg(slot.end_time ORDER BY slot.starts_at),
         array_agg(a.id IS NULL ORDER BY slot.starts_at),
         min(slot.starts_at) FILTER (WHERE a.id IS NULL AND slot.type = 'in_person'),
         min(slot.starts_at) FILTER (WHERE a.id IS NULL AND slot.type = 'online')
    FROM (
      SELECT d.id AS doctor, g.t::date AS day, s.type, s."startTime" AS start_time, s."endTime" AS end_time,
             ((g.t::date + s."startTime"::time) AT TIME ZONE h."timeZone") AS starts_at
        FROM doctors d
        JOIN hospitals h ON h.id = d."hospitalId"
        CROSS JOIN generate_series(from_date::timestamp, to_date::timestamp, interval '1 day') AS g(t)
        JOIN doctor_availability_slots s
          ON s."doctorId" = d.id
         AND s.day = (ARRAY['monday','tuesday','wednesday','thursday','friday','saturday','sunday'])[extract(isodow FROM g.t)::int]::"DayOfWeek"
        LEFT JOIN hospital_operating_hours oh ON oh."hospitalId" = h.id AND oh.day = s.day
       WHERE (doctor_ids IS NULL OR d.id = ANY(doctor_ids))
         AND NOT (g.t::date = ANY(coalesce(holidays, '{}')))
         AND CASE WHEN s.type = 'in_person'
                  THEN oh.id IS NOT NULL AND s."startTime" >= oh."openTime" AND s."endTime" <= oh."closeTime"
                  ELSE EXISTS (SELECT 1 FROM doctor_online_hours w
                                WHERE w."doctorId" = d.id AND w.day = s.day
                                  AND s."startTime" >= w."startTime" AND s."endTime" <= w."endTime")
             END
         AND NOT EXISTS (SELECT 1 FROM schedule_exceptions e
                          WHERE e."hospitalId" = h.id AND (e."doctorId" = d.id OR e."doctorId" IS NULL) AND e.date = g.t::date
                            AND (e."startTime" IS NULL OR (e."startTime" < s."endTime" AND s."startTime" < e."endTime")))
    ) slot
    LEFT JOIN appointments a
      ON a."doctorId" = slot.doctor AND a."startsAt" = slot.starts_at AND a.status NOT IN ('cancelled', 'rescheduled')
   GROUP BY slot.doctor, slot.day
$$;

-- Recomputes the doctors' days (NULL: every doctor) inside the coverage. The rows are locked
-- first, so that the computation (a later statement, a later snapshot) sees every booking that
-- marked them before, and a booking that marks them after applies its mark to the new row.
CREATE FUNCTION medbook_refresh_slot_days(doctor_ids uuid[], from_date date, to_date date)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  coverage slot_days_coverage;
BEGIN
  SELECT * INTO coverage FROM slot_days_coverage WHERE id = 1;
  IF NOT FOUND THEN RETURN; END IF;
  from_date := greatest(from_date, coverage."fromDate");
  to_date := least(to_date, coverage."toDate");
  IF from_date > to_date THEN RETURN; END IF;
  PERFORM 1 FROM doctor_slot_days
    WHERE (doctor_ids IS NULL OR "doctorId" = ANY(doctor_ids)) AND date BETWEEN from_date AND to_date
    ORDER BY "doctorId", date FOR UPDATE;
  WITH computed AS (
    SELECT * FROM medbook_compute_slot_days(doctor_ids, from_date, to_date, coverage.holidays)
  ), written AS (
    INSERT INTO doctor_slot_days
      ("doctorId", date, starts, types, "startTimes", "endTimes", free, "firstFreeInPerson", "firstFreeOnline")
    SELECT * FROM computed
    ON CONFLICT ("doctorId", date) DO UPDATE
      SET starts = excluded.starts, types = excluded.types, "startTimes" = excluded."startTimes",
          "endTimes" = excluded."endTimes", free = excluded.free,
          "firstFreeInPerson" = excluded."firstFreeInPerson", "firstFreeOnline" = excluded."firstFreeOnline"
  )
  DELETE FROM doctor_slot_days f
   WHERE (doctor_ids IS NULL OR f."doctorId" = ANY(doctor_ids)) AND f.date BETWEEN from_date AND to_date
     AND NOT EXISTS (SELECT 1 FROM computed c WHERE c."doctorId" = f."doctorId" AND c.date = f.date);
END $$;

-- Moves the coverage to [from_date, to_date] with these holidays, computing only the days
-- that were not covered and the days whose holiday status changed.
CREATE FUNCTION medbook_roll_slot_days(from_date date, to_date date, holidays date[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before slot_days_coverage;
  had_coverage boolean;
  changed date;
BEGIN
  SELECT * INTO before FROM slot_days_coverage WHERE id = 1 FOR UPDATE;
  had_coverage := FOUND;
  INSERT INTO slot_days_coverage (id, "fromDate", "toDate", holidays) VALUES (1, from_date, to_date, holidays)
    ON CONFLICT (id) DO UPDATE
      SET "fromDate" = excluded."fromDate", "toDate" = excluded."toDate", holidays = excluded.holidays;
  DELETE FROM doctor_slot_days WHERE date < from_date OR date > to_date;
  IF NOT had_coverage THEN
    PERFORM medbook_refresh_slot_days(NULL, from_date, to_date);
    RETURN;
  END IF;
  IF before."toDate" < to_date THEN
    PERFORM medbook_refresh_slot_days(NULL, greatest(before."toDate" + 1, from_date), to_date);
  END IF;
  IF before."fromDate" > from_date THEN
    PERFORM medbook_refresh_slot_days(NULL, from_date, least(before."fromDate" - 1, to_date));
  END IF;
  FOR changed IN
    (SELECT unnest(holidays) EXCEPT SELECT unnest(before.holidays))
    UNION (SELECT unnest(before.holidays) EXCEPT SELECT unnest(holidays))
  LOOP
    PERFORM medbook_refresh_slot_days(NULL, changed, changed);
  END LOOP;
END $$;

-- Sets `free` of the listed slots (doctor, start instant) in place: one statement, and under
-- concurrency PostgreSQL re-evaluates it on the newest version of the row.
CREATE FUNCTION medbook_mark_slot_days(doctor_ids uuid[], instants timestamptz[], is_free boolean)
RETURNS void LANGUAGE sql AS $$
  UPDATE doctor_slot_days f
     SET free = (SELECT array_agg(CASE WHEN u.s = ANY(c.instants) THEN is_free ELSE u.fr END ORDER BY u.i)
                   FROM unnest(f.starts, f.free) WITH ORDINALITY AS u(s, fr, i)),
         "firstFreeInPerson" = (SELECT min(u.s) FROM unnest(f.starts, f.types, f.free) AS u(s, t, fr)
                                 WHERE u.t = 'in_person' AND CASE WHEN u.s = ANY(c.instants) THEN is_free ELSE u.fr END),
         "firstFreeOnline" = (SELECT min(u.s) FROM unnest(f.starts, f.types, f.free) AS u(s, t, fr)
                               WHERE u.t = 'online' AND CASE WHEN u.s = ANY(c.instants) THEN is_free ELSE u.fr END)
    FROM (SELECT x.doctor, array_agg(x.instant) AS instants,
                 -- a hospital-local day is at most one day from the UTC day
                 min((x.instant AT TIME ZONE 'UTC')::date) - 1 AS first_day,
                 max((x.instant AT TIME ZONE 'UTC')::date) + 1 AS last_day
            FROM unnest(doctor_ids, instants) AS x(doctor, instant)
           GROUP BY x.doctor) c
   WHERE f."doctorId" = c.doctor AND f.date BETWEEN c.first_day AND c.last_day AND f.starts && c.instants
$$;

CREATE FUNCTION medbook_slot_days_booked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM medbook_mark_slot_days(array_agg("doctorId"), array_agg("startsAt"), false)
     FROM new_rows WHERE status NOT IN ('cancelled', 'rescheduled');
  RETURN NULL;
END $$;

CREATE FUNCTION medbook_slot_days_unbooked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM medbook_mark_slot_days(array_agg("doctorId"), array_agg("startsAt"), true)
     FROM old_rows WHERE status NOT IN ('cancelled', 'rescheduled');
  RETURN NULL;
END $$;

CREATE FUNCTION medbook_slot_days_rebooked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- one active appointment per doctor and instant (appointments_active_slot_key): freeing is exact
  IF OLD.status NOT IN ('cancelled', 'rescheduled') THEN
    PERFORM medbook_mark_slot_days(ARRAY[OLD."doctorId"], ARRAY[OLD."startsAt"], true);
  END IF;
  IF NEW.status NOT IN ('cancelled', 'rescheduled') THEN
    PERFORM medbook_mark_slot_days(ARRAY[NEW."doctorId"], ARRAY[NEW."startsAt"], false);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER slot_days_booked AFTER INSERT ON appointments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION medbook_slot_days_booked();
CREATE TRIGGER slot_days_unbooked AFTER DELETE ON appointments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION medbook_slot_days_unbooked();
CREATE TRIGGER slot_days_rebooked AFTER UPDATE OF status, "startsAt", "doctorId" ON appointments FOR EACH ROW
  WHEN ((OLD.status NOT IN ('cancelled', 'rescheduled')) IS DISTINCT FROM (NEW.status NOT IN ('cancelled', 'rescheduled'))
        OR OLD."startsAt" IS DISTINCT FROM NEW."startsAt" OR OLD."doctorId" IS DISTINCT FROM NEW."doctorId")
  EXECUTE FUNCTION medbook_slot_days_rebooked();

-- A change to what the slots are computed from: TG_ARGV[0] selects (doctor, first day, last day)
-- from the statement's transition tables (NULL days: every covered day); those are recomputed.
CREATE FUNCTION medbook_slot_days_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  doctor_ids uuid[];
  first_day date;
  last_day date;
BEGIN
  EXECUTE 'SELECT array_agg(DISTINCT doctor), min(first_day), max(last_day) FROM (' || TG_ARGV[0]
       || ') AS changed(doctor, first_day, last_day)'
     INTO doctor_ids, first_day, last_day;
  IF doctor_ids IS NOT NULL THEN
    PERFORM medbook_refresh_slot_days(doctor_ids, coalesce(first_day, '-infinity'), coalesce(last_day, 'infinity'));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER slot_days_template_inserted AFTER INSERT ON doctor_availability_slots
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM new_rows');
CREATE TRIGGER slot_days_template_updated AFTER UPDATE ON doctor_availability_slots
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM old_rows UNION SELECT "doctorId", NULL, NULL FROM new_rows');
CREATE TRIGGER slot_days_template_deleted AFTER DELETE ON doctor_availability_slots
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM old_rows');

CREATE TRIGGER slot_days_online_hours_inserted AFTER INSERT ON doctor_online_hours
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM new_rows');
CREATE TRIGGER slot_days_online_hours_updated AFTER UPDATE ON doctor_online_hours
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM old_rows UNION SELECT "doctorId", NULL, NULL FROM new_rows');
CREATE TRIGGER slot_days_online_hours_deleted AFTER DELETE ON doctor_online_hours
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT "doctorId", NULL::date, NULL::date FROM old_rows');

CREATE TRIGGER slot_days_operating_hours_inserted AFTER INSERT ON hospital_operating_hours
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, NULL::date, NULL::date FROM new_rows r JOIN doctors d ON d."hospitalId" = r."hospitalId"');
CREATE TRIGGER slot_days_operating_hours_updated AFTER UPDATE ON hospital_operating_hours
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, NULL::date, NULL::date FROM (SELECT "hospitalId" FROM old_rows UNION SELECT "hospitalId" FROM new_rows) r JOIN doctors d ON d."hospitalId" = r."hospitalId"');
CREATE TRIGGER slot_days_operating_hours_deleted AFTER DELETE ON hospital_operating_hours
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, NULL::date, NULL::date FROM old_rows r JOIN doctors d ON d."hospitalId" = r."hospitalId"');

CREATE TRIGGER slot_days_exception_inserted AFTER INSERT ON schedule_exceptions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, r.date, r.date FROM new_rows r JOIN doctors d ON d."hospitalId" = r."hospitalId" AND (r."doctorId" IS NULL OR r."doctorId" = d.id)');
CREATE TRIGGER slot_days_exception_updated AFTER UPDATE ON schedule_exceptions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, r.date, r.date FROM (SELECT "hospitalId", "doctorId", date FROM old_rows UNION SELECT "hospitalId", "doctorId", date FROM new_rows) r JOIN doctors d ON d."hospitalId" = r."hospitalId" AND (r."doctorId" IS NULL OR r."doctorId" = d.id)');
CREATE TRIGGER slot_days_exception_deleted AFTER DELETE ON schedule_exceptions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, r.date, r.date FROM old_rows r JOIN doctors d ON d."hospitalId" = r."hospitalId" AND (r."doctorId" IS NULL OR r."doctorId" = d.id)');

-- a hospital's time zone moves every slot instant; a doctor moving hospital changes all of them
CREATE TRIGGER slot_days_hospital_updated AFTER UPDATE ON hospitals
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT d.id, NULL::date, NULL::date FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN doctors d ON d."hospitalId" = n.id WHERE o."timeZone" IS DISTINCT FROM n."timeZone"');
CREATE TRIGGER slot_days_doctor_updated AFTER UPDATE ON doctors
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION medbook_slot_days_source_changed('SELECT n.id, NULL::date, NULL::date FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."hospitalId" IS DISTINCT FROM n."hospitalId"');
