import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { uiMessagesEn, uiMessagesVi } from './ui-messages'

const SOURCE = join(import.meta.dirname, '..')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every literal key a shared component asks the "ui" namespace for, with where it is asked. */
function keysAskedFor(): { file: string; key: string }[] {
  return sourceFiles(SOURCE).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    if (!text.includes("useTranslation('ui')")) return []
    return [...text.matchAll(/\bt\('([\w.]+)'/g)].map((match) => ({
      file: file.slice(SOURCE.length + 1),
      key: match[1] ?? '',
    }))
  })
}

function has(messages: object, key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  const plural = (suffix: string) =>
    key.split('.').reduce<unknown>((node, part, index, parts) => {
      const name = index === parts.length - 1 ? `${part}_${suffix}` : part
      return (node as Record<string, unknown> | undefined)?.[name]
    }, messages)
  return typeof value === 'string' || typeof plural('other') === 'string'
}

describe('the shared components’ strings', () => {
  it('has every key they ask for, in Vietnamese and in English', () => {
    const asked = keysAskedFor()
    // the account forms moved here from both apps; their strings came with them
    expect(asked.filter(({ file }) => file.startsWith('account/')).length).toBeGreaterThan(30)
    const missing = asked.filter(({ key }) => !has(uiMessagesVi, key) || !has(uiMessagesEn, key))
    expect(missing).toEqual([])
  })
})
