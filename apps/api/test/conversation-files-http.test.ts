import { randomUUID } from 'node:crypto'
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
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(512, 7), Buffer.from([0xff, 0xd9])])
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>')

describe('message files over HTTP', () => {
  let db: Database
  let world: World
  let server: RunningServer
  let privateDir: string
  let uploadsDir: string
  const tokens: Record<'doctor' | 'patient' | 'otherPatient' | 'staff' | 'otherStaff', string> = {
    doctor: '',
    patient: '',
    otherPatient: '',
    staff: '',
    otherStaff: '',
  }
  let patient: MedBookClient
  let conversationId = ''

  const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {})
  const upload = (body: Buffer, token: string | null, fileName: string) =>
    fetch(`${server.url}/uploads/message-file?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...bearer(token) },
      body: new Blob([new Uint8Array(body)]),
    })
  const download = (url: string, token: string | null) => fetch(`${server.url}${url}`, { headers: bearer(token) })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    privateDir = mkdtempSync(path.join(tmpdir(), 'medbook-messages-'))
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-uploads-'))
    const services = createServices(defaultApiConfig({ privateFilesDir: privateDir }))
    server = await startServer({ db: db.prisma, services, uploadsDir })
    for (const role of Object.keys(tokens) as (keyof typeof tokens)[])
      tokens[role] = await world.sessionFor(world.users[role].id)
    patient = createClient({ baseUrl: server.url, apiKey: tokens.patient })
    const visit = await world.appointmentOfPatient('past')
    conversationId = (await patient.conversations.start.mutate({ with: 'doctor', appointmentId: visit.id })).id
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    rmSync(privateDir, { recursive: true, force: true })
    rmSync(uploadsDir, { recursive: true, force: true })
  })

  it('takes a JPEG and a PDF, shows them to the uploader, then to the conversation once sent', async () => {
    const photo = await upload(JPEG, tokens.patient, 'ảnh đơn thuốc.jpg')
    expect(photo.status).toBe(200)
    const image = await photo.json()
    expect(image).toMatchObject({
      name: 'ảnh đơn thuốc.jpg',
      mimeType: 'image/jpeg',
      size: JPEG.length,
      type: 'image',
      url: `/files/messages/${image.id}`,
    })
    const document = await (await upload(PDF, tokens.patient, 'Kết quả xét nghiệm.pdf')).json()
    expect(document).toMatchObject({ mimeType: 'application/pdf', type: 'document', name: 'Kết quả xét nghiệm.pdf' })

    // before it is sent, only its uploader reads it
    expect((await download(image.url, tokens.patient)).status).toBe(200)
    expect((await download(image.url, tokens.doctor)).status).toBe(404)

    const message = await patient.conversations.send.mutate({
      conversationId,
      clientMessageId: randomUUID(),
      content: 'Em gửi bác sĩ kết quả ạ',
      attachmentIds: [image.id, document.id],
    })
    expect(message.attachments.map((a) => a.id)).toEqual([image.id, document.id])

    const seen = await download(document.url, tokens.doctor)
    expect(seen.status).toBe(200)
    expect(seen.headers.get('content-type')).toBe('application/pdf')
    expect(seen.headers.get('x-content-type-options')).toBe('nosniff')
    expect(seen.headers.get('cache-control')).toBe('private, no-store')
    expect(seen.headers.get('content-disposition')).toBe(
      `inline; filename="Ket qua xet nghiem.pdf"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20x%C3%A9t%20nghi%E1%BB%87m.pdf`,
    )
    expect(Buffer.from(await seen.arrayBuffer()).equals(PDF)).toBe(true)
    const picture = await download(image.url, tokens.doctor)
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(Buffer.from(await picture.arrayBuffer()).equals(JPEG)).toBe(true)
  })

  it('refuses files whose bytes are not an image or a PDF, or not what their name says, and files over 10 MB', async () => {
    const disguisedPng = await upload(PNG, tokens.patient, 'ket-qua.pdf')
    expect(disguisedPng.status).toBe(415)
    expect(await disguisedPng.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
    const html = await upload(HTML, tokens.patient, 'ket-qua.pdf')
    expect(html.status).toBe(415)
    expect(await html.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
    const oversize = await upload(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), tokens.patient, 'lon.pdf')
    expect(oversize.status).toBe(413)
    expect(await oversize.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' })
    expect((await upload(PNG, null, 'anh.png')).status).toBe(401)
    expect(
      await db.prisma.messageFile.count({
        where: { uploadedById: world.users.patient.id, fileName: { contains: 'ket-qua' } },
      }),
    ).toBe(0)
  })

  it('answers everyone outside the conversation with the 404 of a missing file', async () => {
    const file = await (await upload(PNG, tokens.patient, 'anh.png')).json()
    await patient.conversations.send.mutate({ conversationId, clientMessageId: randomUUID(), attachmentIds: [file.id] })
    for (const outsider of [tokens.otherPatient, tokens.staff, tokens.otherStaff, null]) {
      const answer = await download(file.url, outsider)
      expect(answer.status).toBe(404)
      expect(await answer.text()).toBe('Not found')
    }
    expect((await download(`/files/messages/${randomUUID()}`, tokens.patient)).status).toBe(404)
    expect((await download('/files/messages/..%2F..%2Fetc%2Fpasswd', tokens.patient)).status).toBe(404)
  })

  it('draws the demo seed’s attachments, never uploaded, as a PDF for the conversation’s members', async () => {
    const messageId = randomUUID()
    await db.prisma.message.create({
      data: {
        id: messageId,
        conversationId,
        senderId: world.users.patient.id,
        senderRole: 'patient',
        content: 'Em gửi bác sĩ kết quả xét nghiệm ạ.',
        attachments: [{ name: 'ket-qua-xet-nghiem.pdf', url: `/files/messages/${messageId}.pdf`, type: 'document' }],
      },
    })
    const listed = await patient.conversations.messages.query({ conversationId })
    const seeded = listed.items.find((m) => m.id === messageId)
    expect(seeded?.attachments).toEqual([
      {
        id: `${messageId}.pdf`,
        name: 'ket-qua-xet-nghiem.pdf',
        mimeType: 'application/pdf',
        size: 0,
        type: 'document',
        url: `/files/messages/${messageId}.pdf`,
      },
    ])
    const pdf = await download(`/files/messages/${messageId}.pdf`, tokens.doctor)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain('inline; filename="ket-qua-xet-nghiem.pdf"')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
    expect((await download(`/files/messages/${messageId}.pdf`, tokens.otherPatient)).status).toBe(404)
  })
})
