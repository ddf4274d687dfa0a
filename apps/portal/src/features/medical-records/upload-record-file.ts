import { RECORD_FILE_MAX_BYTES, RECORD_FILE_TYPES } from '@medbook/contracts'
import { reportSessionEnded, UploadError } from '@medbook/ui'

export const RECORD_FILE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp'
export const MAX_RECORD_FILE_MEGABYTES = RECORD_FILE_MAX_BYTES / (1024 * 1024)

export interface UploadedRecordFile {
  id: string
  fileName: string
  mimeType: string
  sizeBytes: number
  url: string
}

/** Checked before uploading, so a wrong file fails at once; the server checks the bytes again. */
export function recordFileProblem(file: File): 'type' | 'size' | null {
  if (!(RECORD_FILE_TYPES as readonly string[]).includes(file.type)) return 'type'
  if (file.size > RECORD_FILE_MAX_BYTES) return 'size'
  return null
}

/**
 * POSTs a lab result's raw bytes to /uploads/medical-record-file (same origin: the session cookie
 * goes with it). Fails with an UploadError shaped like an API error.
 */
export function uploadRecordFile(recordId: string, file: File): Promise<UploadedRecordFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    const query = new URLSearchParams({ recordId, fileName: file.name })
    request.open('POST', `/uploads/medical-record-file?${query.toString()}`)
    request.setRequestHeader('content-type', file.type)
    request.responseType = 'json'
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(request.response as UploadedRecordFile)
        return
      }
      if (request.status === 401) reportSessionEnded()
      const body = (request.response ?? {}) as { code?: unknown; error?: unknown }
      const code = typeof body.code === 'string' ? body.code : request.status === 413 ? 'PAYLOAD_TOO_LARGE' : null
      reject(
        new UploadError(code ?? 'INTERNAL_SERVER_ERROR', typeof body.error === 'string' ? body.error : 'upload failed'),
      )
    }
    request.onerror = () => reject(new UploadError(null, 'network error'))
    request.send(file)
  })
}
