import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, type Context, MAX_PROFILE_PICTURE_BYTES, saveProfilePicture } from '@medbook/api'
import { TRPCError } from '@trpc/server'

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new AppError('PAYLOAD_TOO_LARGE', 'A profile picture can be at most 2 MB'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

/** POST /uploads/profile-picture with the image as the raw body (JPEG, PNG or WebP, 2 MB at most). */
export async function handleProfilePictureUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: (opts: { req: IncomingMessage; res: ServerResponse }) => Promise<Context>,
  uploadsDir: string,
) {
  if (req.method !== 'POST') return answer(res, 405, { error: 'Use POST' })
  try {
    const ctx = await createContext({ req, res })
    if (!ctx.auth) throw new AppError('UNAUTHORIZED', 'Sign in to continue')
    if (ctx.auth.apiKey && !ctx.auth.apiKey.scopes.includes('profile:write')) {
      throw new AppError('FORBIDDEN', 'This API key lacks the "profile:write" scope')
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_PROFILE_PICTURE_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'A profile picture can be at most 2 MB')
    const bytes = await readBody(req, MAX_PROFILE_PICTURE_BYTES)
    const actor = {
      userId: ctx.auth.user.id,
      userRole: ctx.auth.user.role,
      ipAddress: ctx.ipAddress,
      userAgent: ctx.userAgent,
    }
    const url = await saveProfilePicture(ctx.db, actor, bytes, uploadsDir)
    answer(res, 200, { profilePicture: url })
  } catch (error) {
    if (error instanceof AppError || error instanceof TRPCError) {
      return answer(res, STATUS[error.code] ?? 400, { error: error.message, code: error.code })
    }
    console.error('profile picture upload failed:', error)
    answer(res, 500, { error: 'Upload failed' })
  }
}
