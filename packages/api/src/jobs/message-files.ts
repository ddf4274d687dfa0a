import type { PrismaClient } from '@medbook/db'
import { deleteUnsentMessageFiles } from '../conversations/files-service.js'
import type { Services } from '../services.js'
import type { SweepOptions } from './reminders.js'

/** How long an uploaded attachment waits for the message that sends it. */
export const UNSENT_MESSAGE_FILE_TTL_MS = 24 * 60 * 60 * 1000

/** Attachments uploaded but never sent, older than a day: their rows and their bytes are deleted. */
export function sweepUnsentMessageFiles(db: PrismaClient, services: Services, options: SweepOptions = {}) {
  const now = options.now ?? services.clock.now()
  return deleteUnsentMessageFiles(
    db,
    services.config.privateFilesDir,
    new Date(now.getTime() - UNSENT_MESSAGE_FILE_TTL_MS),
  )
}
