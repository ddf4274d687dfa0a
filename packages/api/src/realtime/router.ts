import { ZRealtimeEventsInput } from '@medbook/contracts'
import { authedProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { userEventStream } from './stream.js'

export const realtimeRouter = router({
  /**
   * Server-Sent Events: new messages, read receipts, conversation changes and notifications of
   * the signed-in user, resumable by event id.
   */
  events: authedProcedure
    // a clinic's software follows its desk's conversations live with a messages:read key
    .meta({ scope: 'messages:read' })
    .input(ZRealtimeEventsInput)
    .subscription(({ ctx, input, signal }) =>
      userEventStream({
        db: ctx.db,
        live: ctx.services.live,
        auth: ctx.auth,
        lastEventId: input.lastEventId,
        signal,
        now: () => ctx.services.clock.now(),
      }),
    ),
})
