import {
  MAX_MESSAGE_ATTACHMENTS,
  MAX_MESSAGE_FILE_BYTES,
  MAX_MESSAGE_LENGTH,
  MESSAGE_FILE_TYPES,
} from '@medbook/contracts'
import type { ChatLimits } from './chat-types'

/** What the server accepts in one message (the contract's limits), checked before sending. */
export const CHAT_LIMITS: ChatLimits = {
  maxLength: MAX_MESSAGE_LENGTH,
  maxAttachments: MAX_MESSAGE_ATTACHMENTS,
  maxFileBytes: MAX_MESSAGE_FILE_BYTES,
  fileTypes: MESSAGE_FILE_TYPES,
}
