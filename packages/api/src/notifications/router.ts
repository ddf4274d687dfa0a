import {
  ZDeliveryFailures,
  ZDeliveryFailuresInput,
  ZMarkNotificationsReadInput,
  ZMarkReadResult,
  ZNotificationListInput,
  ZNotificationPage,
  ZNotificationPreference,
  ZNotificationPreferences,
  ZSetNotificationPreferenceInput,
  ZUnreadCount,
} from '@medbook/contracts'
import { authedProcedure, hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { deliveryFailures } from './delivery-failures-service.js'
import { listNotifications, markRead, unreadCount } from './list-service.js'
import { notificationPreferences, setNotificationPreference } from './preferences-service.js'

/** Every signed-in user's own notification centre; nobody reads or marks anyone else's. */
export const notificationsRouter = router({
  /** Newest first, without expired ones or types the user turned off in-app. */
  list: authedProcedure
    .input(ZNotificationListInput)
    .output(ZNotificationPage)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.auth.user.id, input, ctx.services.clock.now())),

  unreadCount: authedProcedure
    .output(ZUnreadCount)
    .query(async ({ ctx }) => ({ count: await unreadCount(ctx.db, ctx.auth.user.id, ctx.services.clock.now()) })),

  markRead: authedProcedure
    .input(ZMarkNotificationsReadInput)
    .output(ZMarkReadResult)
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.auth.user.id, input.ids, ctx.services.clock.now())),

  markAllRead: authedProcedure
    .output(ZMarkReadResult)
    .mutation(({ ctx }) => markRead(ctx.db, ctx.auth.user.id, 'all', ctx.services.clock.now())),

  /** Each type the user receives with its channels, and the security row that cannot be turned off. */
  preferences: authedProcedure
    .output(ZNotificationPreferences)
    .query(({ ctx }) => notificationPreferences(ctx.db, ctx.auth.user)),

  setPreference: authedProcedure
    .input(ZSetNotificationPreferenceInput)
    .output(ZNotificationPreference)
    .mutation(({ ctx, input }) => setNotificationPreference(ctx.db, ctx.auth.user, input)),

  /** Staff: which of these appointments' patient notifications failed to deliver (own hospital only). */
  deliveryFailures: hospitalStaffProcedure
    .input(ZDeliveryFailuresInput)
    .output(ZDeliveryFailures)
    .query(({ ctx, input }) => deliveryFailures(ctx.db, ctx.hospitalId, input.appointmentIds)),
})
