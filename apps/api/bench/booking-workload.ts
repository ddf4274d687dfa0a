import type pg from 'pg'

export interface FreeSlot {
  doctorId: string
  startsAt: Date
  endsAt: Date
  date: string
  type: 'in_person' | 'online'
}

/**
 * Free template slots 3 to 20 days ahead, spread over many doctors (the same rules the
 * API applies: opening hours, no booking, no holiday or exception checks needed for the
 * seeded calendar beyond these).
 */
export async function collectFreeSlots(pool: pg.Pool, count: number): Promise<FreeSlot[]> {
  const { rows } = await pool.query<FreeSlot>(
    `
    WITH days AS (SELECT generate_series(current_date + 3, current_date + 20, interval '1 day')::date AS d),
    candidates AS (
      SELECT d.id AS "doctorId", day.d AS date, s.type,
             ((day.d + s."startTime"::time) AT TIME ZONE h."timeZone") AS "startsAt",
             ((day.d + s."endTime"::time) AT TIME ZONE h."timeZone") AS "endsAt",
             row_number() OVER (PARTITION BY d.id ORDER BY day.d, s."startTime") AS nth
        FROM doctors d JOIN hospitals h ON h.id = d."hospitalId" CROSS JOIN days day
        JOIN doctor_availability_slots s ON s."doctorId" = d.id
         AND s.day = (ARRAY['monday','tuesday','wednesday','thursday','friday','saturday','sunday'])[extract(isodow FROM day.d)::int]::"DayOfWeek"
        JOIN hospital_operating_hours oh ON oh."hospitalId" = h.id AND oh.day = s.day
       WHERE d.status = 'approved' AND h.status = 'active' AND h.verified AND s.type = 'in_person'
         AND s."startTime" >= oh."openTime" AND s."endTime" <= oh."closeTime"
         AND NOT EXISTS (SELECT 1 FROM schedule_exceptions e WHERE e."hospitalId" = h.id AND e.date = day.d)
    )
    SELECT c."doctorId", c."startsAt", c."endsAt", to_char(c.date, 'YYYY-MM-DD') AS date, c.type
      FROM candidates c
     WHERE c.nth <= 3
       AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a."doctorId" = c."doctorId" AND a."startsAt" = c."startsAt"
                          AND a.status NOT IN ('cancelled', 'rescheduled'))
     ORDER BY md5(c."doctorId"::text || c."startsAt"::text)
     LIMIT $1`,
    [count],
  )
  return rows
}

/**
 * The booking transaction of appointments/booking-service.ts in plain SQL: the per-doctor-
 * per-day queue lock, the next queue number, the insert that the partial unique index guards.
 */
export async function bookDirectly(pool: pg.Pool, slot: FreeSlot, patientId: string): Promise<boolean> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`queue:${slot.doctorId}:${slot.date}`])
    const { rows } = await client.query<{ next: number }>(
      'SELECT coalesce(max("queueNumber"), 0) + 1 AS next FROM appointments WHERE "doctorId" = $1 AND "appointmentDate" = $2',
      [slot.doctorId, slot.date],
    )
    await client.query(
      `INSERT INTO appointments (id, "patientId", "doctorId", "hospitalId", "appointmentDate", "startsAt", "endsAt", type, "queueNumber", "updatedAt")
       SELECT gen_random_uuid(), $1, d.id, d."hospitalId", $2, $3, $4, $5, $6, now() FROM doctors d WHERE d.id = $7`,
      [patientId, slot.date, slot.startsAt, slot.endsAt, slot.type, rows[0]?.next ?? 1, slot.doctorId],
    )
    await client.query('COMMIT')
    return true
  } catch {
    await client.query('ROLLBACK')
    return false
  } finally {
    client.release()
  }
}
