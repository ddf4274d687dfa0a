/** How MedBook's values become VNPay's field values, and back. */

export const VNPAY_VERSION = '2.1.0'

/**
 * VNPay asks for order info in Vietnamese without diacritics. Diacritics are dropped and anything
 * outside a plain set becomes a space, so every VNPay encoder (PHP, Java, .NET samples) signs the same bytes.
 */
export function vnpayOrderInfo(description: string, reference: string): string {
  const plain = description
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ,.:#/_-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255)
    .trim()
  return plain || `Thanh toan ${reference}`
}

/** vnp_IpAddr takes an address of 7 to 45 characters; IPv4 reached over IPv6 loses its "::ffff:" wrapper. */
export function vnpayIpAddress(clientIp: string): string {
  const ip = clientIp.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')
  return /^[0-9A-Fa-f:.]{7,45}$/.test(ip) ? ip : '127.0.0.1'
}

/** VNPay sends amounts in hundredths of a dong: whole dong only, as we never ask for fractions. */
export function vndFromVnpayAmount(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : raw
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) return null
  const hundredths = Number(text)
  return hundredths % 100 === 0 ? hundredths / 100 : null
}
