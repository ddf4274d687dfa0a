import { uploadImage } from '../lib/upload-image'
import type { ChatAttachment } from './chat-types'

function isAttachment(body: Record<string, unknown>): body is ChatAttachment & Record<string, unknown> {
  return typeof body.id === 'string' && typeof body.url === 'string' && typeof body.name === 'string'
}

/** POSTs one chosen file to /uploads/message-file (cookie auth); the server checks its bytes and size. */
export function uploadMessageFile(file: File): Promise<ChatAttachment> {
  const query = new URLSearchParams({ fileName: file.name })
  return uploadImage(`/uploads/message-file?${query.toString()}`, file, isAttachment)
}
