import { visitCanBeClosed } from '@medbook/contracts'
import { Badge, buttonClassName } from '@medbook/ui'
import { FileText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TScheduleEntry } from './schedule-types'
import { useNow } from './use-now'

/**
 * The visit's medical record. The doctor opens it once the visit is under way or completed;
 * staff only see whether one was written, never what it says.
 */
export function RecordCell({ entry, isDoctor }: { entry: TScheduleEntry; isDoctor: boolean }) {
  const { t } = useTranslation()
  const now = useNow()
  const held = entry.status === 'completed' || (entry.status === 'scheduled' && visitCanBeClosed(entry, now))
  if (isDoctor && (held || entry.hasRecord)) {
    const who = new URLSearchParams({
      patient: entry.patient.id,
      ...(entry.visitor.familyMemberId ? { member: entry.visitor.familyMemberId } : {}),
    })
    return (
      <Link
        to={`/schedule/visits/${entry.id}/record?${who.toString()}`}
        className={buttonClassName(entry.hasRecord ? 'secondary' : 'subtle', 'sm')}
        aria-label={t(entry.hasRecord ? 'schedule.openRecordFor' : 'schedule.writeRecordFor', {
          name: entry.visitor.name,
        })}
      >
        <FileText aria-hidden="true" />
        {t(entry.hasRecord ? 'schedule.openRecord' : 'schedule.writeRecord')}
      </Link>
    )
  }
  if (!entry.hasRecord) return null
  return (
    <Badge tone="accent" data-testid="queue-record">
      {t('schedule.hasRecord')}
    </Badge>
  )
}
