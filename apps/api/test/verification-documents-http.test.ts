import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServices, defaultApiConfig } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../../../packages/api/src/auth/sessions.js'
import { type RunningServer, startServer } from '../src/server.js'

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'), Buffer.alloc(4096, 0x20), Buffer.from('%%EOF\n')])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(512, 7)])

interface UploadedDocument {
  id: string
  fileName: string
  mimeType: string
  sizeBytes: number
  url: string
}

describe('verification documents over HTTP: upload limits and who may download', () => {
  let db: Database
  let server: RunningServer
  let uploadsDir: string
  let privateDir: string
  const tokens: Record<'doctor' | 'otherDoctor' | 'staff' | 'otherStaff' | 'patient' | 'admin', string> = {
    doctor: '',
    otherDoctor: '',
    staff: '',
    otherStaff: '',
    patient: '',
    admin: '',
  }

  const upload = (
    body: Uint8Array,
    token: string | null,
    fileName = 'Giấy phép hành nghề.pdf',
    type = 'application/pdf',
  ) =>
    fetch(`${server.url}/uploads/verification-document?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Blob([new Uint8Array(body)]),
    })
  const download = (url: string, token: string | null) =>
    fetch(`${server.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })

  beforeAll(async () => {
    db = await createTestDatabase()
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-public-'))
    privateDir = mkdtempSync(path.join(tmpdir(), 'medbook-private-'))
    const user = (role: 'patient' | 'doctor' | 'hospital' | 'admin', name: string) =>
      db.prisma.user.create({ data: { role, email: `${name}@files.test`, firstName: name, lastName: 'Test' } })
    const hospital = async (name: string) => {
      const staff = await user('hospital', `staff-${name}`)
      const row = await db.prisma.hospital.create({
        data: {
          userId: staff.id,
          name: `Bệnh viện ${name}`,
          type: 'hospital',
          street: '1 Phố Huế',
          city: 'Hà Nội',
          latitude: 21,
          longitude: 105.8,
          registrationNumber: `FILES-${name}`,
          status: 'pending',
        },
      })
      return { staff, row }
    }
    const a = await hospital('A')
    const b = await hospital('B')
    const doctor = async (name: string) => {
      const account = await user('doctor', name)
      await db.prisma.doctor.create({
        data: { userId: account.id, hospitalId: a.row.id, licenseNumber: `LIC-${name}`, consultationFee: 1 },
      })
      return account
    }
    const accounts = {
      doctor: await doctor('doctor'),
      otherDoctor: await doctor('other-doctor'),
      staff: a.staff,
      otherStaff: b.staff,
      patient: await user('patient', 'patient'),
      admin: await user('admin', 'admin'),
    }
    await db.prisma.patient.create({ data: { userId: accounts.patient.id } })
    for (const [role, account] of Object.entries(accounts)) {
      tokens[role as keyof typeof tokens] = (
        await createSession(db.prisma, account.id, { ipAddress: null, userAgent: null })
      ).token
    }
    const services = createServices(defaultApiConfig({ privateFilesDir: privateDir }))
    server = await startServer({ db: db.prisma, services, uploadsDir })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    rmSync(uploadsDir, { recursive: true, force: true })
    rmSync(privateDir, { recursive: true, force: true })
  })

  it('accepts PDF, JPEG and PNG by their bytes, up to 10 MB, from doctors and staff only', async () => {
    const accepted = await upload(PDF, tokens.doctor)
    expect(accepted.status).toBe(200)
    const document = (await accepted.json()) as UploadedDocument
    expect(document).toMatchObject({
      fileName: 'Giấy phép hành nghề.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      url: `/files/verification/${document.id}`,
    })
    expect((await upload(JPEG, tokens.staff, 'dang-ky.jpg', 'image/jpeg')).status).toBe(200)

    // the header says PDF, the bytes say HTML: refused
    const disguised = Buffer.from('<html><script>alert(1)</script></html>')
    expect((await upload(disguised, tokens.doctor)).status).toBe(415)
    // WebP is an image, but not one of the document types
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(32)])
    expect((await upload(webp, tokens.doctor, 'a.webp', 'image/webp')).status).toBe(415)
    expect((await upload(Buffer.alloc(0), tokens.doctor)).status).toBe(400)
    const tooBig = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])
    const refused = await upload(tooBig, tokens.doctor)
    expect(refused.status).toBe(413)
    expect(((await refused.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE')
    // without a Content-Length (chunked), the limit holds while reading
    const chunks = Array.from({ length: 12 }, (_, i) => (i === 0 ? PDF : Buffer.alloc(1024 * 1024, 0x20)))
    const streamed = await fetch(`${server.url}/uploads/verification-document?fileName=big.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.doctor}` },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift()
          if (next) controller.enqueue(new Uint8Array(next))
          else controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    const exactly = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length, 0x20)])
    expect((await upload(exactly, tokens.doctor)).status).toBe(200)

    expect((await upload(PDF, null)).status).toBe(401)
    expect((await upload(PDF, tokens.patient)).status).toBe(403)
    expect((await upload(PDF, tokens.admin)).status).toBe(403)
    expect((await fetch(`${server.url}/uploads/verification-document`)).status).toBe(405)

    // a cookie needs our own Origin to post (CSRF), as for every other mutation
    const cookie = { cookie: `medbook_session=${tokens.doctor}`, 'content-type': 'application/pdf' }
    const foreign = await fetch(`${server.url}/uploads/verification-document?fileName=x.pdf`, {
      method: 'POST',
      headers: { ...cookie, origin: 'https://evil.example' },
      body: new Blob([new Uint8Array(PDF)]),
    })
    expect(foreign.status).toBe(403)
    const own = await fetch(`${server.url}/uploads/verification-document?fileName=x.pdf`, {
      method: 'POST',
      headers: { ...cookie, origin: server.url },
      body: new Blob([new Uint8Array(PDF)]),
    })
    expect(own.status).toBe(200)

    // stored outside the public folder, under random names
    expect(readdirSync(uploadsDir)).toEqual([])
    const stored = readdirSync(path.join(privateDir, 'verification'))
    expect(stored).toHaveLength(4)
    expect(stored.every((name) => /^[a-z2-7]{32}$/.test(name))).toBe(true)
    expect((await fetch(`${server.url}/uploads/verification/${stored[0]}`)).status).toBe(404)
  })

  it('streams the file to its owner and admins only; everyone else gets the 404 of a missing file', async () => {
    const document = (await (await upload(PDF, tokens.doctor, 'Bằng cấp "2020".pdf')).json()) as UploadedDocument
    const mine = await download(document.url, tokens.doctor)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('application/pdf')
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff')
    expect(mine.headers.get('cache-control')).toBe('private, no-store')
    expect(mine.headers.get('content-disposition')).toBe(
      `attachment; filename="Bang cap 2020.pdf"; filename*=UTF-8''${encodeURIComponent('Bằng cấp 2020.pdf')}`,
    )
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true)
    expect((await download(`${document.url}?inline=1`, tokens.admin)).headers.get('content-disposition')).toMatch(
      /^inline; /,
    )

    const missing = await download('/files/verification/01900000-0000-7000-8000-000000000000', tokens.admin)
    expect(missing.status).toBe(404)
    const missingBody = await missing.text()
    for (const who of ['otherDoctor', 'staff', 'otherStaff', 'patient'] as const) {
      const response = await download(document.url, tokens[who])
      expect([who, response.status]).toEqual([who, 404])
      expect(await response.text()).toBe(missingBody)
    }
    expect((await download(document.url, null)).status).toBe(404)
    expect((await download('/files/verification/..%2F..%2Fetc%2Fpasswd', tokens.admin)).status).toBe(404)

    // a hospital's papers: its staff and admins
    const paper = (await (await upload(JPEG, tokens.staff, 'dang-ky.jpg', 'image/jpeg')).json()) as UploadedDocument
    const asStaff = await download(paper.url, tokens.staff)
    expect(asStaff.status).toBe(200)
    expect(asStaff.headers.get('content-type')).toBe('image/jpeg')
    expect(asStaff.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect((await download(paper.url, tokens.otherStaff)).status).toBe(404)
    expect((await download(paper.url, tokens.doctor)).status).toBe(404)
    expect((await download(paper.url, tokens.admin)).status).toBe(200)
  })
})
