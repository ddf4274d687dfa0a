import type { ActivityActor } from '../audit/log-activity.js'
import type { Context } from '../context.js'

export function actorOf(ctx: Context, user?: { id: string; role: ActivityActor['userRole'] }): ActivityActor {
  const who = user ?? ctx.auth?.user
  return { userId: who?.id ?? null, userRole: who?.role ?? null, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent }
}
