import type { ZScheduleEntry, ZScheduleOutput } from '@medbook/contracts'
import type { z } from 'zod'

export type TScheduleOutput = z.infer<typeof ZScheduleOutput>
export type TScheduleEntry = z.infer<typeof ZScheduleEntry>
export type TScheduleDoctor = TScheduleOutput['doctors'][number]
export type TScheduleView = 'day' | 'week'
