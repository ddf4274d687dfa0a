import type { TReview } from '@medbook/contracts'
import { Button, Field, formatDateTime, PLATFORM_TIME_ZONE, Textarea, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { MessageSquareReply, PencilLine } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** The public reply to a review: written once, editable later. */
export function ReviewReply({ review }: { review: TReview }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(review.response?.text ?? '')
  const [empty, setEmpty] = useState(false)
  const respond = useMutation(
    trpc.reviews.respond.mutationOptions({
      onSuccess: async () => {
        setEditing(false)
        toast(t('reviews.replySaved'))
        await queryClient.invalidateQueries({ queryKey: trpc.reviews.published.pathKey() })
      },
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
    }),
  )

  if (editing) {
    return (
      <form
        className="mt-3 flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (!text.trim()) {
            setEmpty(true)
            return
          }
          respond.mutate({ id: review.id, text: text.trim() })
        }}
      >
        <Field
          label={t('reviews.replyLabel', { name: review.authorName })}
          error={empty ? t('reviews.replyRequired') : undefined}
        >
          <Textarea value={text} maxLength={2000} rows={3} onChange={(event) => setText(event.target.value)} />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" size="sm" loading={respond.isPending}>
            {t('reviews.sendReply')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={respond.isPending}
            onClick={() => {
              setText(review.response?.text ?? '')
              setEmpty(false)
              setEditing(false)
            }}
          >
            {t('reviews.cancelReply')}
          </Button>
        </div>
      </form>
    )
  }
  if (review.response) {
    return (
      <div className="mt-3 rounded-md bg-surface-muted p-3 text-sm" data-testid="review-response">
        <p className="font-semibold text-ink">
          {t('reviews.responseBy', {
            name: review.response.responderName,
            at: formatDateTime(review.response.respondedAt, i18n.language, PLATFORM_TIME_ZONE),
          })}
        </p>
        <p className="mt-1 whitespace-pre-line break-words text-ink">{review.response.text}</p>
        <Button size="sm" variant="ghost" className="mt-2" onClick={() => setEditing(true)}>
          <PencilLine aria-hidden="true" />
          {t('reviews.editReply')}
        </Button>
      </div>
    )
  }
  return (
    <Button size="sm" variant="secondary" className="mt-3" onClick={() => setEditing(true)}>
      <MessageSquareReply aria-hidden="true" />
      {t('reviews.reply')}
    </Button>
  )
}
