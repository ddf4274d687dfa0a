import type { PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import { applySettingToCoverage } from '../slot-days/coverage.js'
import { SETTINGS, type SettingKey } from './registry.js'
import { invalidateSettings } from './service.js'

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key)
}

/** Every setting with its JSON Schema (for the generated form), default, stored value and who set it. */
export async function listSettingsForAdmin(db: PrismaClient) {
  const rows = await db.systemSetting.findMany({
    include: { updatedBy: { select: { firstName: true, lastName: true } } },
  })
  const stored = new Map(rows.map((row) => [row.key, row]))
  return (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const definition = SETTINGS[key]
    const row = stored.get(key)
    const valid = row ? definition.schema.safeParse(row.value).success : false
    return {
      key,
      description: definition.description,
      jsonSchema: z.toJSONSchema(definition.schema) as Record<string, unknown>,
      defaultValue: definition.default as unknown,
      value: (valid ? row?.value : definition.default) as unknown,
      isDefault: !row || !valid,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ? `${row.updatedBy.lastName} ${row.updatedBy.firstName}` : null,
    }
  })
}

/** Validates against the key's schema, stores it with who and when, and logs the change. */
export async function updateSetting(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  key: string,
  value: unknown,
) {
  if (!isSettingKey(key)) throw new AppError('NOT_FOUND', `No setting "${key}"`)
  const parsed = SETTINGS[key].schema.safeParse(value)
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', `Invalid value for ${key}: ${z.prettifyError(parsed.error)}`, { field: 'value' })
  }
  const before = await db.systemSetting.findUnique({ where: { key } })
  await db.$transaction(async (tx) => {
    await tx.systemSetting.upsert({
      where: { key },
      create: { key, value: parsed.data as object, description: SETTINGS[key].description, updatedById: actor.userId },
      update: { value: parsed.data as object, updatedById: actor.userId },
    })
    if (key === 'booking.horizonDays') await applySettingToCoverage(tx, { horizonDays: parsed.data as number })
    if (key === 'calendar.publicHolidays') await applySettingToCoverage(tx, { holidays: parsed.data as string[] })
  })
  // this process applies the change at once; others within SETTINGS_CACHE_TTL_MS
  invalidateSettings(db)
  await logActivity(db, actor, 'update_setting', { key, from: before?.value ?? SETTINGS[key].default, to: parsed.data })
}
