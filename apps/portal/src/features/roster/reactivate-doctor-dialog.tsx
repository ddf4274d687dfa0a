import type { TRosterDoctor } from '@medbook/contracts'
import { ConfirmDialog, Notice, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

export function ReactivateDoctorDialog({ doctor, onClose }: { doctor: TRosterDoctor; onClose: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const reactivate = useMutation(
    trpc.myHospital.reactivateDoctor.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.myHospital.roster.queryKey(), (current) =>
          current?.map((row) => (row.id === saved.id ? saved : row)),
        )
        toast(t('roster.reactivate.done', { name: doctor.name }))
        await queryClient.invalidateQueries({ queryKey: trpc.myHospital.roster.queryKey() })
        onClose()
      },
    }),
  )
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone="primary"
      title={t('roster.reactivate.title', { name: doctor.name })}
      description={t('roster.reactivate.description')}
      confirmLabel={t('roster.reactivate.confirm')}
      pending={reactivate.isPending}
      onConfirm={() => reactivate.mutate({ doctorId: doctor.id })}
    >
      {reactivate.isError ? (
        <Notice tone="danger" role="alert">
          {serverErrorText(reactivate.error)}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
