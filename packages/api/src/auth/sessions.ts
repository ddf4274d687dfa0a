import type { PrismaClient } from '@medbook/db'
import { generateToken, sha256Hex } from './crypto.js'
import { noSessionCache, type SessionCache } from './session-cache.js'

// Lucia's session model (lucia-auth.com/sessions/basic): the client keeps a random token,
// the database keeps only its SHA-256. Sessions last 30 days and slide forward when used
// in their second half.
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000
const RENEW_AFTER_MS = SESSION_LIFETIME_MS / 2
const TOUCH_EVERY_MS = 5 * 60 * 1000

export const sessionUserSelect = {
  id: true,
  role: true,
  status: true,
  email: true,
  phoneNumber: true,
  firstName: true,
  lastName: true,
  profilePicture: true,
  verificationStatus: true,
  hospital: { select: { id: true, status: true } },
  doctor: { select: { id: true, hospitalId: true, status: true } },
  patient: { select: { id: true } },
} as const

export interface SessionUser {
  id: string
  role: 'patient' | 'doctor' | 'admin' | 'hospital'
  status: 'active' | 'inactive' | 'blocked'
  email: string | null
  phoneNumber: string | null
  firstName: string
  lastName: string
  profilePicture: string | null
  verificationStatus: boolean
  /** the hospital this staff account runs, or this doctor works at */
  hospitalId: string | null
  doctorId: string | null
  doctorStatus: 'approved' | 'pending' | 'rejected' | null
  /** the verification state of the hospital this staff account runs */
  hospitalStatus: 'active' | 'inactive' | 'pending' | null
  patientId: string | null
}

type SelectedUser = {
  hospital: { id: string; status: 'active' | 'inactive' | 'pending' } | null
  doctor: { id: string; hospitalId: string; status: 'approved' | 'pending' | 'rejected' } | null
  patient: { id: string } | null
} & Omit<SessionUser, 'hospitalId' | 'doctorId' | 'doctorStatus' | 'hospitalStatus' | 'patientId'>

export function toSessionUser({ hospital, doctor, patient, ...user }: SelectedUser): SessionUser {
  return {
    ...user,
    hospitalId: hospital?.id ?? doctor?.hospitalId ?? null,
    doctorId: doctor?.id ?? null,
    doctorStatus: doctor?.status ?? null,
    hospitalStatus: hospital?.status ?? null,
    patientId: patient?.id ?? null,
  }
}

export async function createSession(
  db: PrismaClient,
  userId: string,
  meta: { ipAddress: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = generateToken()
  const id = sha256Hex(token)
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS)
  await db.session.create({ data: { id, userId, expiresAt, ipAddress: meta.ipAddress, userAgent: meta.userAgent } })
  return { token, id, expiresAt }
}

export interface ValidatedSession {
  session: { id: string; expiresAt: Date }
  user: SessionUser
}

/**
 * The session and its user, or null when the token is unknown, expired or its account is not
 * active. A session this process validated recently comes from `cache` unless it is due for a
 * write (renewal, lastUsedAt); the cache drops it as soon as it ends or its user changes.
 */
export async function validateSessionToken(
  db: PrismaClient,
  token: string,
  cache: SessionCache = noSessionCache,
): Promise<ValidatedSession | null> {
  const id = sha256Hex(token)
  const now = Date.now()
  const cached = cache.get(id)
  if (cached && !dueForWrite(cached, now)) return { session: { id, expiresAt: cached.expiresAt }, user: cached.user }
  const ticket = cache.ticket()
  const row = await db.session.findUnique({
    where: { id },
    select: { id: true, expiresAt: true, lastUsedAt: true, user: { select: sessionUserSelect } },
  })
  if (!row) return null
  if (now >= row.expiresAt.getTime()) {
    await db.session.deleteMany({ where: { id } })
    return null
  }
  if (row.user.status !== 'active') {
    // an account that is blocked or inactive loses every session the moment it is seen
    await db.session.deleteMany({ where: { userId: row.user.id } })
    return null
  }
  let { expiresAt, lastUsedAt } = row
  if (now >= row.expiresAt.getTime() - RENEW_AFTER_MS) {
    expiresAt = new Date(now + SESSION_LIFETIME_MS)
    lastUsedAt = new Date(now)
    await db.session.update({ where: { id }, data: { expiresAt, lastUsedAt } })
  } else if (now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    lastUsedAt = new Date(now)
    await db.session.update({ where: { id }, data: { lastUsedAt } })
  }
  const user = toSessionUser(row.user)
  cache.put(ticket, { id, expiresAt, lastUsedAt, user })
  return { session: { id, expiresAt }, user }
}

/** Expired, in its renewal half, or its lastUsedAt is stale: the database has to be written. */
function dueForWrite(session: { expiresAt: Date; lastUsedAt: Date }, now: number): boolean {
  return now >= session.expiresAt.getTime() - RENEW_AFTER_MS || now - session.lastUsedAt.getTime() > TOUCH_EVERY_MS
}

export async function invalidateSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } })
}

export async function invalidateUserSessions(
  db: PrismaClient,
  userId: string,
  options: { except?: string } = {},
): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
  })
  return count
}
