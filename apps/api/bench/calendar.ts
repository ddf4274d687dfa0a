// The doctor's availability calendar over HTTP (availability.slots, the 31 days the booking
// page shows), for a spread of bookable doctors: latency percentiles, as for search.
import type pg from 'pg'
import { percentiles, timed } from './stats.js'

type Call = (path: string, input: unknown) => Promise<number>

export async function measureCalendar(pool: pg.Pool, call: Call, samples = 200) {
  const doctors = await pool.query<{ id: string; today: string }>(
    `SELECT d.id, to_char((now() AT TIME ZONE h."timeZone")::date, 'YYYY-MM-DD') AS today
       FROM doctors d JOIN users u ON u.id = d."userId" JOIN hospitals h ON h.id = d."hospitalId"
      WHERE d.status = 'approved' AND u.status = 'active' AND h.status = 'active' AND h.verified
      ORDER BY md5(d.id::text) LIMIT $1`,
    [samples],
  )
  const times: number[] = []
  for (const doctor of doctors.rows) {
    const to = new Date(`${doctor.today}T00:00:00Z`)
    to.setUTCDate(to.getUTCDate() + 30)
    const [status, ms] = await timed(() =>
      call('availability.slots', { doctorId: doctor.id, from: doctor.today, to: to.toISOString().slice(0, 10) }),
    )
    if (status !== 200) throw new Error(`availability.slots answered ${status}`)
    times.push(ms)
  }
  return percentiles(times)
}
