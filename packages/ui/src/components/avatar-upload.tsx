import { useMutation } from '@tanstack/react-query'
import { ImageUp } from 'lucide-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerErrorText } from '../forms/use-error-text'
import { IMAGE_TYPES, imageProblem, MAX_IMAGE_BYTES, uploadImage } from '../lib/upload-image'
import { Avatar } from './avatar'
import { Button } from './button'
import { Notice } from './notice'
import { SectionCard } from './section-card'
import { toast } from './toaster'

export interface AvatarUploadProps {
  /** the person's name: its initials stand in while there is no picture */
  name: string
  /** the current picture's address, if any */
  src: string | null
  /** the section's heading; the shared "Profile picture" by default */
  title?: ReactNode
  /** a line under the heading saying who sees the picture */
  description?: ReactNode
  /** where the image's raw bytes are POSTed; the answer names the stored picture as `profilePicture` */
  endpoint?: string
  /** accepted MIME types, checked before uploading (the server checks the bytes again) */
  accept?: readonly string[]
  maxBytes?: number
  /** after the server stored the picture: refresh whatever shows it (the profile, the header) */
  onUploaded?: (profilePicture: string) => undefined | Promise<unknown>
}

interface Preview {
  file: File
  url: string
}

const isPictureAnswer = (body: Record<string, unknown>): body is { profilePicture: string } =>
  typeof body.profilePicture === 'string'

/**
 * A profile picture with "choose, preview, save": the file is checked for type and size in
 * the browser, shown as a preview, and uploaded only when the person saves it.
 */
export function AvatarUpload({
  name,
  src,
  title,
  description,
  endpoint = '/uploads/profile-picture',
  accept = IMAGE_TYPES,
  maxBytes = MAX_IMAGE_BYTES,
  onUploaded,
}: AvatarUploadProps) {
  const { t } = useTranslation('ui')
  const serverErrorText = useServerErrorText()
  const input = useRef<HTMLInputElement>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10

  // the preview's object URL lives as long as the preview
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview.url) : undefined), [preview])

  const upload = useMutation({
    mutationFn: (file: File) => uploadImage(endpoint, file, isPictureAnswer),
    onSuccess: async ({ profilePicture }) => {
      setPreview(null)
      toast(t('avatarUpload.saved'))
      await onUploaded?.(profilePicture)
    },
    onError: (error) => setProblem(serverErrorText(error)),
  })

  function choose(file: File | undefined) {
    setProblem(null)
    if (!file) return
    const reason = imageProblem(file, { types: accept, maxBytes })
    if (reason === 'type') return setProblem(t('avatarUpload.wrongType'))
    if (reason === 'size') return setProblem(t('avatarUpload.tooLarge', { megabytes }))
    setPreview({ file, url: URL.createObjectURL(file) })
  }

  return (
    <SectionCard title={title ?? t('avatarUpload.title')} description={description}>
      <div className="flex items-center gap-4 sm:gap-5">
        {preview ? (
          <img
            src={preview.url}
            alt={t('avatarUpload.previewAlt')}
            className="size-20 shrink-0 rounded-full object-cover"
          />
        ) : (
          <Avatar name={name} src={src} size="lg" />
        )}
        <div className="flex flex-col gap-3">
          <input
            ref={input}
            type="file"
            accept={accept.join(',')}
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
                {t('avatarUpload.save')}
              </Button>
              <Button variant="secondary" disabled={upload.isPending} onClick={() => setPreview(null)}>
                {t('cancel')}
              </Button>
            </div>
          ) : (
            <Button variant="secondary" className="self-start" onClick={() => input.current?.click()}>
              <ImageUp aria-hidden="true" />
              {src ? t('avatarUpload.change') : t('avatarUpload.choose')}
            </Button>
          )}
          <p className="text-sm text-ink-muted">{t('avatarUpload.rules', { megabytes })}</p>
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
