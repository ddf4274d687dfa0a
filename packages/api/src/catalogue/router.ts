import {
  ZCatalogueServiceInput,
  ZCatalogueSpecialtyInput,
  ZHospitalServiceEntry,
  ZServiceCategory,
} from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { listHospitalServices } from '../hospital-admin/service.js'
import { adminProcedure, publicProcedure } from '../procedures.js'
import { router } from '../trpc.js'

const ZCatalogueService = z.object({
  id: z.string().uuid(),
  name: z.string(),
  description: z.string().nullable(),
  category: ZServiceCategory,
  basePrice: z.number().int(),
})

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function conflictOnName(error: unknown): never {
  if (isUniqueViolation(error))
    throw new AppError('CONFLICT', 'That name is already in the catalogue', { field: 'name' })
  if ((error as { code?: string }).code === 'P2025') throw new AppError('NOT_FOUND', 'No such catalogue entry')
  throw error
}

export const catalogueRouter = router({
  services: publicProcedure.output(z.array(ZCatalogueService)).query(({ ctx }) =>
    ctx.db.service.findMany({
      orderBy: [{ category: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, description: true, category: true, basePrice: true },
    }),
  ),

  /** The services a listed hospital offers now, at its own prices (what patients see). */
  hospitalServices: publicProcedure
    .input(z.object({ hospitalId: z.string().uuid() }))
    .output(z.array(ZHospitalServiceEntry))
    .query(async ({ ctx, input }) => {
      const hospital = await ctx.db.hospital.findFirst({
        where: { id: input.hospitalId, status: 'active', verified: true },
      })
      if (!hospital) throw new AppError('NOT_FOUND', 'No such hospital')
      return listHospitalServices(ctx.db, input.hospitalId, true)
    }),

  saveService: adminProcedure
    .input(ZCatalogueServiceInput)
    .output(ZCatalogueService)
    .mutation(async ({ ctx, input }) => {
      const { id, ...data } = input
      const service = await (id
        ? ctx.db.service.update({ where: { id }, data })
        : ctx.db.service.create({ data: { ...data, description: data.description ?? null } })
      ).catch(conflictOnName)
      await logActivity(ctx.db, actorOf(ctx), 'save_catalogue', { serviceId: service.id })
      return service
    }),

  saveSpecialty: adminProcedure
    .input(ZCatalogueSpecialtyInput)
    .output(z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string(), slug: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...data } = input
      const specialty = await (id
        ? ctx.db.specialty.update({ where: { id }, data })
        : ctx.db.specialty.create({ data: { ...data, slug: slugify(data.nameEn) } })
      ).catch(conflictOnName)
      await logActivity(ctx.db, actorOf(ctx), 'save_catalogue', { specialtyId: specialty.id })
      return specialty
    }),
})
