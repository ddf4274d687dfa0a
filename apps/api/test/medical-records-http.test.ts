import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServices, defaultApiConfig } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, type World } from '../../../packages/api/test/support/world.js'
import { createClient, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20), Buffer.from('%%EOF\n')])
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 1)])

describe('medical records over HTTP: lab files, PDFs, and the SDK', () => {
  let db: Database
  let world: World
  let server: RunningServer
  let privateDir: string
  let uploadsDir: string
  const tokens: Record<'doctor' | 'patient' | 'otherPatient' | 'staff' | 'admin', string> = {
    doctor: '',
    patient: '',
    otherPatient: '',
    staff: '',
    admin: '',
  }
  let doctor: MedBookClient
  let recordId = ''

  const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {})
  const upload = (body: Buffer, token: string | null, record = recordId, fileName = 'Công thức máu.pdf') =>
    fetch(`${server.url}/uploads/medical-record-file?recordId=${record}&fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', ...bearer(token) },
      body: new Blob([new Uint8Array(body)]),
    })
  const download = (url: string, token: string | null) => fetch(`${server.url}${url}`, { headers: bearer(token) })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    privateDir = mkdtempSync(path.join(tmpdir(), 'medbook-records-'))
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-uploads-'))
    const services = createServices(defaultApiConfig({ privateFilesDir: privateDir }))
    server = await startServer({ db: db.prisma, services, uploadsDir })
    for (const role of Object.keys(tokens) as (keyof typeof tokens)[])
      tokens[role] = await world.sessionFor(world.users[role].id)
    doctor = createClient({ baseUrl: server.url, apiKey: tokens.doctor })

    const startsAt = new Date(Date.now() - 3 * 3_600_000)
    const visit = await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'in_person',
        status: 'completed',
      },
    })
    const draft = await doctor.medicalRecords.saveDraft.mutate({
      appointmentId: visit.id,
      content: {
        diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }],
        prescription: [
          { medicationName: 'Paracetamol 500mg', dosage: '1 viên', frequency: 'mỗi 6 giờ khi sốt', duration: '3 ngày' },
        ],
      },
    })
    recordId = draft.id
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    rmSync(privateDir, { recursive: true, force: true })
    rmSync(uploadsDir, { recursive: true, force: true })
  })

  it('takes lab files from the treating doctor only, by their bytes and size, and refuses disguised ones', async () => {
    const accepted = await upload(PDF, tokens.doctor)
    expect(accepted.status).toBe(200)
    const file = (await accepted.json()) as { id: string; url: string; fileName: string; mimeType: string }
    expect(file).toMatchObject({
      fileName: 'Công thức máu.pdf',
      mimeType: 'application/pdf',
      url: `/files/records/${file.id}`,
    })
    expect((await upload(PNG, tokens.doctor, recordId, 'phim.png')).status).toBe(200)

    expect((await upload(Buffer.from('<html><script>alert(1)</script>'), tokens.doctor)).status).toBe(415)
    expect((await upload(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), tokens.doctor)).status).toBe(413)
    expect((await upload(PDF, tokens.staff)).status).toBe(404)
    expect((await upload(PDF, tokens.patient)).status).toBe(404)
    expect((await upload(PDF, null)).status).toBe(401)
    expect((await upload(PDF, tokens.doctor, '00000000-0000-4000-8000-000000000000')).status).toBe(404)
    for (const malformed of ['abc', "1' OR '1'='1", '']) {
      expect((await upload(PDF, tokens.doctor, encodeURIComponent(malformed))).status).toBe(404)
    }
    expect(await db.prisma.medicalRecordFile.count({ where: { recordId } })).toBe(2)

    // the autosave names the file; the patient reads it only once the record is shared
    await doctor.medicalRecords.saveDraft.mutate({
      appointmentId: (await db.prisma.medicalRecord.findUniqueOrThrow({ where: { id: recordId } })).appointmentId ?? '',
      content: {
        diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }],
        labTests: [{ name: 'Công thức máu', results: 'Bạch cầu 11.2 G/L', fileIds: [file.id] }],
      },
    })
    expect((await download(file.url, tokens.doctor)).status).toBe(200)
    expect((await download(file.url, tokens.patient)).status).toBe(404)
    await doctor.medicalRecords.share.mutate({ id: recordId })
    const read = await download(file.url, tokens.patient)
    expect(read.status).toBe(200)
    expect(read.headers.get('content-type')).toBe('application/pdf')
    expect(read.headers.get('cache-control')).toBe('private, no-store')
    expect(Buffer.from(await read.arrayBuffer()).equals(PDF)).toBe(true)
    for (const outsider of [tokens.otherPatient, tokens.staff, tokens.admin, null]) {
      expect((await download(file.url, outsider)).status).toBe(404)
    }
  })

  it('gives the record as a PDF in Vietnamese or English to its readers only, and logs each download', async () => {
    const vi = await download(`/files/medical-records/${recordId}.pdf`, tokens.patient)
    expect(vi.status).toBe(200)
    expect(vi.headers.get('content-type')).toBe('application/pdf')
    expect(vi.headers.get('content-disposition')).toContain('ho-so-kham-')
    const bytes = Buffer.from(await vi.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const en = await download(`/files/medical-records/${recordId}.pdf?lang=en`, tokens.doctor)
    expect(en.headers.get('content-disposition')).toContain('medical-record-')
    for (const outsider of [tokens.otherPatient, tokens.staff, tokens.admin, null]) {
      expect((await download(`/files/medical-records/${recordId}.pdf`, outsider)).status).toBe(404)
    }
    const downloads = await db.prisma.activityLog.count({
      where: { action: 'download_medical_record', details: { path: ['recordId'], equals: recordId } },
    })
    expect(downloads).toBeGreaterThanOrEqual(2)
  })

  it('draws a demo lab result named by the seed from its record', async () => {
    const demo = await db.prisma.medicalRecord.update({
      where: { id: recordId },
      data: {
        labTests: [
          { name: 'Xét nghiệm CRP', results: 'CRP 12 mg/L', attachments: [`/files/lab-results/${recordId}-1.pdf`] },
        ],
      },
    })
    const drawn = await download(`/files/lab-results/${demo.id}-1.pdf`, tokens.patient)
    expect(drawn.status).toBe(200)
    expect(
      Buffer.from(await drawn.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await download(`/files/lab-results/${demo.id}-2.pdf`, tokens.patient)).status).toBe(404)
    expect((await download(`/files/lab-results/${demo.id}-1.pdf`, tokens.otherPatient)).status).toBe(404)

    // the editor cannot name a demo file by id: an amendment keeps it with its lab test
    const amended = await doctor.medicalRecords.amend.mutate({
      id: demo.id,
      content: {
        diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }],
        labTests: [{ name: 'Xét nghiệm CRP', results: 'CRP 8 mg/L', fileIds: [] }],
      },
      reason: 'Cập nhật kết quả CRP',
    })
    expect(amended.labTests[0]?.attachments.map((file) => file.url)).toEqual([`/files/lab-results/${demo.id}-1.pdf`])
  })

  it('lets an integrator read a patient’s shared records with a records:read key, and a hospital’s published reviews without one', async () => {
    const { secret: key } = await createClient({ baseUrl: server.url, apiKey: tokens.patient }).apiKeys.create.mutate({
      name: 'Ứng dụng bảo hiểm',
      scopes: ['records:read'],
    })
    const insurer = createClient({ baseUrl: server.url, apiKey: key })
    const page = await insurer.medicalRecords.mine.query({})
    expect(page.items.map((item) => item.id)).toContain(recordId)
    const record = await insurer.medicalRecords.get.query({ id: recordId })
    expect(record.diagnosis[0]).toEqual({ text: 'Viêm họng cấp', code: 'J02.9' })
    const pdf = await download(`/files/medical-records/${recordId}.pdf`, key)
    expect(pdf.status).toBe(200)
    // a key without the scope reads nothing clinical
    const { secret: narrow } = await createClient({
      baseUrl: server.url,
      apiKey: tokens.patient,
    }).apiKeys.create.mutate({
      name: 'Chỉ hồ sơ cá nhân',
      scopes: ['profile:read'],
    })
    await expect(
      createClient({ baseUrl: server.url, apiKey: narrow }).medicalRecords.mine.query({}),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } })
    expect((await download(`/files/medical-records/${recordId}.pdf`, narrow)).status).toBe(404)

    const anonymous = createClient({ baseUrl: server.url })
    const reviews = await anonymous.reviews.published.query({ targetType: 'hospital', targetId: world.hospitalA.id })
    expect(reviews.summary).toEqual({ average: 0, count: 0, distribution: [0, 0, 0, 0, 0] })
  })
})
