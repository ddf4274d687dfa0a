import { hospitalAwaitsDecision } from '@medbook/contracts'
import { ErrorState, PageHeader, Tabs, TabsContent, TabsList, TabsTrigger } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Building2, Stethoscope } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DecisionDialog } from './decision-dialog'
import { DoctorDetail, HospitalDetail } from './details'
import { useDoctorColumns, useHospitalColumns } from './queue-columns'
import { QueuePanel } from './queue-panel'
import { type Decision, useDecide } from './use-decide'
import { useVerificationParams } from './use-verification-params'
import {
  type ApplicantKind,
  byUrgency,
  type DoctorApplication,
  doctorStatus,
  type HospitalApplication,
  hospitalStatus,
} from './verification-types'

type Deciding = { kind: ApplicantKind; id: string; name: string; approve: boolean }

export function VerificationPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queue = useQuery({ ...trpc.verification.queue.queryOptions(), staleTime: 0 })
  const { tab, status, id, update } = useVerificationParams()
  const [deciding, setDeciding] = useState<Deciding | null>(null)
  const decide = useDecide(
    useCallback(
      (decision: Decision) => {
        setDeciding(null)
        // an approved application has left the queue: close it; a rejected one stays open, marked rejected
        if (decision.approve) update({ id: null })
      },
      [update],
    ),
  )
  const open = useCallback((next: string) => update({ id: next }), [update])
  const hospitalColumns = useHospitalColumns(open)
  const doctorColumns = useDoctorColumns(open)

  const hospitals = [...(queue.data?.hospitals ?? [])].sort(byUrgency<HospitalApplication>(hospitalStatus))
  const doctors = [...(queue.data?.doctors ?? [])].sort(byUrgency<DoctorApplication>(doctorStatus))
  const pendingHospitals = hospitals.filter(hospitalAwaitsDecision).length
  const openHospital = tab === 'hospitals' ? hospitals.find((entry) => entry.id === id) : undefined
  const openDoctor = tab === 'doctors' ? doctors.find((entry) => entry.id === id) : undefined

  const confirm = (choice: Pick<Decision, 'approve' | 'reason'>) => {
    if (deciding) decide.mutate({ kind: deciding.kind, id: deciding.id, name: deciding.name, ...choice })
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('verification.title')} description={t('verification.description')} />
      {queue.isError && !queue.data ? (
        <ErrorState
          title={t('verification.errorTitle')}
          onRetry={() => void queue.refetch()}
          retrying={queue.isRefetching}
        />
      ) : (
        <Tabs
          value={tab}
          onValueChange={(value) => update({ tab: value as ApplicantKind })}
          className="flex flex-col gap-4"
        >
          <TabsList aria-label={t('verification.tabs.label')} className="self-start">
            <TabsTrigger value="hospitals">
              <Building2 aria-hidden="true" />
              {t('verification.tabs.hospitals', { count: pendingHospitals })}
            </TabsTrigger>
            <TabsTrigger value="doctors">
              <Stethoscope aria-hidden="true" />
              {t('verification.tabs.doctors', { count: doctors.length })}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="hospitals">
            <QueuePanel
              entries={hospitals}
              statusOf={hospitalStatus}
              status={status}
              onStatusChange={(next) => update({ status: next })}
              label={t('verification.table.hospitalsCaption')}
              columns={hospitalColumns}
              loading={queue.isPending}
              selectedId={id}
              detail={
                openHospital ? (
                  <HospitalDetail
                    hospital={openHospital}
                    busy={decide.isPending}
                    onDecide={(approve) =>
                      setDeciding({ kind: 'hospitals', id: openHospital.id, name: openHospital.name, approve })
                    }
                    onClose={() => update({ id: null })}
                  />
                ) : null
              }
            />
          </TabsContent>
          <TabsContent value="doctors">
            <QueuePanel
              entries={doctors}
              statusOf={doctorStatus}
              status={status}
              onStatusChange={(next) => update({ status: next })}
              label={t('verification.table.doctorsCaption')}
              columns={doctorColumns}
              loading={queue.isPending}
              selectedId={id}
              detail={
                openDoctor ? (
                  <DoctorDetail
                    doctor={openDoctor}
                    busy={decide.isPending}
                    onDecide={(approve) =>
                      setDeciding({ kind: 'doctors', id: openDoctor.id, name: openDoctor.name, approve })
                    }
                    onClose={() => update({ id: null })}
                  />
                ) : null
              }
            />
          </TabsContent>
        </Tabs>
      )}
      {deciding ? (
        <DecisionDialog
          key={`${deciding.id}-${deciding.approve}`}
          kind={deciding.kind}
          name={deciding.name}
          approve={deciding.approve}
          pending={decide.isPending}
          onConfirm={confirm}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </div>
  )
}
