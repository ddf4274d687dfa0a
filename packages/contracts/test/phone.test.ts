import { describe, expect, it } from 'vitest'
import { ZEmergencyContact, ZIdentifier, ZPhoneNumber } from '../src/index.js'

describe('ZPhoneNumber', () => {
  it.each([
    ['0971007919', '+84971007919'],
    ['+84 97 100 7919', '+84971007919'],
    ['0971 007 919', '+84971007919'],
    ['097.100.7919', '+84971007919'],
    ['84971007919', '+84971007919'],
    ['0084 97 100 7919', '+84971007919'],
    ['+84 (0) 97 100 7919', '+84971007919'],
    ['  +84971007919 ', '+84971007919'],
    ['(024) 3869 3731', '+842438693731'],
    ['0236 3821 118', '+842363821118'],
    ['+1 415 555 2671', '+14155552671'],
  ])('stores %s as %s', (typed, e164) => {
    expect(ZPhoneNumber.parse(typed)).toBe(e164)
  })

  it.each([
    '',
    'abc',
    '+84abc971007919',
    '097100791',
    '09710079190',
    '+84 12 345 6789',
    '971007919',
    '+0971007919',
    '+84',
    '1900 1234',
    `0${'9'.repeat(40)}`,
    '0971007919\u0000',
  ])('refuses %j as invalid_phone', (typed) => {
    const result = ZPhoneNumber.safeParse(typed)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('invalid_phone')
  })

  it('normalises the phone inside shapes and identifiers too', () => {
    expect(ZEmergencyContact.parse({ name: 'An', relationship: 'mẹ', phoneNumber: '0912 345 678' }).phoneNumber).toBe(
      '+84912345678',
    )
    expect(ZIdentifier.parse('+84 97 100 7919')).toEqual({ kind: 'phone', value: '+84971007919' })
  })
})
