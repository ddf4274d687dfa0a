import { ICD10_COMMON, icd10CodeOf } from '@medbook/contracts'
import { describe, expect, it } from 'vitest'
import { SPECIALTIES } from '../src/seed/specialty-catalogue.js'

describe('the diagnoses the demo seed writes', () => {
  it('each have an ICD-10 code in the catalogue doctors pick from', () => {
    const diagnoses = SPECIALTIES.flatMap((specialty) => specialty.diagnoses)
    expect(diagnoses.filter((diagnosis) => icd10CodeOf(diagnosis) === '')).toEqual([])
  })

  it('the catalogue names each code once, in a form ICD-10 uses', () => {
    const codes = ICD10_COMMON.map((entry) => entry.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^[A-Z]\d{2}(\.\d{1,2})?$/)
  })
})
