import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { viewerOf } from '../src/conversations/access.js'
import { saveMessageFile } from '../src/conversations/files-service.js'
import { listMessages } from '../src/conversations/messages-service.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { sweepUnsentMessageFiles } from '../src/jobs/message-files.js'
import { callerFor } from './support/callers.js'
import { buildWorld, unique, type World } from './support/world.js'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

describe('conversations', () => {
  let db: Database
  let world: World
  let services: Services
  let filesDir: string

  type Actor = keyof World['users']
  const callerAs = async (actor: Actor) => callerFor(db.prisma, services, await world.sessionFor(world.users[actor].id))
  const callerOf = async (userId: string) => callerFor(db.prisma, services, await world.sessionFor(userId))

  async function failure(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TRPCError)
    return (error as TRPCError).code
  }

  async function doctorAtHospitalA(lastName: string) {
    const user = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('dr')}@chat.test`, firstName: 'Minh', lastName },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: user.id,
        hospitalId: world.hospitalA.id,
        licenseNumber: unique('LIC'),
        consultationFee: 300_000,
        status: 'approved',
      },
    })
    return { user, doctor }
  }

  const send = (caller: Awaited<ReturnType<typeof callerAs>>, conversationId: string, content: string) =>
    caller.conversations.send({ conversationId, clientMessageId: randomUUID(), content })

  const eventsOf = (userId: string, kind: string) =>
    db.prisma.userEvent.findMany({ where: { userId, kind }, orderBy: { seq: 'asc' } })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig())
    filesDir = await mkdtemp(path.join(tmpdir(), 'medbook-chat-'))
  })
  afterAll(async () => {
    await db?.close()
    if (filesDir) await rm(filesDir, { recursive: true, force: true })
  })

  it('lets a patient write to the doctor of their visit, past or upcoming, and the doctor back; once per visit', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const past = await world.appointmentOfPatient('past')

    const started = await patient.conversations.start({ with: 'doctor', appointmentId: past.id })
    expect(started).toMatchObject({
      title: 'BS Test doctor',
      hospital: null,
      appointment: { id: past.id, doctorName: 'BS Test doctor' },
      unreadCount: 0,
      lastMessage: null,
    })
    expect(started.participants.map((p) => p.role).sort()).toEqual(['doctor', 'patient'])

    const again = await patient.conversations.start({ with: 'doctor', appointmentId: past.id })
    const fromDoctor = await doctor.conversations.start({ with: 'patient', appointmentId: past.id })
    expect(again.id).toBe(started.id)
    expect(fromDoctor.id).toBe(started.id)
    expect(fromDoctor.title).toBe('Test patient')

    const upcoming = await world.appointmentOfPatient('future')
    const concurrent = await Promise.all(
      Array.from({ length: 6 }, () => patient.conversations.start({ with: 'doctor', appointmentId: upcoming.id })),
    )
    expect(new Set(concurrent.map((c) => c.id)).size).toBe(1)
    expect(await db.prisma.conversation.count({ where: { appointmentId: upcoming.id } })).toBe(1)

    const family = await world.familyMemberOfPatient()
    const forChild = await db.prisma.appointment.update({
      where: { id: upcoming.id },
      data: { familyMemberId: family.id },
    })
    expect((await patient.conversations.start({ with: 'doctor', appointmentId: forChild.id })).id).toBe(
      concurrent[0]?.id,
    )
  })

  it('refuses strangers with answers that reveal nothing', async () => {
    const appointment = await world.appointmentOfPatient('past')
    const otherPatient = await callerAs('otherPatient')
    const otherStaff = await callerAs('otherStaff')
    const admin = await callerAs('admin')
    const colleague = await doctorAtHospitalA('Đồng Nghiệp')
    const colleagueCaller = await callerOf(colleague.user.id)

    expect(await failure(otherPatient.conversations.start({ with: 'doctor', appointmentId: appointment.id }))).toBe(
      'NOT_FOUND',
    )
    expect(await failure(otherPatient.conversations.start({ with: 'desk', appointmentId: randomUUID() }))).toBe(
      'NOT_FOUND',
    )
    expect(await failure(otherStaff.conversations.start({ with: 'patient', appointmentId: appointment.id }))).toBe(
      'NOT_FOUND',
    )
    // another doctor of the same hospital is not this visit's doctor
    expect(await failure(colleagueCaller.conversations.start({ with: 'patient', appointmentId: appointment.id }))).toBe(
      'NOT_FOUND',
    )
    expect(await failure(admin.conversations.start({ with: 'doctor', appointmentId: appointment.id }))).toBe(
      'FORBIDDEN',
    )
    expect(await failure(otherPatient.conversations.start({ with: 'user', userId: world.users.patient.id }))).toBe(
      'FORBIDDEN',
    )

    const conversation = await (await callerAs('patient')).conversations.start({
      with: 'doctor',
      appointmentId: appointment.id,
    })
    for (const stranger of [otherPatient, otherStaff, admin, colleagueCaller]) {
      expect(await failure(stranger.conversations.get({ conversationId: conversation.id }))).toBe('NOT_FOUND')
      expect(await failure(stranger.conversations.messages({ conversationId: conversation.id }))).toBe('NOT_FOUND')
      expect(await failure(send(stranger, conversation.id, 'Xin chào'))).toBe('NOT_FOUND')
      expect((await stranger.conversations.list({})).items.map((c) => c.id)).not.toContain(conversation.id)
    }
  })

  it('lets admins open a support conversation with any user', async () => {
    const admin = await callerAs('admin')
    const support = await admin.conversations.start({ with: 'user', userId: world.users.otherPatient.id })
    expect(support.title).toBe('Test other-patient')
    await send(admin, support.id, 'MedBook hỗ trợ: tài khoản của bạn đã được mở khoá.')
    const otherPatient = await callerAs('otherPatient')
    const listed = await otherPatient.conversations.list({})
    expect(listed.items.find((c) => c.id === support.id)).toMatchObject({ title: 'Test admin', unreadCount: 1 })
    expect(await failure(admin.conversations.start({ with: 'user', userId: randomUUID() }))).toBe('NOT_FOUND')
  })

  it('puts every staff account of the hospital at the desk: no participant row until they write', async () => {
    const patient = await callerAs('patient')
    const staff = await callerAs('staff')
    const doctor = await callerAs('doctor')
    const otherStaff = await callerAs('otherStaff')
    const appointment = await world.appointmentOfPatient('future')

    const desk = await patient.conversations.start({ with: 'desk', appointmentId: appointment.id })
    expect(desk).toMatchObject({ title: world.hospitalA.name, hospital: { id: world.hospitalA.id } })
    expect((await staff.conversations.start({ with: 'patient', appointmentId: appointment.id })).id).toBe(desk.id)

    await send(patient, desk.id, 'Cho em hỏi phòng khám có chỗ gửi xe máy không ạ?')
    expect(
      await db.prisma.conversationParticipant.count({
        where: { conversationId: desk.id, userId: world.users.staff.id },
      }),
    ).toBe(0)
    const atDesk = (await staff.conversations.list({})).items.find((c) => c.id === desk.id)
    expect(atDesk).toMatchObject({ title: 'Test patient', unreadCount: 1 })
    expect((await doctor.conversations.list({})).items.map((c) => c.id)).not.toContain(desk.id)
    expect(await failure(otherStaff.conversations.get({ conversationId: desk.id }))).toBe('NOT_FOUND')

    const staffNotice = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: world.users.staff.id, type: 'new_message', relatedToId: desk.id },
    })
    expect(staffNotice.message).toContain('gửi xe máy')

    const answer = await send(staff, desk.id, 'Dạ có ạ, ở tầng hầm B1.')
    expect(answer).toMatchObject({ senderRole: 'hospital', mine: true })
    expect(
      await db.prisma.conversationParticipant.findUniqueOrThrow({
        where: { conversationId_userId: { conversationId: desk.id, userId: world.users.staff.id } },
      }),
    ).toMatchObject({ role: 'hospital', leftAt: null })
    const seen = await patient.conversations.messages({ conversationId: desk.id })
    expect(seen.items.map((m) => [m.content, m.mine])).toEqual([
      ['Dạ có ạ, ở tầng hầm B1.', false],
      ['Cho em hỏi phòng khám có chỗ gửi xe máy không ạ?', true],
    ])
    expect(seen.items[0]?.senderName).toBe('Test staff-A')
  })

  it('sends a message once for ten concurrent retries, and refuses the id for anything else', async () => {
    const patient = await callerAs('patient')
    const appointment = await world.appointmentOfPatient('past')
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    const other = await patient.conversations.start({ with: 'desk', appointmentId: appointment.id })
    const clientMessageId = randomUUID()
    const input = { conversationId: conversation.id, clientMessageId, content: '  Em bị sốt lại rồi ạ  ' }

    const sent = await Promise.all(Array.from({ length: 10 }, () => patient.conversations.send(input)))
    expect(new Set(sent.map((m) => m.id)).size).toBe(1)
    expect(sent[0]).toMatchObject({ content: 'Em bị sốt lại rồi ạ', clientMessageId, mine: true, isRead: false })
    expect(await db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(1)
    expect(await eventsOf(world.users.doctor.id, 'message')).toHaveLength(1)

    expect(await failure(patient.conversations.send({ ...input, content: 'Khác' }))).toBe('CONFLICT')
    expect(await failure(patient.conversations.send({ ...input, conversationId: other.id }))).toBe('CONFLICT')
    expect(await failure(patient.conversations.send({ ...input, content: '   ' }))).toBe('BAD_REQUEST')
    expect(
      await failure(patient.conversations.send({ ...input, clientMessageId: randomUUID(), content: 'x'.repeat(4001) })),
    ).toBe('BAD_REQUEST')
    // a client id is the sender's own: the same id from someone else is their own new message
    const doctor = await callerAs('doctor')
    const doctorsOwn = await doctor.conversations.send({ ...input, content: 'Bạn đo nhiệt độ giúp tôi' })
    expect(doctorsOwn.id).not.toBe(sent[0]?.id)
    expect(doctorsOwn).toMatchObject({ senderRole: 'doctor', clientMessageId, mine: true })
    // HTML is kept as text: clients show it, never render it
    const html = await send(patient, conversation.id, '<b>đậm</b>')
    expect(html.content).toBe('<b>đậm</b>')
  })

  it('counts unread messages per viewer, coalesces notifications and sends read receipts', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const appointment = await world.appointmentOfPatient('past')
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    const before = await doctor.conversations.unreadCount()

    const first = await send(patient, conversation.id, 'Một')
    const second = await send(patient, conversation.id, 'Hai')
    await send(patient, conversation.id, 'Ba')

    expect(await doctor.conversations.unreadCount()).toEqual({
      total: before.total + 3,
      conversations: before.conversations + 1,
    })
    const unread = await doctor.conversations.list({ unreadOnly: true })
    expect(unread.items.find((c) => c.id === conversation.id)).toMatchObject({
      unreadCount: 3,
      lastMessage: { content: 'Ba', hasAttachments: false },
    })
    expect((await patient.conversations.get({ conversationId: conversation.id })).unreadCount).toBe(0)
    const notices = await db.prisma.notification.findMany({
      where: { recipientId: world.users.doctor.id, relatedToId: conversation.id },
    })
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toBe('Test patient: Ba')
    // the insert's trigger announced the first; each update was announced by the send
    const bells = (await eventsOf(world.users.doctor.id, 'notification')).filter(
      (e) => (e.payload as { notificationId: string }).notificationId === notices[0]?.id,
    )
    expect(bells).toHaveLength(3)
    expect(
      await db.prisma.notification.count({
        where: { recipientId: world.users.patient.id, relatedToId: conversation.id },
      }),
    ).toBe(0)

    const patientReadsBefore = (await eventsOf(world.users.patient.id, 'read')).length
    await doctor.conversations.markRead({ conversationId: conversation.id, upToMessageId: second.id })
    expect((await doctor.conversations.get({ conversationId: conversation.id })).unreadCount).toBe(1)
    const history = await patient.conversations.messages({ conversationId: conversation.id })
    expect(history.items.map((m) => [m.content, m.isRead])).toEqual([
      ['Ba', false],
      ['Hai', true],
      ['Một', true],
    ])
    const receipts = await eventsOf(world.users.patient.id, 'read')
    expect(receipts).toHaveLength(patientReadsBefore + 1)
    expect(receipts.at(-1)?.payload).toEqual({
      conversationId: conversation.id,
      readerId: world.users.doctor.id,
      upToMessageId: second.id,
    })
    const doctorParticipant = (await patient.conversations.get({ conversationId: conversation.id })).participants.find(
      (p) => p.role === 'doctor',
    )
    expect(doctorParticipant?.lastReadAt).toEqual(second.createdAt)
    expect(
      await db.prisma.notification.count({
        where: { recipientId: world.users.doctor.id, relatedToId: conversation.id, isRead: false },
      }),
    ).toBe(0)

    // a read receipt never moves back
    await doctor.conversations.markRead({ conversationId: conversation.id, upToMessageId: first.id })
    expect((await doctor.conversations.get({ conversationId: conversation.id })).unreadCount).toBe(1)
    expect(
      await failure(doctor.conversations.markRead({ conversationId: conversation.id, upToMessageId: randomUUID() })),
    ).toBe('NOT_FOUND')

    // the next message after a read notification is a new notification
    await send(patient, conversation.id, 'Bốn')
    expect(
      await db.prisma.notification.count({
        where: { recipientId: world.users.doctor.id, relatedToId: conversation.id },
      }),
    ).toBe(2)
  })

  it('goes back through the history newest first with a keyset cursor', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const appointment = await world.appointmentOfPatient('past')
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    const base = Date.now() - 60 * 60_000
    // several messages share one instant: the id breaks the tie
    await db.prisma.message.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        conversationId: conversation.id,
        senderId: i % 2 ? world.users.doctor.id : world.users.patient.id,
        senderRole: i % 2 ? ('doctor' as const) : ('patient' as const),
        content: `Tin ${i}`,
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      })),
    })
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await doctor.conversations.messages({ conversationId: conversation.id, limit: 10, cursor })
      seen.push(...page.items.map((m) => m.content))
      cursor = page.nextCursor ?? undefined
      pages += 1
    } while (cursor)
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(25)
    const rows = await db.prisma.message.findMany({
      where: { conversationId: conversation.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    })
    expect(seen).toEqual(rows.map((m) => m.content))
    expect(await failure(doctor.conversations.messages({ conversationId: conversation.id, cursor: 'bm9wZQ' }))).toBe(
      'BAD_REQUEST',
    )
  })

  it('binds the sender’s own uploads to the message and refuses anyone else’s', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const appointment = await world.appointmentOfPatient('past')
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    const patientViewer = viewerOf({
      user: {
        ...world.users.patient,
        hospitalId: null,
        doctorId: null,
        doctorStatus: null,
        hospitalStatus: null,
        patientId: world.patient.id,
      },
      via: 'bearer',
      sessionId: null,
      apiKey: null,
    })
    const doctorViewer = { id: world.users.doctor.id, role: 'doctor' as const, deskHospitalId: null }

    const pdf = await saveMessageFile(db.prisma, patientViewer, { bytes: PDF, fileName: 'xet-nghiem.pdf' }, filesDir)
    const image = await saveMessageFile(db.prisma, patientViewer, { bytes: PNG, fileName: 'anh' }, filesDir)
    const doctorsFile = await saveMessageFile(db.prisma, doctorViewer, { bytes: PDF, fileName: 'don.pdf' }, filesDir)
    expect(pdf).toMatchObject({
      name: 'xet-nghiem.pdf',
      mimeType: 'application/pdf',
      type: 'document',
      size: PDF.length,
    })
    expect(image).toMatchObject({ name: 'anh.png', type: 'image', url: `/files/messages/${image.id}` })

    const refused = patient.conversations.send({
      conversationId: conversation.id,
      clientMessageId: randomUUID(),
      content: 'Kết quả',
      attachmentIds: [pdf.id, doctorsFile.id],
    })
    expect(await failure(refused)).toBe('NOT_FOUND')
    // nothing of the refused send was written
    expect(await db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(0)
    expect((await db.prisma.messageFile.findUniqueOrThrow({ where: { id: pdf.id } })).messageId).toBeNull()

    const message = await patient.conversations.send({
      conversationId: conversation.id,
      clientMessageId: randomUUID(),
      content: '',
      attachmentIds: [pdf.id, image.id],
    })
    expect(message.attachments.map((a) => a.id)).toEqual([pdf.id, image.id])
    const bound = await db.prisma.messageFile.findMany({ where: { id: { in: [pdf.id, image.id] } } })
    expect(bound.every((file) => file.messageId === message.id)).toBe(true)
    const [read] = (await doctor.conversations.messages({ conversationId: conversation.id })).items
    expect(read?.attachments).toEqual(message.attachments)
    expect((await doctor.conversations.get({ conversationId: conversation.id })).lastMessage?.hasAttachments).toBe(true)

    // a file goes with one message only
    expect(
      await failure(
        patient.conversations.send({
          conversationId: conversation.id,
          clientMessageId: randomUUID(),
          content: 'Lại',
          attachmentIds: [pdf.id],
        }),
      ),
    ).toBe('NOT_FOUND')

    // unsent uploads older than a day are swept, with their bytes
    await db.prisma.messageFile.update({
      where: { id: doctorsFile.id },
      data: { createdAt: new Date(Date.now() - 25 * 60 * 60_000) },
    })
    const sweeper = createServices({ ...defaultApiConfig(), privateFilesDir: filesDir })
    expect(await sweepUnsentMessageFiles(db.prisma, sweeper)).toBeGreaterThanOrEqual(1)
    expect(await db.prisma.messageFile.findUnique({ where: { id: doctorsFile.id } })).toBeNull()
    expect(await readdir(path.join(filesDir, 'messages'))).toHaveLength(2)
    expect(await db.prisma.messageFile.findUnique({ where: { id: pdf.id } })).not.toBeNull()
  })

  it('archives a conversation and brings it back with the next message', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const appointment = await world.appointmentOfPatient('past')
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    const thanks = await send(patient, conversation.id, 'Cảm ơn bác sĩ')

    const archived = await patient.conversations.archive({ conversationId: conversation.id, archived: true })
    expect(archived.status).toBe('archived')
    // archiving is no activity: the conversation keeps its place by its last message
    expect(archived.updatedAt).toEqual(thanks.createdAt)
    expect((await patient.conversations.list({})).items.map((c) => c.id)).not.toContain(conversation.id)
    expect((await patient.conversations.list({ status: 'archived' })).items.map((c) => c.id)).toContain(conversation.id)

    await send(doctor, conversation.id, 'Chúc bạn mau khỏe')
    expect((await patient.conversations.get({ conversationId: conversation.id })).status).toBe('active')
    expect((await patient.conversations.list({})).items[0]?.id).toBe(conversation.id)
  })

  it('lets staff assign a desk conversation to a colleague of the hospital, or back to the desk', async () => {
    const patient = await callerAs('patient')
    const staff = await callerAs('staff')
    const otherStaff = await callerAs('otherStaff')
    const appointment = await world.appointmentOfPatient('future')
    const desk = await patient.conversations.start({ with: 'desk', appointmentId: appointment.id })
    const doctorConversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })

    const assigned = await staff.conversations.assign({ conversationId: desk.id, assigneeUserId: world.users.staff.id })
    expect(assigned.assignedTo).toEqual({ userId: world.users.staff.id, name: 'Test staff-A' })
    expect((await staff.conversations.list({ assignedToMe: true })).items.map((c) => c.id)).toContain(desk.id)
    expect(
      await failure(staff.conversations.assign({ conversationId: desk.id, assigneeUserId: world.users.otherStaff.id })),
    ).toBe('NOT_FOUND')
    expect(
      await failure(staff.conversations.assign({ conversationId: desk.id, assigneeUserId: world.users.patient.id })),
    ).toBe('NOT_FOUND')
    // a doctor of the hospital can take it over: they join the conversation and read it
    const colleague = await doctorAtHospitalA('Trực')
    const colleagueCaller = await callerOf(colleague.user.id)
    expect(await failure(colleagueCaller.conversations.get({ conversationId: desk.id }))).toBe('NOT_FOUND')
    const toDoctor = await staff.conversations.assign({ conversationId: desk.id, assigneeUserId: colleague.user.id })
    expect(toDoctor.assignedTo?.userId).toBe(colleague.user.id)
    expect((await colleagueCaller.conversations.list({})).items.map((c) => c.id)).toContain(desk.id)
    await send(colleagueCaller, desk.id, 'Bác sĩ trực trả lời: chị nhịn ăn 8 tiếng nhé.')
    expect((await patient.conversations.messages({ conversationId: desk.id })).items[0]?.senderRole).toBe('doctor')
    // a doctor of another hospital cannot be handed it
    const otherHospital = await db.prisma.hospital.findUniqueOrThrow({ where: { userId: world.users.otherStaff.id } })
    const foreign = await db.prisma.doctor.create({
      data: {
        user: { create: { role: 'doctor', email: `${unique('dr')}@chat.test`, firstName: 'Khác', lastName: 'Viện' } },
        hospital: { connect: { id: otherHospital.id } },
        licenseNumber: unique('LIC'),
        consultationFee: 300_000,
        status: 'approved',
      },
    })
    expect(await failure(staff.conversations.assign({ conversationId: desk.id, assigneeUserId: foreign.userId }))).toBe(
      'NOT_FOUND',
    )
    expect(await failure(otherStaff.conversations.assign({ conversationId: desk.id, assigneeUserId: null }))).toBe(
      'NOT_FOUND',
    )
    expect(
      await failure(staff.conversations.assign({ conversationId: doctorConversation.id, assigneeUserId: null })),
    ).toBe('NOT_FOUND')
    expect(await failure(patient.conversations.assign({ conversationId: desk.id, assigneeUserId: null }))).toBe(
      'FORBIDDEN',
    )
    const back = await staff.conversations.assign({ conversationId: desk.id, assigneeUserId: null })
    expect(back.assignedTo).toBeNull()
    expect((await staff.conversations.list({ assignedToMe: true })).items.map((c) => c.id)).not.toContain(desk.id)
  })

  it('hands a leaving doctor’s conversations to the hospital desk; the doctor can no longer read them', async () => {
    const leaving = await doctorAtHospitalA('Rời Đi')
    const patient = await callerAs('patient')
    const staff = await callerAs('staff')
    const leavingCaller = await callerOf(leaving.user.id)
    const appointment = await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: leaving.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date('2025-01-10'),
        startsAt: new Date('2025-01-10T02:00:00Z'),
        endsAt: new Date('2025-01-10T02:30:00Z'),
        type: 'in_person',
        status: 'completed',
      },
    })
    const conversation = await patient.conversations.start({ with: 'doctor', appointmentId: appointment.id })
    await send(patient, conversation.id, 'Bác sĩ ơi, em tái khám được không ạ?')
    await send(leavingCaller, conversation.id, 'Được bạn nhé.')
    expect((await staff.conversations.list({})).items.map((c) => c.id)).not.toContain(conversation.id)

    await staff.myHospital.deactivateDoctor({
      doctorId: leaving.doctor.id,
      futureAppointments: 'cancel',
      reason: 'Bác sĩ chuyển công tác',
    })

    const row = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: conversation.id },
      include: { participants: true },
    })
    expect(row.hospitalId).toBe(world.hospitalA.id)
    expect(row.participants.find((p) => p.userId === leaving.user.id)?.leftAt).not.toBeNull()
    const atDesk = await staff.conversations.get({ conversationId: conversation.id })
    expect(atDesk.participants.find((p) => p.userId === leaving.user.id)?.left).toBe(true)
    expect((await patient.conversations.get({ conversationId: conversation.id })).title).toBe(world.hospitalA.name)
    expect((await staff.conversations.messages({ conversationId: conversation.id })).items).toHaveLength(2)
    await send(staff, conversation.id, 'Quầy tiếp nhận sẽ đặt lịch với bác sĩ khác cho bạn.')

    // the account is inactive (its sessions ended); the conversation is closed to it in any case
    const formerViewer = { id: leaving.user.id, role: 'doctor' as const, deskHospitalId: null }
    await expect(
      listMessages(db.prisma, formerViewer, { conversationId: conversation.id, limit: 30 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const events = await eventsOf(leaving.user.id, 'conversation')
    expect(events.some((e) => (e.payload as { conversationId: string }).conversationId === conversation.id)).toBe(true)
    // starting again finds the desk's conversation, the doctor no longer takes messages
    expect(await failure(patient.conversations.start({ with: 'doctor', appointmentId: appointment.id }))).toBe(
      'PRECONDITION_FAILED',
    )
    expect((await patient.conversations.start({ with: 'desk', appointmentId: appointment.id })).id).toBe(
      conversation.id,
    )
  })
})
