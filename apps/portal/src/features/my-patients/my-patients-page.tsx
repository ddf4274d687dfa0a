import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  Field,
  Input,
  PageHeader,
  Pagination,
  PLATFORM_TIME_ZONE,
} from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ContactRound, Search, SearchX, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import { PatientsTable } from './patients-table'
import { usePatientParams } from './use-patient-params'

const PAGE_SIZE = 20

/** The people a doctor has seen or will see: search by name, order by any column, page by page. */
export function MyPatientsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [params, setParams] = usePatientParams()
  const [text, setText] = useState(params.query ?? '')
  const applyText = useDebouncedCallback((value: string) => setParams({ query: value.trim() || undefined }), 300)
  const pages = useCursorPages(JSON.stringify(params))
  const patients = useQuery({
    ...trpc.doctorSelf.patients.queryOptions({ ...params, cursor: pages.cursor, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  const items = patients.data?.items ?? []
  const total = patients.data?.total ?? 0
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1
  const clear = () => {
    applyText.cancel()
    setText('')
    setParams({ query: undefined })
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('myPatients.title')} description={t('myPatients.description')} />
      <Card className="p-4 sm:p-5">
        <search>
          <form
            className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between"
            onSubmit={(event) => {
              event.preventDefault()
              applyText.cancel()
              setParams({ query: text.trim() || undefined })
            }}
          >
            <div className="flex items-end gap-2 sm:w-[28rem]">
              <Field label={t('myPatients.searchLabel')} className="flex-1">
                <Input
                  type="search"
                  leadingIcon={Search}
                  value={text}
                  maxLength={100}
                  placeholder={t('myPatients.searchPlaceholder')}
                  onChange={(event) => {
                    setText(event.target.value)
                    applyText.call(event.target.value)
                  }}
                />
              </Field>
              {params.query ? (
                <Button variant="ghost" onClick={clear}>
                  <X aria-hidden="true" />
                  {t('myPatients.clearSearch')}
                </Button>
              ) : null}
            </div>
            {patients.data ? (
              <p className="text-sm text-ink-muted" aria-live="polite">
                {t('myPatients.total', { count: total })}
              </p>
            ) : null}
          </form>
        </search>
      </Card>

      {patients.isError && !patients.data ? (
        <ErrorState
          title={t('myPatients.errorTitle')}
          onRetry={() => void patients.refetch()}
          retrying={patients.isRefetching}
        />
      ) : patients.isSuccess && items.length === 0 && !patients.isPlaceholderData ? (
        params.query ? (
          <EmptyState
            icon={SearchX}
            title={t('myPatients.emptyTitle')}
            description={t('myPatients.emptyDescription')}
            action={
              <Button variant="secondary" onClick={clear}>
                {t('myPatients.clearSearch')}
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={ContactRound}
            title={t('myPatients.noneYetTitle')}
            description={t('myPatients.noneYetDescription')}
          />
        )
      ) : (
        <Card className="overflow-hidden">
          <div className={patients.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <PatientsTable
              patients={items}
              loading={patients.isPending}
              params={params}
              onSort={(sort, direction) => setParams({ sort, direction })}
              timeZone={patients.data?.timeZone ?? PLATFORM_TIME_ZONE}
            />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(patients.data?.nextCursor) && !patients.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => patients.data?.nextCursor && pages.next(patients.data.nextCursor)}
              summary={
                items.length > 0
                  ? t('myPatients.rows', { from: firstRow, to: firstRow + items.length - 1, total })
                  : undefined
              }
            />
          </div>
        </Card>
      )}
    </div>
  )
}
