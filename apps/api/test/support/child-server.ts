import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createSession } from '@medbook/api'
import type { PrismaClient } from '@medbook/db'
import superjson from 'superjson'

// Real API processes (src/main.ts) for tests that run several or kill one, and a small clinic to book at.

const APP_DIR = fileURLToPath(new URL('../..', import.meta.url))
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** Starts `node src/main.ts` with `env` on a free port (one server process unless env asks for more); resolves when it prints its address. */
export function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: APP_DIR,
    env: { ...process.env, MEDBOOK_WORKERS: '1', ...env, PORT: '0', HOST: '127.0.0.1', MEDBOOK_SEED: 'false' },
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

/** Stops a child started by startChild and waits until it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** One hospital open every day 07:00–19:00, one doctor with half-hour slots, one signed-in patient. */
export async function seedClinic(db: PrismaClient, tag = 'crash') {
  const owner = await db.user.create({
    data: { role: 'hospital', email: `owner@${tag}.test`, firstName: 'A', lastName: 'B' },
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
      registrationNumber: `${tag.toUpperCase()}-1`,
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
    data: { role: 'doctor', email: `doctor@${tag}.test`, firstName: 'C', lastName: 'D' },
  })
  const doctor = await db.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: hospital.id,
      licenseNumber: `${tag.toUpperCase()}-LIC`,
      consultationFee: 200_000,
      status: 'approved',
      availability: { create: slots },
    },
  })
  const patientUser = await db.user.create({
    data: { role: 'patient', email: `patient@${tag}.test`, firstName: 'E', lastName: 'F', patient: { create: {} } },
  })
  const { token } = await createSession(db, patientUser.id, { ipAddress: null, userAgent: null })
  // three days ahead, every half hour from 07:00 to 19:00 Vietnamese time: far from any notice or cutoff
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
  const startsAt = Array.from({ length: 24 }, (_, i) => new Date(Date.parse(`${day}T00:00:00Z`) + i * 30 * 60_000))
  return { doctorId: doctor.id, patientUserId: patientUser.id, token, startsAt }
}

/** appointments.book over HTTP; the status, or 0 when the connection died with the server. */
export async function book(url: string, token: string, input: Record<string, unknown>): Promise<number> {
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
