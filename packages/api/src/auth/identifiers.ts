import type { TIdentifier } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'

export function whereIdentifier(identifier: TIdentifier) {
  return identifier.kind === 'email' ? { email: identifier.value } : { phoneNumber: identifier.value }
}

export function findUserByIdentifier(db: PrismaClient, identifier: TIdentifier) {
  return db.user.findUnique({ where: whereIdentifier(identifier) })
}

/** "a***@gmail.com" or "+84 *** *** 678": enough to recognise, not to harvest. */
export function maskIdentifier(identifier: TIdentifier): string {
  if (identifier.kind === 'email') {
    const [local = '', domain = ''] = identifier.value.split('@')
    return `${local.slice(0, 1)}***@${domain}`
  }
  return `${identifier.value.slice(0, 3)} *** *** ${identifier.value.slice(-3)}`
}
