import { ZHospitalType } from '@medbook/contracts'
import { formatDate, formatPhone, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { ApplicationDetail } from './application-detail'
import { type DoctorApplication, doctorStatus, type HospitalApplication, hospitalStatus } from './verification-types'

interface DetailProps {
  busy: boolean
  onDecide: (approve: boolean) => void
  onClose: () => void
}

export function HospitalDetail({ hospital, busy, onDecide, onClose }: DetailProps & { hospital: HospitalApplication }) {
  const { t, i18n } = useTranslation()
  const none = <span className="font-normal text-ink-muted">{t('verification.detail.none')}</span>
  const type = ZHospitalType.safeParse(hospital.type)
  const status = hospitalStatus(hospital)
  return (
    <ApplicationDetail
      title={t('verification.detail.hospitalTitle')}
      name={hospital.name}
      status={status}
      applicant={{ hospitalId: hospital.id }}
      canReject={status !== 'rejected'}
      busy={busy}
      onApprove={() => onDecide(true)}
      onReject={() => onDecide(false)}
      onClose={onClose}
      items={[
        {
          label: t('verification.detail.type'),
          value: type.success ? t(`hospitals.type.${type.data}`) : hospital.type,
        },
        { label: t('verification.detail.registration'), value: hospital.registrationNumber },
        {
          label: t('verification.detail.address'),
          value: [hospital.street, hospital.city, hospital.state, hospital.postalCode, hospital.country]
            .filter(Boolean)
            .join(', '),
        },
        {
          label: t('verification.detail.hospitalContact'),
          value:
            [
              hospital.contactInfo.phoneNumber ? formatPhone(hospital.contactInfo.phoneNumber) : null,
              hospital.contactInfo.email,
            ]
              .filter(Boolean)
              .join(' · ') || none,
        },
        { label: t('verification.detail.website'), value: hospital.contactInfo.website ?? none },
        { label: t('verification.detail.contact'), value: hospital.contactName },
        { label: t('verification.detail.email'), value: hospital.email ?? none },
        {
          label: t('verification.detail.phone'),
          value: hospital.phoneNumber ? formatPhone(hospital.phoneNumber) : none,
        },
        {
          label: t('verification.detail.submitted'),
          value: formatDate(hospital.createdAt, i18n.language, PLATFORM_TIME_ZONE),
        },
      ]}
    />
  )
}

export function DoctorDetail({ doctor, busy, onDecide, onClose }: DetailProps & { doctor: DoctorApplication }) {
  const { t, i18n } = useTranslation()
  const none = <span className="font-normal text-ink-muted">{t('verification.detail.none')}</span>
  return (
    <ApplicationDetail
      title={t('verification.detail.doctorTitle')}
      name={doctor.name}
      status={doctorStatus(doctor)}
      applicant={{ doctorId: doctor.id }}
      canReject
      busy={busy}
      onApprove={() => onDecide(true)}
      onReject={() => onDecide(false)}
      onClose={onClose}
      items={[
        { label: t('verification.detail.licence'), value: doctor.licenseNumber },
        { label: t('verification.detail.hospital'), value: doctor.hospital.name },
        { label: t('verification.detail.specialties'), value: doctor.specialties.join(', ') || none },
        {
          label: t('verification.detail.experience'),
          value: t('verification.detail.experienceYears', { count: doctor.experience }),
        },
        {
          label: t('verification.detail.qualifications'),
          value:
            doctor.qualifications.length > 0 ? (
              <ul className="space-y-1">
                {doctor.qualifications.map((q) => (
                  <li key={`${q.degree}-${q.institution}-${q.year}`}>
                    {q.degree}, {q.institution} ({q.year})
                  </li>
                ))}
              </ul>
            ) : (
              none
            ),
        },
        { label: t('verification.detail.email'), value: doctor.email ?? none },
        {
          label: t('verification.detail.phone'),
          value: doctor.phoneNumber ? formatPhone(doctor.phoneNumber) : none,
        },
        {
          label: t('verification.detail.documentsChecked'),
          value: doctor.verifiedDocuments ? t('verification.detail.yes') : t('verification.detail.no'),
        },
        {
          label: t('verification.detail.submitted'),
          value: formatDate(doctor.createdAt, i18n.language, PLATFORM_TIME_ZONE),
        },
      ]}
    />
  )
}
