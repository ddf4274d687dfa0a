import type { PrismaClient } from '@medbook/db'
import { SETTINGS, type SettingKey, type SettingValue } from './registry.js'

export type Settings = { [K in SettingKey]: SettingValue<K> }

/** All settings, stored values where they are valid, defaults elsewhere. One query. */
export async function readSettings(db: Pick<PrismaClient, 'systemSetting'>): Promise<Settings> {
  const rows = await db.systemSetting.findMany({ where: { key: { in: Object.keys(SETTINGS) } } })
  const stored = new Map(rows.map((row) => [row.key, row.value]))
  const entries = (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const parsed = SETTINGS[key].schema.safeParse(stored.get(key))
    return [key, parsed.success ? parsed.data : SETTINGS[key].default]
  })
  return Object.fromEntries(entries) as Settings
}
