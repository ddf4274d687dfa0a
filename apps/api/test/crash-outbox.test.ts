import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSession } from '@medbook/api'
import { type Database, openDatabase, type PrismaClient } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Issue 13 item 22: a server killed with SIGKILL under booking load, restarted, and every
 * client retrying with its idempotency key: no booking lost or made twice, no slot taken twice,
 * and every booking with exactly one confirmation and one activity log. (Where exactly the kill
 * lands is chance; packages/api/test/outbox.integration.test.ts fails a follow-up on purpose.)
 */
const APP_DIR = fileURLToPath(new URL('..', import.meta.url))
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const REQUESTS = 48

/** The test's own handle on the child's database: a server database, or an embedded data folder it opens between runs. */
async function crashDatabase(): Promise<{
  env: Record<string, string>
  open(): Promise<Database>
  release(): Promise<void>
  tmp: string
  close(): Promise<void>
}> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'medbook-crash-'))
  if (process.env.DATABASE_URL) {
    const db = await createTestDatabase()
    return {
      env: { DATABASE_URL: db.url },
      open: async () => db,
      release: async () => {},
      tmp,
      close: () => db.close(),
    }
  }
  const dataDir = path.join(tmp, 'pglite')
  let open: Database | null = null
  return {
    env: { MEDBOOK_DATA_DIR: dataDir, DATABASE_URL: '' },
    async open() {
      open ??= await openDatabase({ dataDir })
      return open
    },
    /** PGlite has one process at a time: let go before the server starts */
    async release() {
      await open?.close()
      open = null
    },
    tmp,
    async close() {
      await open?.close()
    },
  }
}

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: APP_DIR,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', MEDBOOK_SEED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/Health\s+(http:\/\/\S+)\/health/)
      if (match?.[1]) resolve({ child, url: match[1] })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)))
  })
}

async function seedClinic(db: PrismaClient) {
  const owner = await db.user.create({
    data: { role: 'hospital', email: 'owner@crash.test', firstName: 'A', lastName: 'B' },
  })
  const hospital = await db.hospital.create({
    data: {
      userId: owner.id,
      name: 'Bệnh viện Mất Điện',
      type: 'hospital',
      street: '1 Lê Lợi',
      city: 'Huế',
      latitude: 16.46,
      longitude: 107.59,
      registrationNumber: 'CRASH-1',
      status: 'active',
      verified: true,
      operatingHours: { create: DAYS.map((day) => ({ day, openTime: '07:00', closeTime: '19:00' })) },
    },
  })
  const slots = DAYS.flatMap((day) =>
    Array.from({ length: 24 }, (_, i) => {
      const start = 7 * 60 + i * 30
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
      return { day, startTime: hhmm(start), endTime: hhmm(start + 30), type: 'in_person' as const }
    }),
  )
  const doctorUser = await db.user.create({
    data: { role: 'doctor', email: 'doctor@crash.test', firstName: 'C', lastName: 'D' },
  })
  const doctor = await db.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: hospital.id,
      licenseNumber: 'CRASH-LIC',
      consultationFee: 200_000,
      status: 'approved',
      availability: { create: slots },
    },
  })
  const patientUser = await db.user.create({
    data: { role: 'patient', email: 'patient@crash.test', firstName: 'E', lastName: 'F', patient: { create: {} } },
  })
  const { token } = await createSession(db, patientUser.id, { ipAddress: null, userAgent: null })
  // three days ahead, every half hour from 07:00 to 19:00 Vietnamese time: far from any notice or cutoff
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
  const startsAt = Array.from({ length: 24 }, (_, i) => new Date(Date.parse(`${day}T00:00:00Z`) + i * 30 * 60_000))
  return { doctorId: doctor.id, token, startsAt }
}

/** One client's request, retried like a real client: on a dropped connection or 503, up to `attempts` times. */
async function bookRetrying(url: string, token: string, input: Record<string, unknown>, attempts: number) {
  let status = 0
  for (let attempt = 0; attempt < attempts; attempt++) {
    status = await book(url, token, input)
    if (status !== 0 && status !== 503) return status
    await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)))
  }
  return status
}

async function book(url: string, token: string, input: Record<string, unknown>): Promise<number> {
  try {
    const response = await fetch(`${url}/trpc/appointments.book`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(superjson.serialize(input)),
    })
    await response.text()
    return response.status
  } catch {
    return 0 // the connection died with the server
  }
}

describe('a server killed under booking load', () => {
  let store: Awaited<ReturnType<typeof crashDatabase>>
  let clinic: Awaited<ReturnType<typeof seedClinic>>

  beforeAll(async () => {
    store = await crashDatabase()
    clinic = await seedClinic((await store.open()).prisma)
    await store.release()
  })
  afterAll(async () => {
    await store?.close()
    if (store) rmSync(store.tmp, { recursive: true, force: true })
  })

  it('leaves every acknowledged or retried booking with its confirmation and its activity log', async () => {
    const env = {
      ...store.env,
      MAIL_OUTBOX_DIR: path.join(store.tmp, 'outbox'),
      UPLOADS_DIR: path.join(store.tmp, 'up'),
    }
    const requests = Array.from({ length: REQUESTS }, (_, i) => ({
      doctorId: clinic.doctorId,
      // two requests per slot: the loser of each pair gets CONFLICT, which is an answer too
      startsAt: clinic.startsAt[i % clinic.startsAt.length],
      type: 'in_person',
      idempotencyKey: `crash-request-${i}`,
    }))
    const first = await startChild(env)
    let answered = 0
    const load = requests.map((input) =>
      book(first.url, clinic.token, input).then((status) => {
        if (status === 200 && ++answered === 6) first.child.kill('SIGKILL')
        return status
      }),
    )
    const statuses = await Promise.all(load)
    first.child.kill('SIGKILL')
    expect(statuses.filter((status) => status === 0).length).toBeGreaterThan(0)

    const second = await startChild(env)
    const retried = await Promise.all(requests.map((input) => bookRetrying(second.url, clinic.token, input, 5)))
    expect(retried.every((status) => status === 200 || status === 409)).toBe(true)
    await new Promise<void>((resolve) => {
      second.child.once('exit', () => resolve())
      second.child.kill('SIGTERM')
    })

    const db = (await store.open()).prisma
    const booked = await db.appointment.findMany({
      where: { idempotencyKey: { startsWith: 'crash-request-' } },
      select: { id: true, startsAt: true },
    })
    expect(booked).toHaveLength(clinic.startsAt.length)
    expect(new Set(booked.map((a) => a.startsAt.getTime())).size).toBe(booked.length)
    for (const appointment of booked) {
      const confirmations = await db.notification.count({
        where: { relatedToId: appointment.id, type: 'appointment_confirmation' },
      })
      const logs = await db.activityLog.count({
        where: { action: 'book_appointment', details: { path: ['appointmentId'], equals: appointment.id } },
      })
      expect({ appointment: appointment.id, confirmations, logs }).toEqual({
        appointment: appointment.id,
        confirmations: 1,
        logs: 1,
      })
    }
  })
})
