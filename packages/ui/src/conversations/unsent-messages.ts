import type { ChatAttachment } from './chat-types'

export type UnsentStatus = 'queued' | 'sending' | 'failed'

/** A message the server has not confirmed yet, shown as an optimistic bubble. */
export interface UnsentMessage {
  /** made once, kept through every retry: the server stores one message per id */
  clientMessageId: string
  conversationId: string
  content: string
  /** chosen files not uploaded yet */
  files: File[]
  /** files already uploaded (a retry does not upload them again) */
  attachments: ChatAttachment[]
  status: UnsentStatus
  createdAt: Date
  /** the last failure, for its message; null while sending or queued */
  error: unknown
}

// Module-level so that a message queued offline is still waiting (and still sent) after the reader
// leaves the thread and comes back; forgotten when the account signs out.
let unsent: readonly UnsentMessage[] = []
const listeners = new Set<() => void>()

function publish(next: readonly UnsentMessage[]) {
  unsent = next
  for (const listener of listeners) listener()
}

export const unsentMessages = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  all: () => unsent,
  add(message: UnsentMessage) {
    publish([...unsent, message])
  },
  update(clientMessageId: string, change: Partial<UnsentMessage>) {
    publish(
      unsent.map((message) => (message.clientMessageId === clientMessageId ? { ...message, ...change } : message)),
    )
  },
  remove(clientMessageId: string) {
    publish(unsent.filter((message) => message.clientMessageId !== clientMessageId))
  },
}

/** Drops every unsent message (sign-out: they belonged to the account that left). */
export function forgetUnsentMessages() {
  publish([])
}
