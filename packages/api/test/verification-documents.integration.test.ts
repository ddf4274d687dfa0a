import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSessionToken } from '../src/auth/sessions.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { cleanFileName, saveVerificationDocument } from '../src/verification/documents-service.js'
import { callerFor } from './support/callers.js'
import { buildWorld, unique, type World } from './support/world.js'

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)])

describe('verification documents: who may list, read and delete them', () => {
  let db: Database
  let world: World
  let services: Services
  let filesDir: string

  async function sessionUser(userId: string) {
    const session = await validateSessionToken(db.prisma, await world.sessionFor(userId))
    if (!session) throw new Error('no session')
    return session.user
  }
  const actor = (userId: string, userRole: 'doctor' | 'hospital') => ({
    userId,
    userRole,
    ipAddress: null,
    userAgent: 'vitest',
  })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    filesDir = await mkdtemp(path.join(tmpdir(), 'medbook-docs-'))
    services = createServices(defaultApiConfig({ privateFilesDir: filesDir }))
  })
  afterAll(async () => {
    await db?.close()
    await rm(filesDir, { recursive: true, force: true })
  })

  it('a pending doctor uploads, lists and deletes; approval with documents sets verifiedDocuments', async () => {
    const user = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('pending')}@docs.test`, firstName: 'Lan', lastName: 'Phạm' },
    })
    const doctor = await db.prisma.doctor.create({
      data: { userId: user.id, hospitalId: world.hospitalA.id, licenseNumber: unique('LIC'), consultationFee: 1 },
    })
    const me = await sessionUser(user.id)
    const licence = await saveVerificationDocument(
      db.prisma,
      actor(user.id, 'doctor'),
      me,
      { bytes: PDF, fileName: 'C:\\scans\\Giấy phép hành nghề.PDF' },
      filesDir,
    )
    expect(licence).toMatchObject({
      fileName: 'Giấy phép hành nghề.PDF',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      url: `/files/verification/${licence.id}`,
    })
    const second = await saveVerificationDocument(
      db.prisma,
      actor(user.id, 'doctor'),
      me,
      { bytes: PDF, fileName: null },
      filesDir,
    )
    expect(second.fileName).toBe('document.pdf')

    const doctorCaller = await callerFor(db.prisma, services, await world.sessionFor(user.id))
    const admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    expect((await doctorCaller.verification.myDocuments()).map((d) => d.id)).toEqual([licence.id, second.id])
    expect((await doctorCaller.verification.documents({ doctorId: doctor.id })).length).toBe(2)
    expect((await admin.verification.documents({ doctorId: doctor.id })).length).toBe(2)
    // the doctor's hospital runs its roster, but the papers are the doctor's and the admins' only
    await expect(staff.verification.documents({ doctorId: doctor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(admin.verification.documents({ doctorId: world.hospitalA.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })

    const queued = (await admin.verification.queue()).doctors.find((d) => d.id === doctor.id)
    expect(queued).toMatchObject({ documentCount: 2, verifiedDocuments: false })

    const stored = await db.prisma.verificationDocument.findUniqueOrThrow({ where: { id: second.id } })
    expect(existsSync(path.join(filesDir, stored.storageKey))).toBe(true)
    await doctorCaller.verification.deleteDocument({ id: second.id })
    expect(existsSync(path.join(filesDir, stored.storageKey))).toBe(false)
    await expect(doctorCaller.verification.deleteDocument({ id: second.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })

    await admin.verification.decideDoctor({ doctorId: doctor.id, approve: true })
    expect((await db.prisma.doctor.findUniqueOrThrow({ where: { id: doctor.id } })).verifiedDocuments).toBe(true)
    // once decided, the evidence stays
    await expect(doctorCaller.verification.deleteDocument({ id: licence.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
    const log = await db.prisma.activityLog.findMany({
      where: { action: { in: ['upload_verification_document', 'delete_verification_document'] } },
      orderBy: { id: 'asc' },
    })
    expect(log.map((entry) => entry.action)).toEqual([
      'upload_verification_document',
      'upload_verification_document',
      'delete_verification_document',
    ])
  })

  it('approval without documents leaves verifiedDocuments as it was', async () => {
    const user = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('bare')}@docs.test`, firstName: 'Hà', lastName: 'Lý' },
    })
    const doctor = await db.prisma.doctor.create({
      data: { userId: user.id, hospitalId: world.hospitalA.id, licenseNumber: unique('LIC'), consultationFee: 1 },
    })
    const admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    await admin.verification.decideDoctor({ doctorId: doctor.id, approve: true })
    expect(await db.prisma.doctor.findUniqueOrThrow({ where: { id: doctor.id } })).toMatchObject({
      status: 'approved',
      verifiedDocuments: false,
    })
  })

  it('staff upload for their own hospital; another hospital sees nothing; patients cannot upload', async () => {
    const staffUser = await sessionUser(world.users.staff.id)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const paper = await saveVerificationDocument(
      db.prisma,
      actor(staffUser.id, 'hospital'),
      staffUser,
      { bytes: png, fileName: 'giay-phep.png' },
      filesDir,
    )
    expect(paper.mimeType).toBe('image/png')
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    const otherStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    expect((await staff.verification.documents({ hospitalId: world.hospitalA.id })).map((d) => d.id)).toEqual([
      paper.id,
    ])
    await expect(otherStaff.verification.documents({ hospitalId: world.hospitalA.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await otherStaff.verification.myDocuments()).toEqual([])
    await expect(otherStaff.verification.deleteDocument({ id: paper.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    // hospital A is verified and active: not pending any more
    await expect(staff.verification.deleteDocument({ id: paper.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })

    const patient = await sessionUser(world.users.patient.id)
    await expect(
      saveVerificationDocument(
        db.prisma,
        actor(patient.id, 'doctor'),
        patient,
        { bytes: PDF, fileName: 'x.pdf' },
        filesDir,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      saveVerificationDocument(
        db.prisma,
        actor(staffUser.id, 'hospital'),
        staffUser,
        { bytes: Buffer.from('GIF89a........'), fileName: 'x.gif' },
        filesDir,
      ),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
  })

  it('cleans file names: no folders or control characters, the real extension', () => {
    expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(cleanFileName('bằng\u0000 cấp\n"2020".jpeg', 'jpg')).toBe('bằng cấp 2020.jpeg')
    expect(cleanFileName('scan.png', 'pdf')).toBe('scan.png.pdf')
    expect(cleanFileName('...', 'png')).toBe('document.png')
    expect(cleanFileName('a'.repeat(300), 'pdf')).toHaveLength(144)
  })
})
