import { useTranslation } from 'react-i18next'
import { formatDay } from './chat-format'
import type { ChatConversation } from './chat-types'

/** "Lịch khám 08:30, 12 thg 12, 2026 · BS Lý Minh Khoa": the visit a conversation is about. */
export function useVisitText() {
  const { t, i18n } = useTranslation('ui')
  return (appointment: NonNullable<ChatConversation['appointment']>, withDoctor = true) => {
    const values = {
      time: appointment.startTime.slice(0, 5),
      date: formatDay(appointment.appointmentDate.slice(0, 10), i18n.language),
      doctor: appointment.doctorName,
    }
    return withDoctor ? t('conversations.visitWithDoctor', values) : t('conversations.visit', values)
  }
}
