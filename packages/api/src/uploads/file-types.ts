import { AppError } from '../errors.js'

// The file's own first bytes decide its type; a Content-Type header or a file name is only a claim.

export type FileMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'

export interface FileType {
  mime: FileMime
  extension: string
}

const SIGNATURES: Array<FileType & { matches: (b: Buffer) => boolean }> = [
  { extension: 'jpg', mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    extension: 'png',
    mime: 'image/png',
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extension: 'webp',
    mime: 'image/webp',
    matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { extension: 'pdf', mime: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
]

/** The type the bytes really are, among `allowed`; null when they are none of them. */
export function detectFileType<M extends FileMime>(
  bytes: Buffer,
  allowed: readonly M[],
): (FileType & { mime: M }) | null {
  const found = SIGNATURES.find((signature) => signature.matches(bytes))
  if (!found || !(allowed as readonly FileMime[]).includes(found.mime)) return null
  return { mime: found.mime as M, extension: found.extension }
}

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

const LABELS: Record<FileMime, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
}

/** Size and type checks shared by every upload: 400 empty, 413 too large, 415 not an allowed type. */
export function checkUpload<M extends FileMime>(
  bytes: Buffer,
  limits: { maxBytes: number; allowed: readonly M[]; what: string },
): FileType & { mime: M } {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', 'The file is empty')
  if (bytes.length > limits.maxBytes) throw tooLarge(limits.what, limits.maxBytes)
  const type = detectFileType(bytes, limits.allowed)
  if (!type) {
    const names = limits.allowed.map((mime) => LABELS[mime])
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `${limits.what} must be ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`,
    )
  }
  return type
}

export function tooLarge(what: string, maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `${what} can be at most ${Math.round(maxBytes / 1024 / 1024)} MB`)
}
