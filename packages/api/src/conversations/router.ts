import {
  ZArchiveConversationInput,
  ZAssignConversationInput,
  ZConversationIdInput,
  ZConversationListInput,
  ZConversationPage,
  ZConversationSummary,
  ZMarkConversationReadInput,
  ZMessage,
  ZMessagePage,
  ZMessagesInput,
  ZSendMessageInput,
  ZStartConversationInput,
  ZUnreadMessagesCount,
} from '@medbook/contracts'
import { z } from 'zod'
import { actorOf } from '../auth/actor.js'
import { authedProcedure, hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { viewerOf } from './access.js'
import { listConversations, readSummary, unreadCount } from './list-service.js'
import { archiveConversation, assignConversation } from './manage-service.js'
import { listMessages } from './messages-service.js'
import { markConversationRead } from './read-service.js'
import { sendMessage } from './send-service.js'
import { startConversation } from './start-service.js'

// Every signed-in role takes part; who may talk to whom is decided per conversation in the services.
const reader = authedProcedure.meta({ scope: 'messages:read' })
const writer = authedProcedure.meta({ scope: 'messages:write' })

export const conversationsRouter = router({
  /** A conversation with a doctor, a hospital's desk, a patient or (admins) any user; an existing one is returned. */
  start: writer
    .input(ZStartConversationInput)
    .output(ZConversationSummary)
    .mutation(({ ctx, input }) => startConversation(ctx.db, viewerOf(ctx.auth), actorOf(ctx), input)),

  /** My conversations (and my hospital desk's), most recent activity first. */
  list: reader
    .input(ZConversationListInput)
    .output(ZConversationPage)
    .query(({ ctx, input }) => listConversations(ctx.db, viewerOf(ctx.auth), input)),

  get: reader
    .input(ZConversationIdInput)
    .output(ZConversationSummary)
    .query(({ ctx, input }) => readSummary(ctx.db, viewerOf(ctx.auth), input.conversationId)),

  /** Newest first; nextCursor goes further back in the history. */
  messages: reader
    .input(ZMessagesInput)
    .output(ZMessagePage)
    .query(({ ctx, input }) => listMessages(ctx.db, viewerOf(ctx.auth), input)),

  /** Idempotent by clientMessageId: a retried send returns the first message. */
  send: writer
    .input(ZSendMessageInput)
    .output(ZMessage)
    .mutation(({ ctx, input }) => sendMessage(ctx.db, viewerOf(ctx.auth), input)),

  markRead: writer
    .input(ZMarkConversationReadInput)
    .output(z.object({ lastReadAt: z.date() }))
    .mutation(({ ctx, input }) => markConversationRead(ctx.db, viewerOf(ctx.auth), input)),

  /** Staff: a desk conversation to a colleague, or back to the whole desk (null). */
  assign: hospitalStaffProcedure
    .meta({ scope: 'messages:write' })
    .input(ZAssignConversationInput)
    .output(ZConversationSummary)
    .mutation(({ ctx, input }) => assignConversation(ctx.db, viewerOf(ctx.auth), actorOf(ctx), input)),

  archive: writer
    .input(ZArchiveConversationInput)
    .output(ZConversationSummary)
    .mutation(({ ctx, input }) => archiveConversation(ctx.db, viewerOf(ctx.auth), input)),

  /** Unread messages from others, and in how many conversations: the badge. */
  unreadCount: reader.output(ZUnreadMessagesCount).query(({ ctx }) => unreadCount(ctx.db, viewerOf(ctx.auth))),
})
