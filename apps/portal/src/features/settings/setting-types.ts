import type { inferOutput } from '@trpc/tanstack-react-query'
import type { useTRPC } from '../../lib/trpc'

type Api = ReturnType<typeof useTRPC>

/** One setting as settings.list returns it: value, default, JSON Schema and who changed it last. */
export type SettingForAdmin = inferOutput<Api['settings']['list']>[number]
