import { Badge, Button, Field, Input, Notice, SectionCard, Select, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Plus, Save, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import {
  addOnlineHours,
  DAYS,
  generateSlots,
  mergeSlots,
  type OnlineHours,
  sameSlot,
  type TConsultationType,
  type TDay,
  type WeeklySlot,
} from './slot-math'

interface WeeklyEditorProps {
  doctorId: string
  initialSlots: readonly WeeklySlot[]
  initialOnlineHours: readonly OnlineHours[]
}

const ALL_DAYS = 'all'

/** The weekly template: generated 30-minute slots per day, single slots removable, online hours; saved at once. */
export function WeeklyEditor({ doctorId, initialSlots, initialOnlineHours }: WeeklyEditorProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [slots, setSlots] = useState<WeeklySlot[]>(() => [...initialSlots])
  const [onlineHours, setOnlineHours] = useState<OnlineHours[]>(() => [...initialOnlineHours])
  const [dirty, setDirty] = useState(false)
  const save = useMutation(
    trpc.doctorSchedules.setWeeklySlots.mutationOptions({
      onSuccess: async () => {
        setDirty(false)
        toast(t('availability.saved'))
        await queryClient.invalidateQueries({ queryKey: trpc.doctorSchedules.get.queryKey({ doctorId }) })
      },
    }),
  )
  const dayLabel = (day: TDay) => t(`availability.days.${day}`)

  return (
    <SectionCard title={t('availability.weeklyTitle')} description={t('availability.weeklyDescription')}>
      <div className="flex flex-col gap-6">
        <RangeForm
          legend={t('availability.generateTitle')}
          withType
          submitLabel={t('availability.generate')}
          onSubmit={({ days, from, to, type }) => {
            setSlots((current) => mergeSlots(current, generateSlots(days, from, to, type)))
            setDirty(true)
          }}
        />
        <ul
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7"
          aria-label={t('availability.weeklyTitle')}
        >
          {DAYS.map((day) => {
            const daySlots = slots.filter((slot) => slot.day === day)
            return (
              <li key={day} className="flex flex-col gap-2 rounded-xl border border-border p-3">
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold text-ink">{dayLabel(day)}</h3>
                  <span className="text-xs text-ink-muted">
                    {t('availability.slotCount', { count: daySlots.length })}
                  </span>
                </div>
                {daySlots.length === 0 ? (
                  <p className="text-xs text-ink-muted">{t('availability.noSlots')}</p>
                ) : (
                  <ul className="flex flex-wrap gap-1.5" data-testid={`slots-${day}`}>
                    {daySlots.map((slot) => (
                      <li key={`${slot.startTime}-${slot.type}`}>
                        <Badge tone={slot.type === 'online' ? 'accent' : 'primary'} className="pr-0.5 tabular-nums">
                          {slot.startTime}
                          <span className="sr-only"> {t(`availability.types.${slot.type}`)}</span>
                          <button
                            type="button"
                            className="inline-flex size-6 cursor-pointer items-center justify-center rounded-full hover:bg-surface"
                            aria-label={t('availability.removeSlot', { time: slot.startTime, day: dayLabel(day) })}
                            onClick={() => {
                              setSlots((current) => current.filter((other) => !sameSlot(other, slot)))
                              setDirty(true)
                            }}
                          >
                            <X aria-hidden="true" />
                          </button>
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
                {daySlots.length > 0 ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="self-start"
                    onClick={() => {
                      setSlots((current) => current.filter((slot) => slot.day !== day))
                      setDirty(true)
                    }}
                  >
                    {t('availability.clearDay', { day: dayLabel(day) })}
                  </Button>
                ) : null}
              </li>
            )
          })}
        </ul>
        <div className="flex flex-col gap-3 border-t border-border pt-5">
          <h3 className="text-base font-semibold text-ink">{t('availability.onlineTitle')}</h3>
          <p className="text-sm text-ink-muted">{t('availability.onlineDescription')}</p>
          <RangeForm
            legend={t('availability.addOnline')}
            submitLabel={t('availability.addOnline')}
            onSubmit={({ days, from, to }) => {
              setOnlineHours((current) =>
                days.reduce((all, day) => addOnlineHours(all, { day, startTime: from, endTime: to }), current),
              )
              setDirty(true)
            }}
          />
          {onlineHours.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('availability.noOnline')}</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {onlineHours.map((hours) => {
                const time = `${hours.startTime}–${hours.endTime}`
                return (
                  <li key={`${hours.day}-${hours.startTime}`}>
                    <Badge tone="accent" className="pr-0.5">
                      {dayLabel(hours.day)} {time}
                      <button
                        type="button"
                        className="inline-flex size-6 cursor-pointer items-center justify-center rounded-full hover:bg-surface"
                        aria-label={t('availability.removeOnline', { time, day: dayLabel(hours.day) })}
                        onClick={() => {
                          setOnlineHours((current) => current.filter((other) => other !== hours))
                          setDirty(true)
                        }}
                      >
                        <X aria-hidden="true" />
                      </button>
                    </Badge>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
        {save.isError ? (
          <Notice tone="danger" role="alert">
            {serverErrorText(save.error)}
          </Notice>
        ) : null}
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
          {dirty ? (
            <p className="text-sm text-warning-800" role="status">
              {t('availability.unsaved')}
            </p>
          ) : null}
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                doctorId,
                slots: slots.map(({ day, startTime, endTime, type }) => ({ day, startTime, endTime, type })),
                onlineHours: onlineHours.map(({ day, startTime, endTime }) => ({ day, startTime, endTime })),
              })
            }
          >
            {save.isPending ? null : <Save aria-hidden="true" />}
            {t('availability.save')}
          </Button>
        </div>
      </div>
    </SectionCard>
  )
}

interface RangeFormProps {
  legend: string
  submitLabel: string
  withType?: boolean
  onSubmit: (range: { days: TDay[]; from: string; to: string; type: TConsultationType }) => void
}

function RangeForm({ legend, submitLabel, withType = false, onSubmit }: RangeFormProps) {
  const { t } = useTranslation()
  const [day, setDay] = useState<string>(ALL_DAYS)
  const [type, setType] = useState<TConsultationType>('in_person')
  const [from, setFrom] = useState('08:00')
  const [to, setTo] = useState('12:00')
  const invalid = !from || !to || from >= to
  return (
    <fieldset className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-start">
      <legend className="sr-only">{legend}</legend>
      <Field label={t('availability.day')} className="lg:w-48">
        <Select
          value={day}
          onValueChange={setDay}
          options={[
            { value: ALL_DAYS, label: t('availability.allDays') },
            ...DAYS.map((value) => ({ value, label: t(`availability.days.${value}`) })),
          ]}
        />
      </Field>
      {withType ? (
        <Field label={t('availability.type')} className="lg:w-40">
          <Select
            value={type}
            onValueChange={(value) => setType(value === 'online' ? 'online' : 'in_person')}
            options={[
              { value: 'in_person', label: t('availability.types.in_person') },
              { value: 'online', label: t('availability.types.online') },
            ]}
          />
        </Field>
      ) : null}
      <Field label={t('availability.from')} className="lg:w-32">
        <Input type="time" step={1800} value={from} onChange={(event) => setFrom(event.target.value)} />
      </Field>
      <Field
        label={t('availability.to')}
        className="lg:w-32"
        error={from && to && from >= to ? t('availability.invalidRange') : undefined}
      >
        <Input type="time" step={1800} value={to} onChange={(event) => setTo(event.target.value)} />
      </Field>
      <Button
        variant="secondary"
        className="lg:mt-[1.625rem]"
        disabled={invalid}
        onClick={() =>
          onSubmit({ days: day === ALL_DAYS ? [...DAYS] : DAYS.filter((value) => value === day), from, to, type })
        }
      >
        <Plus aria-hidden="true" />
        {submitLabel}
      </Button>
    </fieldset>
  )
}
