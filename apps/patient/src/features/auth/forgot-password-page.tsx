import { ForgotPasswordEmailForm, Tabs, TabsContent, TabsList, TabsTrigger } from '@medbook/ui'
import { KeyRound, Mail, Smartphone } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AuthScreen } from './auth-screen'
import { ForgotPhoneForm } from './forgot-phone-form'
import { ResetCodeForm } from './reset-code-form'
import type { ResetCodeSent } from './reset-code-sent'

type Channel = 'email' | 'phone'

/** A forgotten password: a link by email, or a code by SMS for accounts without an email. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const [channel, setChannel] = useState<Channel>('email')
  const [sent, setSent] = useState<ResetCodeSent | null>(null)

  return (
    <AuthScreen
      icon={KeyRound}
      title={sent ? t('auth.forgot.codeTitle') : t('auth.forgot.title')}
      description={sent ? t('auth.forgot.codeSentTo', { sentTo: sent.sentTo }) : t('auth.forgot.description')}
      footer={
        sent ? (
          <button
            type="button"
            className="cursor-pointer font-semibold text-primary-700 underline-offset-4 hover:underline"
            onClick={() => setSent(null)}
          >
            {t('auth.forgot.otherNumber')}
          </button>
        ) : (
          <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('auth.forgot.backToLogin')}
          </Link>
        )
      }
    >
      {sent ? (
        <ResetCodeForm sent={sent} onResent={setSent} />
      ) : (
        <Tabs value={channel} onValueChange={(value) => setChannel(value as Channel)}>
          <TabsList className="flex w-full" aria-label={t('auth.forgot.channel')}>
            <TabsTrigger value="email">
              <Mail aria-hidden="true" />
              {t('auth.forgot.byEmail')}
            </TabsTrigger>
            <TabsTrigger value="phone">
              <Smartphone aria-hidden="true" />
              {t('auth.forgot.byPhone')}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="email" className="mt-5">
            <ForgotPasswordEmailForm emailKind="email" />
          </TabsContent>
          <TabsContent value="phone" className="mt-5">
            <ForgotPhoneForm onSent={setSent} />
          </TabsContent>
        </Tabs>
      )}
    </AuthScreen>
  )
}
