import { VERIFICATION_DOCUMENT_MAX_BYTES, ZVerificationDocumentType } from '@medbook/contracts'
import { reportSessionEnded, UploadError } from '@medbook/ui'

export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
export const MAX_DOCUMENT_MEGABYTES = VERIFICATION_DOCUMENT_MAX_BYTES / (1024 * 1024)

/** Checked before uploading, so a wrong file fails at once; the server checks the bytes again. */
export function documentProblem(file: File): 'type' | 'size' | null {
  if (!ZVerificationDocumentType.safeParse(file.type).success) return 'type'
  if (file.size > VERIFICATION_DOCUMENT_MAX_BYTES) return 'size'
  return null
}

/**
 * POSTs the file's raw bytes to /uploads/verification-document (same origin: the session cookie
 * goes with it), reporting progress from 0 to 1. XMLHttpRequest, because fetch cannot report
 * upload progress. Fails with an UploadError shaped like an API error.
 */
export function uploadDocument(file: File, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `/uploads/verification-document?fileName=${encodeURIComponent(file.name)}`)
    request.setRequestHeader('content-type', file.type)
    request.responseType = 'json'
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1)
        resolve()
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
