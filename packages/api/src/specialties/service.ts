import type { TSpecialty } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'

export async function listSpecialties(db: PrismaClient): Promise<TSpecialty[]> {
  const rows = await db.specialty.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      nameEn: true,
      slug: true,
      description: true,
      icon: true,
      _count: { select: { doctors: { where: { doctor: { status: 'approved' } } } } },
    },
  })
  return rows.map(({ _count, ...row }) => ({ ...row, doctorCount: _count.doctors }))
}
