import { ZOk } from '@medbook/contracts'
import { z } from 'zod'
import { actorOf } from '../auth/actor.js'
import { adminProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listSettingsForAdmin, updateSetting } from './service-admin.js'

const ZSettingForAdmin = z.object({
  key: z.string(),
  description: z.string(),
  jsonSchema: z.record(z.string(), z.unknown()),
  defaultValue: z.unknown(),
  value: z.unknown(),
  isDefault: z.boolean(),
  updatedAt: z.date().nullable(),
  updatedBy: z.string().nullable(),
})

export const settingsRouter = router({
  list: adminProcedure.output(z.array(ZSettingForAdmin)).query(({ ctx }) => listSettingsForAdmin(ctx.db)),
  update: adminProcedure
    .input(z.object({ key: z.string().min(1).max(100), value: z.unknown() }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await updateSetting(ctx.db, { ...actorOf(ctx), userId: ctx.auth.user.id }, input.key, input.value)
      return { ok: true as const }
    }),
})
