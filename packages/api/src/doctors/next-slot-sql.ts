import { Prisma } from '@medbook/db'

/**
 * SQL for the first free slot of doctor `d` (at hospital `h`) within `days` days from the
 * hospital's today: the same rules as availability/service.ts (template slots inside
 * opening or online hours, no holiday, no exception, past the notice, not booked), run
 * in the database so search can sort thousands of doctors by it. Time zones are
 * PostgreSQL's (AT TIME ZONE with the hospital's IANA zone).
 */
export function nextFreeSlotSql(options: {
  days: number
  onlyDate?: string
  type?: 'in_person' | 'online'
  earliest: Date
  holidays: string[]
  /** the hospital's today is this instant's date in its zone (the caller's clock, not the database's) */
  now: Date
}): Prisma.Sql {
  const dates = options.onlyDate
    ? Prisma.sql`SELECT ${options.onlyDate}::date AS d`
    : Prisma.sql`SELECT generate_series((${options.now}::timestamptz AT TIME ZONE h."timeZone")::date,
                                        (${options.now}::timestamptz AT TIME ZONE h."timeZone")::date + ${options.days}::int,
                                        interval '1 day')::date AS d`
  return Prisma.sql`
    SELECT ((day.d + s."startTime"::time) AT TIME ZONE h."timeZone") AS starts_at
      FROM (${dates}) AS day
      JOIN doctor_availability_slots s
        ON s."doctorId" = d.id
       AND s.day = (ARRAY['monday','tuesday','wednesday','thursday','friday','saturday','sunday'])[extract(isodow FROM day.d)::int]::"DayOfWeek"
      LEFT JOIN hospital_operating_hours oh ON oh."hospitalId" = h.id AND oh.day = s.day
     WHERE ${options.type ? Prisma.sql`s.type = ${options.type}::"ConsultationType"` : Prisma.sql`TRUE`}
       AND CASE WHEN s.type = 'in_person'
                THEN oh.id IS NOT NULL AND s."startTime" >= oh."openTime" AND s."endTime" <= oh."closeTime"
                ELSE EXISTS (SELECT 1 FROM doctor_online_hours w
                              WHERE w."doctorId" = d.id AND w.day = s.day
                                AND s."startTime" >= w."startTime" AND s."endTime" <= w."endTime")
           END
       AND NOT (day.d = ANY(${options.holidays}::date[]))
       AND NOT EXISTS (SELECT 1 FROM schedule_exceptions e
                        WHERE e."hospitalId" = h.id AND (e."doctorId" = d.id OR e."doctorId" IS NULL) AND e.date = day.d
                          AND (e."startTime" IS NULL OR (e."startTime" < s."endTime" AND s."startTime" < e."endTime")))
       AND ((day.d + s."startTime"::time) AT TIME ZONE h."timeZone") >= ${options.earliest}
       AND NOT EXISTS (SELECT 1 FROM appointments a
                        WHERE a."doctorId" = d.id
                          AND a."startsAt" = ((day.d + s."startTime"::time) AT TIME ZONE h."timeZone")
                          AND a.status NOT IN ('cancelled', 'rescheduled'))
     ORDER BY 1
     LIMIT 1`
}

/**
 * The same first free slot read from doctor_slot_days (its caller checked that the coverage
 * holds these days with these holidays). Past the day the notice ends, a day's first free start
 * is stored: the first such row (by date) answers. Only the days up to the notice's end are
 * unnested, to skip the slots the notice excludes.
 */
export function precomputedNextFreeSlotSql(options: {
  days: number
  onlyDate?: string
  type?: 'in_person' | 'online'
  earliest: Date
  now: Date
}): Prisma.Sql {
  const today = Prisma.sql`(${options.now}::timestamptz AT TIME ZONE h."timeZone")::date`
  const [first, last] = options.onlyDate
    ? [Prisma.sql`${options.onlyDate}::date`, Prisma.sql`${options.onlyDate}::date`]
    : [today, Prisma.sql`${today} + ${options.days}::int`]
  const noticeEnds = Prisma.sql`(${options.earliest}::timestamptz AT TIME ZONE h."timeZone")::date`
  const firstFree =
    options.type === 'in_person'
      ? Prisma.sql`f."firstFreeInPerson"`
      : options.type === 'online'
        ? Prisma.sql`f."firstFreeOnline"`
        : Prisma.sql`least(f."firstFreeInPerson", f."firstFreeOnline")`
  return Prisma.sql`
    SELECT coalesce(
      (SELECT min(u.starts_at)
         FROM doctor_slot_days f
         CROSS JOIN LATERAL unnest(f.starts, f.types, f.free) AS u(starts_at, type, free)
        WHERE f."doctorId" = d.id AND f.date BETWEEN ${first} AND least(${last}, ${noticeEnds})
          AND u.free AND u.starts_at >= ${options.earliest}
          AND ${options.type ? Prisma.sql`u.type = ${options.type}::"ConsultationType"` : Prisma.sql`TRUE`}),
      (SELECT ${firstFree}
         FROM doctor_slot_days f
        WHERE f."doctorId" = d.id AND f.date BETWEEN greatest(${first}, ${noticeEnds} + 1) AND ${last}
          AND ${firstFree} IS NOT NULL
        ORDER BY f.date
        LIMIT 1)) AS starts_at`
}

/** Great-circle distance in km between hospital `h` and a point (haversine). */
export function distanceKmSql(point: { latitude: number; longitude: number }): Prisma.Sql {
  return Prisma.sql`(6371 * 2 * asin(sqrt(
      power(sin(radians(h.latitude - ${point.latitude}::float8) / 2), 2)
    + cos(radians(${point.latitude}::float8)) * cos(radians(h.latitude))
      * power(sin(radians(h.longitude - ${point.longitude}::float8) / 2), 2))))`
}
