import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_MESSAGE_FILE_BYTES, MESSAGE_FILE_TYPES, type TMessageAttachment } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { generateToken } from '../auth/crypto.js'
import { AppError } from '../errors.js'
import { checkUpload } from '../uploads/file-types.js'
import { cleanFileName } from '../verification/documents-service.js'
import { memberOf, type Viewer } from './access.js'
import { renderDemoAttachmentPdf } from './demo-attachment-pdf.js'
import { storedAttachments } from './present.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Where a message file is read: by the conversation's members, and by its uploader before it is sent. */
export const messageFileUrl = (fileId: string) => `/files/messages/${fileId}`

/** The type a file name claims by its extension, among those a message may carry. */
const CLAIMED_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

/**
 * A name that claims one type over bytes of another ("result.pdf" holding a PNG) is refused: the
 * patient or doctor who opens it expects what the name says.
 */
function refuseDisguisedName(fileName: string | null, mime: string) {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName?.trim() ?? '')?.[1]?.toLowerCase()
  const claimed = extension ? CLAIMED_TYPES[extension] : undefined
  if (claimed && claimed !== mime) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `The file is named .${extension} but its content is another type`)
  }
}

export function attachmentOf(file: {
  id: string
  fileName: string
  mimeType: string
  size: number
}): TMessageAttachment {
  return {
    id: file.id,
    name: file.fileName,
    mimeType: file.mimeType,
    size: file.size,
    type: file.mimeType.startsWith('image/') ? 'image' : 'document',
    url: messageFileUrl(file.id),
  }
}

/**
 * Keeps an image or PDF (its type read from its bytes) in the private files folder for a message
 * the uploader is about to send; sendMessage binds it. Unsent files are swept after a day.
 */
export async function saveMessageFile(
  db: PrismaClient,
  viewer: Viewer,
  upload: { bytes: Buffer; fileName: string | null },
  privateFilesDir: string,
): Promise<TMessageAttachment> {
  const type = checkUpload(upload.bytes, {
    maxBytes: MAX_MESSAGE_FILE_BYTES,
    allowed: MESSAGE_FILE_TYPES,
    what: 'A message attachment',
  })
  refuseDisguisedName(upload.fileName, type.mime)
  const storedName = `messages/${generateToken(20)}`
  const file = path.join(privateFilesDir, storedName)
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  await writeFile(file, upload.bytes, { flag: 'wx', mode: 0o600 })
  try {
    const row = await db.messageFile.create({
      data: {
        uploadedById: viewer.id,
        fileName: cleanFileName(upload.fileName, type.extension),
        mimeType: type.mime,
        size: upload.bytes.length,
        storedName,
      },
      select: { id: true, fileName: true, mimeType: true, size: true },
    })
    return attachmentOf(row)
  } catch (error) {
    await unlink(file).catch(() => {})
    throw error
  }
}

export type ReadableMessageFile =
  | { kind: 'stored'; path: string; mimeType: string; fileName: string }
  | { kind: 'generated'; pdf: Buffer; mimeType: 'application/pdf'; fileName: string }

/**
 * GET /files/messages/<name>: an uploaded file (<fileId>) for its uploader until it is sent, then
 * for the members of its conversation; or a demo seed attachment (<messageId>.pdf, never uploaded)
 * drawn as a PDF for the members. Null for anything else, so a stranger learns nothing.
 */
export async function findReadableMessageFile(
  db: PrismaClient,
  viewer: Viewer,
  name: string,
  privateFilesDir: string,
): Promise<ReadableMessageFile | null> {
  if (UUID.test(name)) {
    const file = await db.messageFile.findFirst({
      where: {
        id: name,
        OR: [{ messageId: null, uploadedById: viewer.id }, { message: { conversation: memberOf(viewer) } }],
      },
      select: { fileName: true, mimeType: true, storedName: true },
    })
    if (!file) return null
    return {
      kind: 'stored',
      path: path.join(privateFilesDir, file.storedName),
      mimeType: file.mimeType,
      fileName: file.fileName,
    }
  }
  const messageId = /^([0-9a-f-]{36})\.pdf$/i.exec(name)?.[1]
  if (!messageId || !UUID.test(messageId)) return null
  const message = await db.message.findFirst({
    where: { id: messageId, conversation: memberOf(viewer) },
    select: {
      content: true,
      createdAt: true,
      attachments: true,
      sender: { select: { firstName: true, lastName: true } },
      conversation: {
        select: {
          hospital: { select: { name: true } },
          appointment: { select: { hospital: { select: { name: true } } } },
        },
      },
    },
  })
  const attachment = message
    ? storedAttachments(message.attachments).find((entry) => entry.url === messageFileUrl(name))
    : null
  if (!message || !attachment) return null
  const hospitalName =
    message.conversation.hospital?.name ?? message.conversation.appointment?.hospital.name ?? 'MedBook'
  return {
    kind: 'generated',
    pdf: await renderDemoAttachmentPdf({
      title: attachment.name,
      hospitalName,
      sender: message.sender,
      sentAt: message.createdAt,
    }),
    mimeType: 'application/pdf',
    fileName: attachment.name,
  }
}

/** Files uploaded for a message that was never sent, older than `before`: their rows and bytes go. */
export async function deleteUnsentMessageFiles(
  db: PrismaClient,
  privateFilesDir: string,
  before: Date,
): Promise<number> {
  const stale = await db.messageFile.findMany({
    where: { messageId: null, createdAt: { lt: before } },
    select: { id: true, storedName: true },
    take: 500,
  })
  if (stale.length === 0) return 0
  const { count } = await db.messageFile.deleteMany({
    where: { id: { in: stale.map((file) => file.id) }, messageId: null },
  })
  const still = new Set(
    (await db.messageFile.findMany({ where: { id: { in: stale.map((f) => f.id) } }, select: { id: true } })).map(
      (f) => f.id,
    ),
  )
  for (const file of stale) {
    if (!still.has(file.id)) await unlink(path.join(privateFilesDir, file.storedName)).catch(() => {})
  }
  return count
}
