import type { THospitalServiceEntry } from '@medbook/contracts'
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  Field,
  Input,
  PageHeader,
  Skeleton,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ClipboardList, Plus, Search } from 'lucide-react'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { ServiceDialog } from './service-dialog'
import { ServicesTable } from './services-table'

type Editing = { mode: 'add' } | { mode: 'edit'; service: THospitalServiceEntry }

export function ServicesPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const services = useQuery({ ...trpc.myHospital.services.queryOptions(), staleTime: 0 })
  const catalogue = useQuery(trpc.catalogue.services.queryOptions())
  const [text, setText] = useState('')
  const filter = useDeferredValue(text)
  const [editing, setEditing] = useState<Editing | null>(null)

  const offered = useMemo(() => new Set((services.data ?? []).map((entry) => entry.serviceId)), [services.data])
  const choices = useMemo(
    () => (catalogue.data ?? []).filter((entry) => !offered.has(entry.id)),
    [catalogue.data, offered],
  )

  const toggle = useMutation(
    trpc.myHospital.setService.mutationOptions({
      onSuccess: async (next, input) => {
        queryClient.setQueryData(trpc.myHospital.services.queryKey(), next)
        const name = next.find((entry) => entry.serviceId === input.serviceId)?.name ?? ''
        toast(t(input.isAvailable ? 'hospitalServices.nowAvailable' : 'hospitalServices.nowUnavailable', { name }))
        await queryClient.invalidateQueries({ queryKey: trpc.catalogue.hospitalServices.pathKey() })
      },
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
    }),
  )
  const onToggle = useCallback(
    (service: THospitalServiceEntry, isAvailable: boolean) =>
      toggle.mutate({
        serviceId: service.serviceId,
        price: service.price,
        description: service.description,
        isAvailable,
      }),
    [toggle.mutate],
  )
  const onEdit = useCallback((service: THospitalServiceEntry) => setEditing({ mode: 'edit', service }), [])
  const addButton = (
    <Button onClick={() => setEditing({ mode: 'add' })} disabled={!catalogue.data || choices.length === 0}>
      <Plus aria-hidden="true" />
      {t('hospitalServices.add')}
    </Button>
  )

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('hospitalServices.title')}
        description={t('hospitalServices.description')}
        actions={services.data && services.data.length > 0 ? addButton : null}
      />
      {services.isError ? (
        <ErrorState
          title={t('hospitalServices.errorTitle')}
          onRetry={() => void services.refetch()}
          retrying={services.isRefetching}
        />
      ) : !services.data ? (
        <Skeleton className="h-64 rounded-2xl" />
      ) : services.data.length === 0 ? (
        <EmptyState
          icon={ClipboardList}
          title={t('hospitalServices.emptyTitle')}
          description={t('hospitalServices.emptyDescription')}
          action={addButton}
        />
      ) : (
        <>
          <Card className="flex flex-col gap-4 p-4 sm:flex-row sm:items-end sm:justify-between sm:p-5">
            <Field label={t('hospitalServices.filterLabel')} className="sm:w-96">
              <Input
                type="search"
                leadingIcon={Search}
                value={text}
                placeholder={t('hospitalServices.filterPlaceholder')}
                onChange={(event) => setText(event.target.value)}
              />
            </Field>
            <p className="text-sm text-ink-muted" aria-live="polite">
              {t('hospitalServices.count', {
                count: services.data.length,
                available: services.data.filter((entry) => entry.isAvailable).length,
              })}
            </p>
          </Card>
          <Card className="overflow-hidden">
            <ServicesTable
              services={services.data}
              filter={filter}
              toggling={toggle.isPending ? (toggle.variables?.serviceId ?? null) : null}
              onToggle={onToggle}
              onEdit={onEdit}
            />
          </Card>
          <p className="text-sm text-ink-muted">
            {t('hospitalServices.feeNote')}{' '}
            <Link to="/doctors" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
              {t('hospitalServices.feeLink')}
            </Link>
          </p>
        </>
      )}
      {editing?.mode === 'add' ? (
        <ServiceDialog mode="add" choices={choices} onClose={() => setEditing(null)} />
      ) : editing?.mode === 'edit' ? (
        <ServiceDialog mode="edit" service={editing.service} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  )
}
