import type pg from 'pg'
import type { PrismaClient } from '../generated/prisma/client.js'
import { rollSlotDays, slotDaysCoverageAt } from '../slot-days.js'
import { BulkWriter, detectBulkMethod, elapsed } from './bulk.js'
import { withIntegrityDeferred } from './deferred-integrity.js'
import { DEFAULT_RANDOM_SEED, SCALES, type SeedScale } from './scale.js'
import { seedDirectory } from './seed-directory.js'
import { seedVisits } from './seed-visits.js'
import { SEEDED_HORIZON_DAYS, SEEDED_PUBLIC_HOLIDAYS } from './settings.js'
import { addDays, localDateOf } from './time.js'
import { demoPasswordHash } from './users.js'

export interface SeedTarget {
  prisma: PrismaClient
  pool: pg.Pool
}

export interface SeedOptions {
  scale: SeedScale
  /** fixes every generated value; the same seed and `now` give the same rows */
  randomSeed?: number
  /** the instant that splits past from future appointments; defaults to the real time */
  now?: Date
  log?: (line: string) => void
}

/** True when the database already holds accounts or a catalogue, which seeding would collide with. */
export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  const [user, specialty] = await Promise.all([
    prisma.user.findFirst({ select: { id: true } }),
    prisma.specialty.findFirst({ select: { id: true } }),
  ])
  return user !== null || specialty !== null
}

/** Ratings are what the approved reviews actually seeded say. */
const RATING_STATEMENTS: ReadonlyArray<string> = [
  `UPDATE "doctors" AS d SET "ratingAverage" = r.average, "ratingCount" = r.count
   FROM (SELECT "doctorId", round(avg(rating), 1)::float8 AS average, count(*)::int AS count
         FROM "reviews" WHERE "targetType" = 'doctor' AND "isApproved" GROUP BY "doctorId") AS r
   WHERE r."doctorId" = d.id`,
  `UPDATE "hospitals" AS h SET "ratingAverage" = r.average, "ratingCount" = r.count
   FROM (SELECT "hospitalId", round(avg(rating), 1)::float8 AS average, count(*)::int AS count
         FROM "reviews" WHERE "targetType" = 'hospital' AND "isApproved" GROUP BY "hospitalId") AS r
   WHERE r."hospitalId" = h.id`,
]

/**
 * Fills an empty database with deterministic demo data, in one transaction: either all of it
 * lands or none. Returns the number of rows written per table.
 */
export async function seedDemoData(target: SeedTarget, options: SeedOptions): Promise<Record<string, number>> {
  const seed = options.randomSeed ?? DEFAULT_RANDOM_SEED
  const now = options.now ?? new Date()
  const log = options.log ?? (() => {})
  const plan = SCALES[options.scale]
  const client = await target.pool.connect()
  const writer = new BulkWriter(await detectBulkMethod(client), log)
  const started = Date.now()
  try {
    const passwordHash = await demoPasswordHash()
    await client.query('BEGIN')
    // the seeded notifications are history, not live events (see medbook_notification_event)
    await client.query("SELECT set_config('medbook.seeding', 'on', true)")
    log(`seeding ${options.scale} scale (seed ${seed}) with ${writer.method === 'copy' ? 'COPY' : 'batched INSERT'}`)
    let step = Date.now()
    const directory = seedDirectory(writer, { seed, now, plan, passwordHash })
    log(`generated hospitals, doctors and patients in ${elapsed(step)}`)
    await writer.flush(client)
    step = Date.now()
    const today = localDateOf(now)
    const window = { now, firstDay: addDays(today, -plan.pastDays), lastDay: addDays(today, plan.futureDays) }
    seedVisits(writer, directory, window, seed, plan.appointments)
    log(`generated appointments and what follows from them in ${elapsed(step)}`)
    await withIntegrityDeferred(client, writer.pendingTables(), () => writer.flush(client), log)
    for (const statement of RATING_STATEMENTS) await client.query(statement)
    step = Date.now()
    await rollSlotDays(client, slotDaysCoverageAt(now, SEEDED_HORIZON_DAYS), SEEDED_PUBLIC_HOLIDAYS)
    log(`computed the doctors' slot days in ${elapsed(step)}`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    writer.dispose()
    client.release()
  }
  await target.pool.query('ANALYZE')
  log(`seeded in ${elapsed(started)}`)
  return writer.counts()
}
