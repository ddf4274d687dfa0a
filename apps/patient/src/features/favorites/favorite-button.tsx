import { Button, cn, useSession } from '@medbook/ui'
import { Heart } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { loginPath } from '../auth/auth-paths'
import { type FavoriteCandidate, useFavoriteDoctors, useToggleFavorite } from './use-favorites'

interface FavoriteButtonProps {
  doctor: FavoriteCandidate
  /** "icon": a round heart (cards); "labelled": the heart and a word (the profile page) */
  look?: 'icon' | 'labelled'
  className?: string
}

/**
 * A heart that keeps a doctor in the patient's favourites: a toggle button (aria-pressed).
 * Someone signed out is taken to log in and brought back here; staff accounts see no heart.
 */
export function FavoriteButton({ doctor, look = 'icon', className }: FavoriteButtonProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const session = useSession()
  const favorites = useFavoriteDoctors()
  const { toggle } = useToggleFavorite(doctor)

  if (session.data && session.data.role !== 'patient') return null
  const signedIn = Boolean(session.data)
  const pressed = signedIn && Boolean(favorites.data?.some((entry) => entry.doctorId === doctor.id))

  return (
    <Button
      variant={look === 'icon' ? 'ghost' : 'secondary'}
      size={look === 'icon' ? 'icon' : 'md'}
      aria-pressed={pressed}
      aria-label={t('favorites.toggleLabel', { name: doctor.name })}
      disabled={session.isPending || (signedIn && favorites.isLoading)}
      className={className}
      onClick={() => {
        if (!signedIn) return void navigate(loginPath({ next: `${location.pathname}${location.search}` }))
        toggle(!pressed)
      }}
    >
      <Heart
        aria-hidden="true"
        className={cn(look === 'icon' && 'size-5!', pressed && 'fill-current text-danger-700')}
      />
      {look === 'labelled' ? t('favorites.favorite') : null}
    </Button>
  )
}
