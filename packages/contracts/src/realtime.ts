import { z } from 'zod'

/**
 * What a signed-in user's live stream (realtime.events, Server-Sent Events) carries. Each event
 * has the id of the user's own gap-free sequence: a client that reconnects with the last id it
 * saw receives what it missed and nothing twice.
 */
export const ZRealtimeEvent = z.discriminatedUnion('kind', [
  /** a new message in one of my conversations (mine too: my other tabs and devices) */
  z.object({ kind: z.literal('message'), conversationId: z.string(), messageId: z.string() }),
  /** someone read a conversation up to a message (read receipts; my own reads clear my badges) */
  z.object({ kind: z.literal('read'), conversationId: z.string(), readerId: z.string(), upToMessageId: z.string() }),
  /** a conversation changed: started, assigned, archived, handed to the desk */
  z.object({ kind: z.literal('conversation'), conversationId: z.string() }),
  /** a new notification for me */
  z.object({ kind: z.literal('notification'), notificationId: z.string() }),
  /** notifications were marked read (on another tab or device) */
  z.object({ kind: z.literal('notifications_read') }),
])

export const ZRealtimeEventsInput = z
  .object({
    /** the id of the last event received; tRPC sends it as Last-Event-ID when it reconnects */
    lastEventId: z
      .string()
      .regex(/^\d{1,18}$/)
      .nullish(),
  })
  .default({})

export type TRealtimeEvent = z.infer<typeof ZRealtimeEvent>
