import { type TProfile, ZAddress, type ZUpdateProfileInput } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import type { z } from 'zod'

export const profileSelect = {
  id: true,
  role: true,
  email: true,
  phoneNumber: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  gender: true,
  address: true,
  profilePicture: true,
  lastLogin: true,
  createdAt: true,
} as const

type ProfileRow = Prisma.UserGetPayload<{ select: typeof profileSelect }>

export function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null
}

export function toProfile(row: ProfileRow): TProfile {
  const address = row.address ? ZAddress.safeParse(row.address) : null
  return { ...row, dateOfBirth: isoDate(row.dateOfBirth), address: address?.success ? address.data : null }
}

export async function getProfile(db: PrismaClient, userId: string): Promise<TProfile> {
  return toProfile(await db.user.findUniqueOrThrow({ where: { id: userId }, select: profileSelect }))
}

export async function updateProfile(db: PrismaClient, userId: string, input: z.output<typeof ZUpdateProfileInput>) {
  const row = await db.user.update({
    where: { id: userId },
    data: {
      firstName: input.firstName,
      lastName: input.lastName,
      gender: input.gender,
      dateOfBirth: input.dateOfBirth === undefined ? undefined : input.dateOfBirth ? new Date(input.dateOfBirth) : null,
      address: input.address === undefined ? undefined : input.address === null ? Prisma.DbNull : input.address,
    },
    select: profileSelect,
  })
  return toProfile(row)
}
