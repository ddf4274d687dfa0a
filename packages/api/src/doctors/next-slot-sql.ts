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

/** Great-circle distance in km between hospital `h` and a point (haversine). */
export function distanceKmSql(point: { latitude: number; longitude: number }): Prisma.Sql {
  return Prisma.sql`(6371 * 2 * asin(sqrt(
      power(sin(radians(h.latitude - ${point.latitude}::float8) / 2), 2)
    + cos(radians(${point.latitude}::float8)) * cos(radians(h.latitude))
      * power(sin(radians(h.longitude - ${point.longitude}::float8) / 2), 2))))`
}
