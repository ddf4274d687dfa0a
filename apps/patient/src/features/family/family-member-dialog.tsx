import type { TFamilyMember } from '@medbook/contracts'
import { Dialog, DialogContent, DialogDescription, DialogTitle, fullName, toast } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { FamilyMemberForm, type FamilyMemberValues } from './family-member-form'

interface FamilyMemberDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** editing this member; adding a new one without it */
  member?: TFamilyMember
}

export function FamilyMemberDialog({ open, onOpenChange, member }: FamilyMemberDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const listKey = trpc.family.list.queryKey()

  const done = async (saved: TFamilyMember, message: string) => {
    await queryClient.invalidateQueries({ queryKey: listKey })
    onOpenChange(false)
    toast(message)
    return saved
  }
  const add = useMutation(
    trpc.family.add.mutationOptions({
      onSuccess: (saved) => done(saved, t('family.added', { name: fullName(saved) })),
    }),
  )
  const update = useMutation(
    trpc.family.update.mutationOptions({
      onSuccess: (saved) => done(saved, t('family.updated', { name: fullName(saved) })),
    }),
  )

  const submit = (values: FamilyMemberValues) =>
    member ? update.mutateAsync({ ...values, id: member.id }) : add.mutateAsync(values)

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogTitle>{member ? t('family.editTitle', { name: fullName(member) }) : t('family.addTitle')}</DialogTitle>
        <DialogDescription>{t('family.formDescription')}</DialogDescription>
        <FamilyMemberForm member={member} pending={add.isPending || update.isPending} onSubmit={submit} />
      </DialogContent>
    </Dialog>
  )
}
