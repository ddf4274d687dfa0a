import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { ChatAttachment, ChatMessage, SendMessageInput } from './chat-types'
import { type UnsentMessage, unsentMessages } from './unsent-messages'

export interface SendQueueOptions<M extends ChatMessage = ChatMessage> {
  conversationId: string
  send: (input: SendMessageInput & { conversationId: string }) => Promise<M>
  upload: (file: File) => Promise<ChatAttachment>
  /** the server stored it: put it in the thread (the optimistic bubble goes away) */
  onSent: (message: M) => void
}

function isOffline() {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

/**
 * Sends with an optimistic bubble: "sending" at once, "failed · retry" when the server refuses or
 * the network drops, "queued" while the device is offline (sent when it is back). Every retry uses
 * the message's first clientMessageId, so a send whose answer was lost is still one message.
 */
export function useSendQueue<M extends ChatMessage>({ conversationId, send, upload, onSent }: SendQueueOptions<M>) {
  const all = useSyncExternalStore(unsentMessages.subscribe, unsentMessages.all, unsentMessages.all)
  const pending = useMemo(
    () => all.filter((message) => message.conversationId === conversationId),
    [all, conversationId],
  )
  const callbacks = useRef({ send, upload, onSent })
  callbacks.current = { send, upload, onSent }
  const inFlight = useRef(new Set<string>())

  const deliver = useCallback(async (message: UnsentMessage) => {
    if (inFlight.current.has(message.clientMessageId)) return
    if (isOffline()) {
      unsentMessages.update(message.clientMessageId, { status: 'queued', error: null })
      return
    }
    inFlight.current.add(message.clientMessageId)
    unsentMessages.update(message.clientMessageId, { status: 'sending', error: null })
    try {
      const attachments = [...message.attachments]
      for (const file of message.files) {
        attachments.push(await callbacks.current.upload(file))
        // uploaded once: a retry after a later failure does not upload it again
        unsentMessages.update(message.clientMessageId, {
          attachments: [...attachments],
          files: message.files.slice(attachments.length - message.attachments.length),
        })
      }
      const sent = await callbacks.current.send({
        conversationId: message.conversationId,
        clientMessageId: message.clientMessageId,
        content: message.content,
        attachmentIds: attachments.map((attachment) => attachment.id),
      })
      callbacks.current.onSent(sent)
      unsentMessages.remove(message.clientMessageId)
    } catch (error) {
      unsentMessages.update(
        message.clientMessageId,
        isOffline() ? { status: 'queued', error: null } : { status: 'failed', error },
      )
    } finally {
      inFlight.current.delete(message.clientMessageId)
    }
  }, [])

  // back online: send what waited, in the order it was written
  useEffect(() => {
    const flush = () => {
      for (const message of unsentMessages.all()) {
        if (message.conversationId === conversationId && message.status === 'queued') void deliver(message)
      }
    }
    window.addEventListener('online', flush)
    flush()
    return () => window.removeEventListener('online', flush)
  }, [conversationId, deliver])

  const submit = useCallback(
    (content: string, files: File[]) => {
      const message: UnsentMessage = {
        clientMessageId: crypto.randomUUID(),
        conversationId,
        content,
        files,
        attachments: [],
        status: 'sending',
        createdAt: new Date(),
        error: null,
      }
      unsentMessages.add(message)
      void deliver(message)
    },
    [conversationId, deliver],
  )

  const retry = useCallback(
    (clientMessageId: string) => {
      const message = unsentMessages.all().find((candidate) => candidate.clientMessageId === clientMessageId)
      if (message) void deliver(message)
    },
    [deliver],
  )

  const discard = useCallback((clientMessageId: string) => unsentMessages.remove(clientMessageId), [])

  return { pending, submit, retry, discard }
}
