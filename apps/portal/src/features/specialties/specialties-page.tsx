import { Card, EmptyState, ErrorState, Field, Input, PageHeader } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Search, SearchX, Stethoscope } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { filterSpecialties } from './filter-specialties'
import { SpecialtiesTable } from './specialties-table'

export function SpecialtiesPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  const [text, setText] = useState('')
  const deferredText = useDeferredValue(text)
  // the catalogue is small and arrives whole, so it is filtered in the browser
  const shown = useMemo(() => filterSpecialties(specialties.data ?? [], deferredText), [specialties.data, deferredText])

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('specialties.title')} description={t('specialties.description')} />
      <Card className="flex flex-col gap-4 p-4 sm:flex-row sm:items-end sm:justify-between sm:p-5">
        <Field label={t('specialties.searchLabel')} className="sm:w-96">
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            placeholder={t('specialties.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        {specialties.data ? (
          <p className="text-sm text-ink-muted" aria-live="polite">
            {t('specialties.count', { count: shown.length })}
          </p>
        ) : null}
      </Card>

      {specialties.isError ? (
        <ErrorState
          title={t('specialties.errorTitle')}
          onRetry={() => void specialties.refetch()}
          retrying={specialties.isRefetching}
        />
      ) : specialties.isSuccess && shown.length === 0 ? (
        specialties.data.length === 0 ? (
          <EmptyState
            icon={Stethoscope}
            title={t('specialties.noneYetTitle')}
            description={t('specialties.noneYetDescription')}
          />
        ) : (
          <EmptyState
            icon={SearchX}
            title={t('specialties.emptyTitle')}
            description={t('specialties.emptyDescription')}
          />
        )
      ) : (
        <Card className="overflow-hidden">
          <SpecialtiesTable specialties={shown} loading={specialties.isPending} />
        </Card>
      )}
    </div>
  )
}
