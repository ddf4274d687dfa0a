import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { QRPay } from 'vietnam-qr-pay'
import { describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import { parseVietQr, transferReference, vietQrPayload, vietQrSvg } from '../src/payments/transfers/vietqr.js'

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), written here so the library's checksum is checked independently. */
function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}

/** Splits one level of EMVCo TLV (2-digit id, 2-digit length, value). */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  let at = 0
  while (at < text.length) {
    const id = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    fields.set(id, text.slice(at + 4, at + 4 + length))
    at += 4 + length
  }
  return fields
}

describe('CRC-16/CCITT-FALSE used by the test', () => {
  it('gives the catalogued check value 29B1 for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1')
  })
})

describe('published VietQR examples', () => {
  // vietnam-qr-pay README, "VietQR Động": ACB 257678859, 10,000 VND, "Chuyen tien".
  const libraryReadme =
    '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6'
  // subiz/vietqr README (an independent Go implementation): VietinBank 0011001932418, 120,000 VND, "ung ho lu lut".
  const subizReadme =
    '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C'

  it('the library reproduces both byte for byte', () => {
    const acb = QRPay.initVietQR({
      bankBin: '970416',
      bankNumber: '257678859',
      amount: '10000',
      purpose: 'Chuyen tien',
    })
    expect(acb.build()).toBe(libraryReadme)
    const vietin = QRPay.initVietQR({
      bankBin: '970415',
      bankNumber: '0011001932418',
      amount: '120000',
      purpose: 'ung ho lu lut',
    })
    expect(vietin.build()).toBe(subizReadme)
  })

  it('their CRCs agree with an independent CRC-16/CCITT-FALSE', () => {
    for (const example of [libraryReadme, subizReadme]) {
      expect(crc16CcittFalse(example.slice(0, -4))).toBe(example.slice(-4))
    }
  })

  it('parseVietQr reads the subiz example', () => {
    expect(parseVietQr(subizReadme)).toEqual({
      bankBin: '970415',
      accountNumber: '0011001932418',
      amount: 120000,
      reference: 'ung ho lu lut',
    })
  })
})

describe('vietQrPayload', () => {
  const input = { bankBin: '970436', accountNumber: '0071000123456', amount: 160000, reference: 'MB0123456789' }

  it('writes every NAPAS field of a dynamic transfer QR and a valid CRC', () => {
    const payload = vietQrPayload(input)
    const root = tlv(payload)
    expect(root.get('00')).toBe('01')
    expect(root.get('01')).toBe('12')
    const account = tlv(root.get('38') ?? '')
    expect(account.get('00')).toBe('A000000727')
    expect(Object.fromEntries(tlv(account.get('01') ?? ''))).toEqual({ '00': '970436', '01': '0071000123456' })
    expect(account.get('02')).toBe('QRIBFTTA')
    expect(root.get('53')).toBe('704')
    expect(root.get('54')).toBe('160000')
    expect(root.get('58')).toBe('VN')
    expect(tlv(root.get('62') ?? '').get('08')).toBe('MB0123456789')
    expect(payload.slice(-8, -4)).toBe('6304')
    expect(root.get('63')).toBe(crc16CcittFalse(payload.slice(0, -4)))
  })

  it('round-trips through parseVietQr', () => {
    expect(parseVietQr(vietQrPayload(input))).toEqual(input)
  })

  it('parseVietQr refuses a payload whose checksum does not match', () => {
    const payload = vietQrPayload(input)
    const tampered = payload.replace('54061600005802', '54061700005802')
    expect(parseVietQr(tampered)).toBeNull()
    expect(parseVietQr('not a qr')).toBeNull()
  })

  it.each([
    [{ bankBin: '97043' }, 'bankBin'],
    [{ accountNumber: '0071-000' }, 'accountNumber'],
    [{ amount: 0 }, 'amount'],
    [{ amount: 1600.5 }, 'amount'],
    [{ amount: 600_000_000 }, 'amount'],
    [{ reference: 'mb0123' }, 'reference'],
    [{ reference: 'MB012345678901234567890123' }, 'reference'],
  ])('refuses %o with a BAD_REQUEST naming the field', (change, field) => {
    const attempt = () => vietQrPayload({ ...input, ...change })
    expect(attempt).toThrow(AppError)
    try {
      attempt()
    } catch (error) {
      expect((error as AppError).code).toBe('BAD_REQUEST')
      expect((error as AppError).details).toEqual({ field })
    }
  })
})

describe('vietQrSvg', () => {
  it('is well-formed SVG with a size and a title', async () => {
    const svg = await vietQrSvg(vietQrPayload({ bankBin: '970436', accountNumber: '1', amount: 1, reference: 'A' }))
    expect(XMLValidator.validate(svg)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg)
    expect(parsed.svg.width).toBe('256')
    expect(parsed.svg.height).toBe('256')
    expect(parsed.svg.role).toBe('img')
    expect(parsed.svg.title).toBe('Mã VietQR để chuyển khoản / VietQR code for the bank transfer')
    expect(svg.indexOf('<title>')).toBeLessThan(svg.indexOf('<path'))
  })

  it('refuses what is not a VietQR payload', async () => {
    await expect(vietQrSvg('')).rejects.toThrow(AppError)
    await expect(vietQrSvg('https://example.com')).rejects.toThrow(AppError)
  })
})

describe('transferReference', () => {
  it('is MB and 10 Crockford base32 characters from the id’s last 50 bits', () => {
    expect(transferReference('01938f4e-7b2a-7c10-86c2-b1f8a9e3d4a0')).toMatch(/^MB[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(transferReference('00000000-0000-7000-8000-000000000000')).toBe('MB0000000000')
    expect(transferReference('00000000-0000-7000-8003-ffffffffffff')).toBe('MBZZZZZZZZZZ')
    expect(transferReference('00000000-0000-7000-8000-000000000021')).toBe('MB0000000011')
  })

  it('differs for ids created in the same millisecond', () => {
    const a = transferReference('01938f4e-7b2a-7c10-86c2-b1f8a9e3d4a0')
    const b = transferReference('01938f4e-7b2a-7c10-86c2-b1f8a9e3d4a1')
    expect(a).not.toBe(b)
  })

  it('refuses what is not a UUID', () => {
    expect(() => transferReference('payment-1')).toThrow(AppError)
  })
})
