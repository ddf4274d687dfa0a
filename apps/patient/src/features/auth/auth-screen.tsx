import { AuthCard, type AuthCardProps } from '@medbook/ui'

/** A sign-in or sign-up screen in the patient app: the card centred on a soft band under the header. */
export function AuthScreen(props: AuthCardProps) {
  return (
    <div className="bg-gradient-to-b from-primary-50 to-canvas px-4 py-8 sm:py-16">
      <AuthCard {...props} />
    </div>
  )
}
