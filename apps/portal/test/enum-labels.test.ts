// Every enum value a person can be shown has a label in both languages, and the apps show enum
// values through useEnumLabel, never as the raw value.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DATABASE_ENUMS } from '@medbook/contracts'
import { enumLabelsEn, enumLabelsVi } from '@medbook/ui'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry) ? [full] : []
  })
}

const UI_SOURCES = ['apps/patient/src', 'apps/portal/src', 'packages/ui/src'].flatMap((dir) =>
  sourceFiles(path.join(ROOT, dir)),
)

describe('enum labels', () => {
  for (const [language, labels] of [
    ['vi', enumLabelsVi],
    ['en', enumLabelsEn],
  ] as const) {
    it(`has a ${language} label for every value of every enum, and no label for a value that is gone`, () => {
      const catalogue = labels as Record<string, Record<string, string> | undefined>
      const missing: string[] = []
      for (const [name, schema] of Object.entries(DATABASE_ENUMS)) {
        const own = catalogue[name] ?? {}
        for (const value of schema.options) {
          const label = own[value]
          if (typeof label !== 'string' || label.trim() === '' || label === value) missing.push(`${name}.${value}`)
        }
        const stale = Object.keys(own).filter((key) => !(schema.options as readonly string[]).includes(key))
        for (const key of stale) missing.push(`${name}.${key} (not a value)`)
      }
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(DATABASE_ENUMS).sort())
      expect(missing).toEqual([])
    })
  }

  it('the apps render no enum field as raw text', () => {
    // JSX text such as `{entry.visitor.relationship}`: a value rendered as it is stored
    const raw =
      /(?<![=$])\{[A-Za-z_][\w.?]*\.(relationship|status|role|gender|type|day|category|paymentMethod|paymentStatus|cancelledBy|targetType)\}/
    const offenders = UI_SOURCES.filter((file) => file.endsWith('.tsx')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          raw.test(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    )
    expect(offenders).toEqual([])
  })

  it('keeps one label per family relationship: no app builds its own', () => {
    // the relationship read "Cha / mẹ" in one form and "Bố/mẹ" on the next screen
    const copies = UI_SOURCES.filter((file) => !file.endsWith('enum-labels.ts')).filter((file) => {
      const text = readFileSync(file, 'utf8')
      return /relationship\.\$\{/.test(text) || /\bgrandchild: '/.test(text)
    })
    expect(copies.map((file) => path.relative(ROOT, file))).toEqual([])
  })
})
