import type { ZScheduleException } from '@medbook/contracts'
import {
  Badge,
  Button,
  Field,
  Input,
  Notice,
  SectionCard,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { formatDay } from '../schedule/schedule-dates'

type TException = z.infer<typeof ZScheduleException>

interface ExceptionsSectionProps {
  doctorId: string
  exceptions: readonly TException[]
  /** staff may close the whole hospital for a day */
  canCloseHospital: boolean
}

export function ExceptionsSection({ doctorId, exceptions, canCloseHospital }: ExceptionsSectionProps) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.doctorSchedules.get.pathKey() })
  const remove = useMutation(
    trpc.doctorSchedules.removeException.mutationOptions({
      onSuccess: async () => {
        toast(t('availability.removed'))
        await refresh()
      },
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
    }),
  )
  const sorted = [...exceptions].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''),
  )
  return (
    <SectionCard title={t('availability.exceptionsTitle')} description={t('availability.exceptionsDescription')}>
      <div className="flex flex-col gap-5">
        <AddExceptionForm doctorId={doctorId} canCloseHospital={canCloseHospital} onAdded={refresh} />
        {sorted.length === 0 ? (
          <p className="text-sm text-ink-muted">{t('availability.noExceptions')}</p>
        ) : (
          <div className="overflow-hidden rounded-xl border border-border">
            <Table label={t('availability.exceptionsCaption')}>
              <TableHead>
                <tr>
                  <TableHeaderCell>{t('availability.exceptionDate')}</TableHeaderCell>
                  <TableHeaderCell>{t('availability.timeRange')}</TableHeaderCell>
                  <TableHeaderCell>{t('availability.scope')}</TableHeaderCell>
                  <TableHeaderCell>{t('availability.reasonColumn')}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">{t('availability.actions')}</span>
                  </TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {sorted.map((exception) => {
                  const date = formatDay(exception.date, i18n.language)
                  return (
                    <TableRow key={exception.id}>
                      <TableCell className="whitespace-nowrap">{date}</TableCell>
                      <TableCell className="whitespace-nowrap tabular-nums">
                        {exception.startTime && exception.endTime
                          ? `${exception.startTime}–${exception.endTime}`
                          : t('availability.wholeDay')}
                      </TableCell>
                      <TableCell>
                        {exception.doctorId === null ? (
                          <Badge tone="warning">{t('availability.hospitalClosure')}</Badge>
                        ) : (
                          <Badge tone="outline">{t('availability.scopeDoctor')}</Badge>
                        )}
                      </TableCell>
                      <TableCell>{exception.reason ?? '–'}</TableCell>
                      <TableCell className="text-right">
                        {exception.doctorId === null && !canCloseHospital ? null : (
                          <Button
                            size="icon"
                            variant="ghost"
                            aria-label={t('availability.removeException', { date })}
                            disabled={remove.isPending}
                            onClick={() => remove.mutate({ id: exception.id })}
                          >
                            <Trash2 aria-hidden="true" />
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  )
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
    </SectionCard>
  )
}

interface AddExceptionFormProps {
  doctorId: string
  canCloseHospital: boolean
  onAdded: () => Promise<unknown>
}

function AddExceptionForm({ doctorId, canCloseHospital, onAdded }: AddExceptionFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const serverErrorText = useServerErrorText()
  const [date, setDate] = useState('')
  const [span, setSpan] = useState<'day' | 'range'>('day')
  const [from, setFrom] = useState('08:00')
  const [to, setTo] = useState('12:00')
  const [reason, setReason] = useState('')
  const [scope, setScope] = useState<'doctor' | 'hospital'>('doctor')
  const [tried, setTried] = useState(false)
  const add = useMutation(
    trpc.doctorSchedules.addException.mutationOptions({
      onSuccess: async () => {
        toast(t('availability.added'))
        setDate('')
        setReason('')
        setTried(false)
        await onAdded()
      },
    }),
  )
  const rangeInvalid = span === 'range' && (!from || !to || from >= to)
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        setTried(true)
        if (!date || rangeInvalid) return
        add.mutate({
          doctorId: scope === 'hospital' ? undefined : doctorId,
          date,
          ...(span === 'range' ? { startTime: from, endTime: to } : {}),
          reason: reason.trim() || undefined,
        })
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field
          label={t('availability.exceptionDate')}
          error={tried && !date ? t('availability.dateRequired') : undefined}
        >
          <Input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <Field label={t('availability.timeRange')}>
          <Select
            value={span}
            onValueChange={(value) => setSpan(value === 'range' ? 'range' : 'day')}
            options={[
              { value: 'day', label: t('availability.wholeDay') },
              { value: 'range', label: `${t('availability.from')} – ${t('availability.to')}` },
            ]}
          />
        </Field>
        {span === 'range' ? (
          <>
            <Field label={t('availability.from')}>
              <Input type="time" value={from} onChange={(event) => setFrom(event.target.value)} />
            </Field>
            <Field label={t('availability.to')} error={rangeInvalid ? t('availability.invalidRange') : undefined}>
              <Input type="time" value={to} onChange={(event) => setTo(event.target.value)} />
            </Field>
          </>
        ) : null}
        <Field label={t('availability.reason')} className="sm:col-span-2">
          <Input maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        {canCloseHospital ? (
          <Field label={t('availability.scope')}>
            <Select
              value={scope}
              onValueChange={(value) => setScope(value === 'hospital' ? 'hospital' : 'doctor')}
              options={[
                { value: 'doctor', label: t('availability.scopeDoctor') },
                { value: 'hospital', label: t('availability.scopeHospital') },
              ]}
            />
          </Field>
        ) : null}
      </div>
      {add.isError ? (
        <Notice tone="danger" role="alert">
          {serverErrorText(add.error)}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {add.isPending ? null : <Plus aria-hidden="true" />}
          {t('availability.addException')}
        </Button>
      </div>
    </form>
  )
}
