import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../../../packages/api/src/auth/sessions.js'
import { createClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const png = (n: number) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, n)])

describe('hospital images over HTTP: upload limits, removal and order', () => {
  let db: Database
  let server: RunningServer
  let uploadsDir: string
  let hospitalId: string
  const tokens = { staff: '', otherStaff: '', doctor: '', patient: '' }

  const upload = (body: Uint8Array, token: string | null, type = 'image/png') =>
    fetch(`${server.url}/uploads/hospital-image`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Blob([new Uint8Array(body)]),
    })
  const staffClient = () => createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${tokens.staff}` } })

  beforeAll(async () => {
    db = await createTestDatabase()
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-images-'))
    const user = (role: 'patient' | 'doctor' | 'hospital', name: string) =>
      db.prisma.user.create({ data: { role, email: `${name}@images.test`, firstName: name, lastName: 'Test' } })
    const hospital = async (name: string) => {
      const staff = await user('hospital', `staff-${name}`)
      const row = await db.prisma.hospital.create({
        data: {
          userId: staff.id,
          name: `Bệnh viện ${name}`,
          type: 'hospital',
          street: '1 Lý Thường Kiệt',
          city: 'Hà Nội',
          latitude: 21,
          longitude: 105.8,
          registrationNumber: `IMG-${name}`,
          status: 'active',
          verified: true,
        },
      })
      return { staff, row }
    }
    const a = await hospital('A')
    const b = await hospital('B')
    hospitalId = a.row.id
    const doctor = await user('doctor', 'doctor')
    await db.prisma.doctor.create({
      data: { userId: doctor.id, hospitalId, licenseNumber: 'IMG-LIC', consultationFee: 1, status: 'approved' },
    })
    const patient = await user('patient', 'patient')
    await db.prisma.patient.create({ data: { userId: patient.id } })
    const session = async (userId: string) =>
      (await createSession(db.prisma, userId, { ipAddress: null, userAgent: null })).token
    tokens.staff = await session(a.staff.id)
    tokens.otherStaff = await session(b.staff.id)
    tokens.doctor = await session(doctor.id)
    tokens.patient = await session(patient.id)
    server = await startServer({ db: db.prisma, uploadsDir })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    rmSync(uploadsDir, { recursive: true, force: true })
  })

  it('staff upload JPEG, PNG or WebP by their bytes, 5 MB at most, 12 per hospital', async () => {
    const first = await upload(png(1), tokens.staff)
    expect(first.status).toBe(200)
    const { images } = (await first.json()) as { images: string[] }
    expect(images).toHaveLength(1)
    expect(images[0]).toMatch(new RegExp(`^/uploads/hospitals/${hospitalId}-[a-z2-7]+\\.png$`))
    const served = await fetch(`${server.url}${images[0]}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')

    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), Buffer.alloc(128)])
    expect((await upload(jpeg, tokens.staff, 'image/jpeg')).status).toBe(200)
    const pdf = Buffer.from('%PDF-1.4 not an image')
    expect((await upload(pdf, tokens.staff, 'image/png')).status).toBe(415)
    expect((await upload(Buffer.concat([png(2), Buffer.alloc(5 * 1024 * 1024)]), tokens.staff)).status).toBe(413)
    expect((await upload(png(3), tokens.doctor)).status).toBe(403)
    expect((await upload(png(3), tokens.patient)).status).toBe(403)
    expect((await upload(png(3), null)).status).toBe(401)

    for (let i = 0; i < 10; i++) expect((await upload(png(10 + i), tokens.staff)).status).toBe(200)
    const thirteenth = await upload(png(99), tokens.staff)
    expect(thirteenth.status).toBe(412)
    expect(((await thirteenth.json()) as { error: string }).error).toContain('at most 12')
    // nothing was left behind by the refused uploads
    expect(readdirSync(path.join(uploadsDir, 'hospitals'))).toHaveLength(12)
    const stored = await db.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId } })
    expect(stored.images).toHaveLength(12)
  })

  it('staff reorder and remove their images; the removed file is gone; other hospitals cannot touch them', async () => {
    const staff = staffClient()
    const { images } = await db.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId } })
    const reversed = [...images].reverse()
    expect((await staff.myHospital.reorderImages.mutate({ urls: reversed })).images).toEqual(reversed)
    await expect(staff.myHospital.reorderImages.mutate({ urls: reversed.slice(1) })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    })
    await expect(
      staff.myHospital.reorderImages.mutate({ urls: [...reversed.slice(1), reversed[1] as string] }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } })

    const cover = reversed[0] as string
    const other = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${tokens.otherStaff}` } })
    await expect(other.myHospital.removeImage.mutate({ url: cover })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    })
    const after = await staff.myHospital.removeImage.mutate({ url: cover })
    expect(after.images).toEqual(reversed.slice(1))
    expect((await fetch(`${server.url}${cover}`)).status).toBe(404)
    expect(readdirSync(path.join(uploadsDir, 'hospitals'))).toHaveLength(11)
    const publicView = await createClient({ baseUrl: server.url }).hospitals.get.query({ id: hospitalId })
    expect(publicView.images).toEqual(reversed.slice(1))

    // room again for one more
    expect((await upload(png(42), tokens.staff)).status).toBe(200)
    const log = await db.prisma.activityLog.groupBy({ by: ['action'], _count: true, orderBy: { action: 'asc' } })
    expect(log.map((row) => [row.action, row._count])).toEqual([
      ['remove_hospital_image', 1],
      ['reorder_hospital_images', 1],
      ['upload_hospital_image', 13],
    ])
  })
})
