import type { PrismaClient } from '@medbook/db'
import { SETTINGS, type SettingKey, type SettingValue } from './registry.js'

export type Settings = { [K in SettingKey]: SettingValue<K> }

type SettingsDb = Pick<PrismaClient, 'systemSetting'>

/**
 * How long one process trusts the settings it read. settings.update clears this process's copy
 * at once; other server processes pick a change up within this time.
 */
export const SETTINGS_CACHE_TTL_MS = 5_000

// one entry per database client, so tests (and tools) with several databases never mix them
const cache = new WeakMap<object, { expiresAt: number; value: Promise<Settings> }>()

async function loadSettings(db: SettingsDb): Promise<Settings> {
  const rows = await db.systemSetting.findMany({ where: { key: { in: Object.keys(SETTINGS) } } })
  const stored = new Map(rows.map((row) => [row.key, row.value]))
  const entries = (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const parsed = SETTINGS[key].schema.safeParse(stored.get(key))
    return [key, parsed.success ? parsed.data : SETTINGS[key].default]
  })
  return Object.fromEntries(entries) as Settings
}

/**
 * All settings, stored values where they are valid, defaults elsewhere: one query at most
 * every few seconds per process (SETTINGS_CACHE_TTL_MS); concurrent callers share one read.
 */
export function readSettings(db: SettingsDb): Promise<Settings> {
  const now = Date.now()
  const hit = cache.get(db)
  if (hit && hit.expiresAt > now) return hit.value
  const value = loadSettings(db)
  cache.set(db, { expiresAt: now + SETTINGS_CACHE_TTL_MS, value })
  // a failed read is not remembered
  value.catch(() => {
    if (cache.get(db)?.value === value) cache.delete(db)
  })
  return value
}

/** Forgets this process's copy for `db`: the next read goes to the database (after settings.update). */
export function invalidateSettings(db: SettingsDb): void {
  cache.delete(db)
}
