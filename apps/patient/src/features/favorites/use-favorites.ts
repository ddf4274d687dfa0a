import { toast, useServerErrorText, useSession } from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** What a favourite needs to show in the list at once, before the server answers. */
export interface FavoriteCandidate {
  id: string
  name: string
  profilePicture: string | null
  hospital: { id: string; name: string }
  consultationFee: number
  ratings: { average: number }
}

/** The signed-in patient's favourite doctors; nothing is asked for anyone else. */
export function useFavoriteDoctors() {
  const trpc = useTRPC()
  const session = useSession()
  return useQuery({
    ...trpc.patients.favoriteDoctors.queryOptions(),
    enabled: session.data?.role === 'patient',
  })
}

/**
 * Adds or removes a favourite. The list changes at once (optimistic); when the server refuses,
 * it goes back to what it was and a message says so.
 */
export function useToggleFavorite(doctor: FavoriteCandidate) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const key = trpc.patients.favoriteDoctors.queryKey()

  const optimistic = async (favorite: boolean) => {
    await queryClient.cancelQueries({ queryKey: key })
    const previous = queryClient.getQueryData(key)
    queryClient.setQueryData(key, (list = []) => {
      const others = list.filter((entry) => entry.doctorId !== doctor.id)
      if (!favorite) return others
      const entry = {
        doctorId: doctor.id,
        name: doctor.name,
        profilePicture: doctor.profilePicture,
        hospital: { id: doctor.hospital.id, name: doctor.hospital.name },
        consultationFee: doctor.consultationFee,
        ratingAverage: doctor.ratings.average,
      }
      return [entry, ...others]
    })
    return { previous }
  }
  const callbacks = (favorite: boolean) => ({
    onMutate: () => optimistic(favorite),
    onError: (error: unknown, _input: unknown, context: Awaited<ReturnType<typeof optimistic>> | undefined) => {
      queryClient.setQueryData(key, context?.previous)
      toast(t(favorite ? 'favorites.addFailed' : 'favorites.removeFailed', { name: doctor.name }), {
        tone: 'danger',
        description: serverErrorText(error),
      })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })

  const add = useMutation(trpc.patients.addFavoriteDoctor.mutationOptions(callbacks(true)))
  const remove = useMutation(trpc.patients.removeFavoriteDoctor.mutationOptions(callbacks(false)))
  return {
    pending: add.isPending || remove.isPending,
    toggle: (favorite: boolean) => (favorite ? add : remove).mutate({ doctorId: doctor.id }),
  }
}
