import type { ZServiceCategory } from '@medbook/contracts'
import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'

export type ServiceCategory = z.infer<typeof ZServiceCategory>

const TONES: Record<ServiceCategory, BadgeTone> = {
  consultation: 'primary',
  test: 'accent',
  imaging: 'accent',
  procedure: 'warning',
  vaccination: 'success',
  package: 'outline',
  other: 'neutral',
}

export function CategoryBadge({ category }: { category: ServiceCategory }) {
  const { t } = useTranslation()
  return <Badge tone={TONES[category]}>{t(`catalogue.category.${category}`)}</Badge>
}
