import { Button, EmptyState, ErrorState, Skeleton } from '@medbook/ui'
import { Heart, Search } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AccountPage } from '../account/account-page'
import { FavoriteDoctorCard } from './favorite-doctor-card'
import { useFavoriteDoctors } from './use-favorites'

/** The doctors the patient keeps at hand, to see again or book quickly. */
export function FavoritesPage() {
  const { t } = useTranslation()
  const favorites = useFavoriteDoctors()
  const findDoctors = (
    <Button asChild>
      <Link to="/doctors">
        <Search aria-hidden="true" />
        {t('favorites.findDoctors')}
      </Link>
    </Button>
  )

  return (
    <AccountPage title={t('favorites.title')} description={t('favorites.description')}>
      {favorites.isError ? (
        <ErrorState onRetry={() => void favorites.refetch()} retrying={favorites.isRefetching} />
      ) : !favorites.data ? (
        <div className="grid gap-4 sm:grid-cols-2" aria-busy="true">
          <Skeleton className="h-44 rounded-2xl" />
          <Skeleton className="h-44 rounded-2xl" />
        </div>
      ) : favorites.data.length === 0 ? (
        <EmptyState
          icon={Heart}
          title={t('favorites.emptyTitle')}
          description={t('favorites.emptyDescription')}
          action={findDoctors}
        />
      ) : (
        <>
          <p className="sr-only" aria-live="polite">
            {t('favorites.count', { count: favorites.data.length })}
          </p>
          <ul className="grid gap-4 sm:grid-cols-2" aria-label={t('favorites.listLabel')}>
            {favorites.data.map((doctor) => (
              <li key={doctor.doctorId}>
                <FavoriteDoctorCard doctor={doctor} />
              </li>
            ))}
          </ul>
        </>
      )}
    </AccountPage>
  )
}
