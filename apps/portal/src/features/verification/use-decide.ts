import { toast } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { ApplicantKind, VerificationQueue } from './verification-types'

export interface Decision {
  kind: ApplicantKind
  id: string
  name: string
  approve: boolean
  reason?: string
}

/**
 * Approves or rejects an application. The queue changes at once (an approved application leaves
 * it, a rejected hospital shows as rejected); a failure puts the list back as it was.
 */
export function useDecide(onDecided: (decision: Decision) => void) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const queueKey = trpc.verification.queue.queryKey()

  return useMutation({
    mutationFn: (decision: Decision, context) => {
      const choice = { approve: decision.approve, reason: decision.reason }
      if (decision.kind === 'hospitals') {
        const { mutationFn } = trpc.verification.decideHospital.mutationOptions()
        return mutationFn
          ? mutationFn({ hospitalId: decision.id, ...choice }, context)
          : Promise.reject(new Error('tRPC gave no mutationFn'))
      }
      const { mutationFn } = trpc.verification.decideDoctor.mutationOptions()
      return mutationFn
        ? mutationFn({ doctorId: decision.id, ...choice }, context)
        : Promise.reject(new Error('tRPC gave no mutationFn'))
    },
    onMutate: async (decision) => {
      await queryClient.cancelQueries({ queryKey: queueKey })
      const before = queryClient.getQueryData<VerificationQueue>(queueKey)
      if (before) {
        queryClient.setQueryData<VerificationQueue>(queueKey, {
          hospitals:
            decision.kind !== 'hospitals'
              ? before.hospitals
              : decision.approve
                ? before.hospitals.filter((entry) => entry.id !== decision.id)
                : before.hospitals.map((entry) =>
                    entry.id === decision.id ? { ...entry, status: 'inactive', verified: false } : entry,
                  ),
          doctors:
            decision.kind === 'doctors' ? before.doctors.filter((entry) => entry.id !== decision.id) : before.doctors,
        })
      }
      return { before }
    },
    onError: (_error, _decision, context) => {
      if (context?.before) queryClient.setQueryData(queueKey, context.before)
      toast(t('verification.failed'), { tone: 'danger' })
    },
    onSuccess: (_result, decision) => {
      const key =
        `verification.${decision.approve ? 'approve' : 'reject'}${decision.kind === 'hospitals' ? 'Hospital' : 'Doctor'}.done` as const
      toast(t(key, { name: decision.name }))
      onDecided(decision)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKey }),
  })
}
