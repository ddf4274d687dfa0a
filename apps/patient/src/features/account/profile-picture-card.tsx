import type { TProfile } from '@medbook/contracts'
import { Avatar, Button, Notice, SectionCard, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ImageUp } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { fullName } from '../auth/use-session'
import { PICTURE_TYPES, pictureProblem, uploadProfilePicture } from './upload-profile-picture'

interface Preview {
  file: File
  url: string
}

export function ProfilePictureCard({ profile }: { profile: TProfile }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const input = useRef<HTMLInputElement>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  // the preview's object URL lives as long as the preview
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview.url) : undefined), [preview])

  const upload = useMutation({
    mutationFn: uploadProfilePicture,
    onSuccess: async () => {
      setPreview(null)
      toast(t('account.picture.saved'))
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.profile.get.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
      ])
    },
    onError: (error) => setProblem(serverErrorText(error)),
  })

  function choose(file: File | undefined) {
    setProblem(null)
    if (!file) return
    const reason = pictureProblem(file)
    if (reason) return setProblem(t(reason === 'type' ? 'account.picture.wrongType' : 'account.picture.tooLarge'))
    setPreview({ file, url: URL.createObjectURL(file) })
  }

  const name = fullName(profile)
  return (
    <SectionCard title={t('account.picture.title')} description={t('account.picture.description')}>
      <div className="flex items-center gap-4 sm:gap-5">
        {preview ? (
          <img
            src={preview.url}
            alt={t('account.picture.previewAlt')}
            className="size-20 shrink-0 rounded-full object-cover"
          />
        ) : (
          <Avatar name={name} src={profile.profilePicture} size="lg" />
        )}
        <div className="flex flex-col gap-3">
          <input
            ref={input}
            type="file"
            accept={PICTURE_TYPES.join(',')}
            className="hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              choose(event.target.files?.[0])
              event.target.value = ''
            }}
          />
          {preview ? (
            <div className="flex flex-wrap gap-2">
              <Button loading={upload.isPending} onClick={() => upload.mutate(preview.file)}>
                {t('account.picture.save')}
              </Button>
              <Button variant="secondary" disabled={upload.isPending} onClick={() => setPreview(null)}>
                {t('account.picture.cancel')}
              </Button>
            </div>
          ) : (
            <Button variant="secondary" className="self-start" onClick={() => input.current?.click()}>
              <ImageUp aria-hidden="true" />
              {profile.profilePicture ? t('account.picture.change') : t('account.picture.choose')}
            </Button>
          )}
          <p className="text-sm text-ink-muted">{t('account.picture.rules')}</p>
        </div>
      </div>
      {problem ? (
        <Notice tone="danger" role="alert" className="mt-4">
          {problem}
        </Notice>
      ) : null}
    </SectionCard>
  )
}
