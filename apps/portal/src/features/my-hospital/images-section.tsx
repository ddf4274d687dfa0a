import type { TMyHospitalProfile } from '@medbook/contracts'
import {
  Badge,
  Button,
  ConfirmDialog,
  EmptyState,
  imageProblem,
  Notice,
  SectionCard,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ArrowLeft, ArrowRight, ImageOff, ImagePlus, Trash2, Upload } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import {
  HOSPITAL_IMAGE_TYPES,
  MAX_HOSPITAL_IMAGE_BYTES,
  MAX_HOSPITAL_IMAGES,
  moveImage,
  uploadHospitalImage,
} from './hospital-images'
import { useReportDirty } from './unsaved-changes'

interface Preview {
  file: File
  url: string
}

const MEGABYTES = MAX_HOSPITAL_IMAGE_BYTES / 1024 / 1024

/** The hospital's photos: upload (checked and previewed first), remove, and order; the first is the cover. */
export function ImagesSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const input = useRef<HTMLInputElement>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [removing, setRemoving] = useState<string | null>(null)
  const images = profile.images
  const full = images.length >= MAX_HOSPITAL_IMAGES
  useReportDirty('images', preview !== null)

  // the preview's object URL lives as long as the preview
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview.url) : undefined), [preview])

  async function showImages(next: string[]) {
    queryClient.setQueryData(trpc.myHospital.profile.queryKey(), (current) =>
      current ? { ...current, images: next } : current,
    )
    await queryClient.invalidateQueries({ queryKey: trpc.hospitals.pathKey() })
  }

  const upload = useMutation({
    mutationFn: uploadHospitalImage,
    onSuccess: async (next) => {
      setPreview(null)
      toast(t('myHospital.images.uploaded'))
      await showImages(next)
    },
    onError: (error) => setProblem(serverErrorText(error)),
  })
  const remove = useMutation(
    trpc.myHospital.removeImage.mutationOptions({
      onSuccess: async ({ images: next }) => {
        setRemoving(null)
        toast(t('myHospital.images.removed'))
        await showImages(next)
      },
    }),
  )
  const reorder = useMutation(
    trpc.myHospital.reorderImages.mutationOptions({
      onSuccess: ({ images: next }) => showImages(next),
      onError: (error) => setProblem(serverErrorText(error)),
    }),
  )

  function choose(file: File | undefined) {
    setProblem(null)
    if (!file) return
    const reason = imageProblem(file, { types: HOSPITAL_IMAGE_TYPES, maxBytes: MAX_HOSPITAL_IMAGE_BYTES })
    if (reason === 'type') return setProblem(t('myHospital.images.wrongType'))
    if (reason === 'size') return setProblem(t('myHospital.images.tooLarge', { megabytes: MEGABYTES }))
    setPreview({ file, url: URL.createObjectURL(file) })
  }

  function move(from: number, to: number) {
    setProblem(null)
    reorder.mutate({ urls: moveImage(images, from, to) })
  }

  const sizeText = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      bytes / 1024,
    )

  return (
    <SectionCard
      title={t('myHospital.images.title')}
      description={t('myHospital.images.description', { max: MAX_HOSPITAL_IMAGES, megabytes: MEGABYTES })}
      actions={
        preview ? null : (
          <Button variant="secondary" disabled={full} onClick={() => input.current?.click()}>
            <ImagePlus aria-hidden="true" />
            {t('myHospital.images.choose')}
          </Button>
        )
      }
    >
      <input
        ref={input}
        type="file"
        accept={HOSPITAL_IMAGE_TYPES.join(',')}
        className="hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="hospital-image-input"
        onChange={(event) => {
          choose(event.target.files?.[0])
          event.target.value = ''
        }}
      />
      <div className="flex flex-col gap-4">
        {preview ? (
          <div className="flex flex-col gap-4 rounded-xl border border-primary-200 bg-primary-50/50 p-4 sm:flex-row sm:items-center">
            <img
              src={preview.url}
              alt={t('myHospital.images.previewAlt')}
              className="aspect-video w-full rounded-lg object-cover sm:w-56"
            />
            <div className="flex min-w-0 flex-col gap-3">
              <p className="text-sm text-ink">
                <span className="block font-semibold break-all">{preview.file.name}</span>
                <span className="text-ink-muted">{sizeText(preview.file.size)}</span>
              </p>
              <div className="flex flex-wrap gap-2">
                <Button loading={upload.isPending} onClick={() => upload.mutate(preview.file)}>
                  {upload.isPending ? null : <Upload aria-hidden="true" />}
                  {t('myHospital.images.upload')}
                </Button>
                <Button variant="secondary" disabled={upload.isPending} onClick={() => setPreview(null)}>
                  {t('myHospital.images.cancel')}
                </Button>
              </div>
            </div>
          </div>
        ) : null}
        {problem ? (
          <Notice tone="danger" role="alert">
            {problem}
          </Notice>
        ) : null}
        {full ? <Notice tone="info">{t('myHospital.images.full', { max: MAX_HOSPITAL_IMAGES })}</Notice> : null}
        {images.length === 0 ? (
          <EmptyState
            icon={ImageOff}
            title={t('myHospital.images.emptyTitle')}
            description={t('myHospital.images.emptyDescription')}
          />
        ) : (
          <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t('myHospital.images.listLabel')}>
            {images.map((url, index) => {
              const position = t('myHospital.images.position', { index: index + 1, total: images.length })
              return (
                <li key={url} className="flex flex-col overflow-hidden rounded-xl border border-border bg-surface">
                  <div className="relative">
                    <img
                      src={url}
                      alt={t('myHospital.images.alt', { name: profile.name, index: index + 1 })}
                      className="aspect-video w-full object-cover"
                      loading="lazy"
                    />
                    {index === 0 ? (
                      <Badge tone="primary" className="absolute top-2 left-2 shadow-card">
                        {t('myHospital.images.cover')}
                      </Badge>
                    ) : null}
                  </div>
                  <div className="flex items-center justify-between gap-2 p-2">
                    <span className="px-1 text-sm text-ink-muted">{position}</span>
                    <div className="flex gap-1">
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={t('myHospital.images.moveEarlier', { position })}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, index - 1)}
                      >
                        <ArrowLeft aria-hidden="true" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={t('myHospital.images.moveLater', { position })}
                        disabled={index === images.length - 1 || reorder.isPending}
                        onClick={() => move(index, index + 1)}
                      >
                        <ArrowRight aria-hidden="true" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        className="text-danger-700"
                        aria-label={t('myHospital.images.remove', { position })}
                        onClick={() => setRemoving(url)}
                      >
                        <Trash2 aria-hidden="true" />
                      </Button>
                    </div>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
      </div>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (open) return
          remove.reset()
          setRemoving(null)
        }}
        title={t('myHospital.images.removeTitle')}
        description={t('myHospital.images.removeDescription')}
        confirmLabel={t('myHospital.images.removeConfirm')}
        pending={remove.isPending}
        onConfirm={() => removing && remove.mutate({ url: removing })}
      >
        {removing ? <img src={removing} alt="" className="aspect-video w-full rounded-lg object-cover" /> : null}
        {remove.isError ? (
          <Notice tone="danger" role="alert" className="mt-3">
            {serverErrorText(remove.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </SectionCard>
  )
}
