import { describe, expect, it } from 'vitest'
import { loggable } from '../src/trpc.js'

describe('what the log may say about a failed procedure', () => {
  const refusedRow = Object.assign(
    new Error('new row violates check constraint "medical_records_content_check" Failing row contains (Tăng huyết áp)'),
    {
      name: 'PrismaClientKnownRequestError',
      code: 'P2010',
      meta: { driverAdapterError: { cause: { code: '23514' } } },
    },
  )

  it('withholds the message and data of clinical procedures, keeping the error class and codes', () => {
    const line = String(loggable('medicalRecords.saveDraft', refusedRow))
    expect(line).toBe('PrismaClientKnownRequestError P2010 (SQLSTATE 23514) [clinical details withheld]')
    expect(line).not.toContain('huyết áp')
    // patients write about their health in messages too
    expect(String(loggable('conversations.send', refusedRow))).not.toContain('huyết áp')
  })

  it('keeps the whole error elsewhere, where it helps debugging', () => {
    expect(loggable('appointments.book', refusedRow)).toBe(refusedRow)
    expect(loggable(undefined, refusedRow)).toBe(refusedRow)
  })
})
