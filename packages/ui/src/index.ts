export { ChangePasswordForm, type ChangePasswordFormProps } from './account/change-password-form'
export { CodeExpiry } from './account/code-expiry'
export { ForgotPasswordEmailForm, type ForgotPasswordEmailFormProps } from './account/forgot-password-email-form'
export { emptyAsNull, type Gender, NOT_STATED, todayIso, toGender, useGenderOptions } from './account/gender-options'
export { LoginForm, type LoginFormProps } from './account/login-form'
export { NewPasswordFields, type NewPasswordFieldsProps } from './account/new-password-fields'
export {
  type PendingVerification,
  type PendingVerificationStore,
  pendingVerificationStore,
} from './account/pending-verification'
export { ProfileForm } from './account/profile-form'
export { ResendControl, type ResendControlProps, type ResendStatus } from './account/resend-control'
export { ResetPasswordForm, type ResetPasswordFormProps } from './account/reset-password-form'
export { VerifyCodeForm, type VerifyCodeFormProps } from './account/verify-code-form'
export { createApiClient, TRPCProvider, useTRPC } from './api/trpc'
export {
  API_KEY_SCOPE_MESSAGE_KEYS,
  type ApiKey,
  type ApiKeyScope,
  type ApiKeyStatus,
  apiKeyStatus,
  type CreatedApiKey,
  type NewApiKey,
} from './api-keys/api-key'
export { ApiKeyItem, type ApiKeyItemProps } from './api-keys/api-key-item'
export { ApiKeyList, type ApiKeyListProps } from './api-keys/api-key-list'
export { ApiKeySecret, type ApiKeySecretProps } from './api-keys/api-key-secret'
export { CreateApiKeyDialog, type CreateApiKeyDialogProps } from './api-keys/create-api-key-dialog'
export { CreateApiKeyForm, type CreateApiKeyFormProps } from './api-keys/create-api-key-form'
export { RevokeApiKeyDialog, type RevokeApiKeyDialogProps } from './api-keys/revoke-api-key-dialog'
export type { BrandProps, PageHeaderProps } from './components/app-shell'
export {
  Brand,
  MAIN_CONTENT_ID,
  MainContent,
  navItemClassName,
  PageHeader,
  SideNav,
  SkipLink,
  TopBar,
} from './components/app-shell'
export { AuthCard, type AuthCardProps } from './components/auth-card'
export { Avatar, type AvatarProps } from './components/avatar'
export { AvatarUpload, type AvatarUploadProps } from './components/avatar-upload'
export { Badge, type BadgeProps, type BadgeTone } from './components/badge'
export { Button, type ButtonProps, type ButtonSize, type ButtonVariant, buttonClassName } from './components/button'
export { Card, type CardProps } from './components/card'
export { ConfirmDialog, type ConfirmDialogProps } from './components/confirm-dialog'
export { CopyButton, type CopyButtonProps } from './components/copy-button'
export {
  type DataColumnDef,
  type DataColumnMeta,
  DataTable,
  type DataTableFeatures,
  type DataTableProps,
  dataColumnHelper,
  dataTableFeatures,
} from './components/data-table'
export {
  Dialog,
  DialogClose,
  DialogContent,
  type DialogContentProps,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from './components/dialog'
export { EmptyState, type EmptyStateProps } from './components/empty-state'
export { ErrorState, type ErrorStateProps } from './components/error-state'
export { Field, type FieldProps } from './components/field'
export { controlClassName, Input, type InputProps } from './components/input'
export { Label } from './components/label'
export { LanguageSwitcher, type LanguageSwitcherProps } from './components/language-switcher'
export { LoadMore, type LoadMoreProps } from './components/load-more'
export {
  Menu,
  MenuContent,
  MenuItem,
  type MenuItemProps,
  MenuLabel,
  MenuSeparator,
  MenuTrigger,
} from './components/menu'
export { FormError, Notice, type NoticeProps, type NoticeTone } from './components/notice'
export { Pagination, type PaginationProps } from './components/pagination'
export { PasswordInput, type PasswordInputProps } from './components/password-input'
export { LoadingScreen, PageErrorScreen } from './components/screens'
export { SectionCard, type SectionCardProps } from './components/section-card'
export { Select, type SelectOption, type SelectProps } from './components/select'
export { Skeleton } from './components/skeleton'
export { Spinner, type SpinnerProps } from './components/spinner'
export { Switch, type SwitchProps } from './components/switch'
export { Table, TableBody, TableCell, TableHead, TableHeaderCell, type TableProps, TableRow } from './components/table'
export { Tabs, TabsContent, TabsList, TabsTrigger } from './components/tabs'
export { Textarea } from './components/textarea'
export { Toaster, toast } from './components/toaster'
export type {
  ChatAttachment,
  ChatConversation,
  ChatLimits,
  ChatMessage,
  SendMessageInput,
} from './conversations/chat-types'
export { ConversationInbox, type ConversationInboxProps } from './conversations/conversation-inbox'
export { ConversationRow, type ConversationRowProps } from './conversations/conversation-row'
export { ConversationThread, type ConversationThreadProps } from './conversations/conversation-thread'
export { forgetUnsentMessages, type UnsentMessage } from './conversations/unsent-messages'
export { uploadMessageFile } from './conversations/upload-message-file'
export { useConversationThread } from './conversations/use-conversation-thread'
export { useVisitText } from './conversations/use-visit-text'
export { VisitCard } from './conversations/visit-card'
export {
  applyServerFieldErrors,
  readServerError,
  type ServerError,
  serverErrorReason,
} from './forms/server-error'
export {
  type FieldErrorLike,
  TRANSLATED,
  useFieldErrorText,
  useServerErrorText,
} from './forms/use-error-text'
export { type AppResources, createI18n, i18nReady, LANGUAGE_STORAGE_KEY } from './i18n/create-i18n'
export { type EnumLabels, type EnumName, enumLabelsEn, enumLabelsVi } from './i18n/enum-labels'
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, type Language, SUPPORTED_LANGUAGES } from './i18n/languages'
export { type UiMessages, uiMessagesEn, uiMessagesVi } from './i18n/ui-messages'
export { useEnumLabel } from './i18n/use-enum-label'
export { cn } from './lib/cn'
export { formatDate, formatDateTime, formatPhone, formatRating, formatVnd, PLATFORM_TIME_ZONE } from './lib/format'
export { IMAGE_TYPES, imageProblem, MAX_IMAGE_BYTES, UploadError, uploadImage } from './lib/upload-image'
export { formatSeconds, useCountdown } from './lib/use-countdown'
export { useRouteFocus } from './lib/use-route-focus'
export { LiveEvents } from './live/live-events'
export {
  groupByDay,
  inLanguage,
  type NotificationDay,
  type NotificationItem,
  type NotificationTypeName,
} from './notifications/notification'
export { NotificationBell, type NotificationBellProps } from './notifications/notification-bell'
export { NotificationIcon } from './notifications/notification-icon'
export { NotificationList, type NotificationListProps } from './notifications/notification-list'
export {
  type NotificationChannel,
  type NotificationPreferenceRow,
  NotificationPreferencesTable,
  type NotificationPreferencesTableProps,
} from './notifications/notification-preferences-table'
export { useNotificationCentre } from './notifications/use-notification-centre'
export { createQueryClient, forgetPrivateData } from './session/query-client'
export {
  isSigningOut,
  markSessionEnded,
  markSigningOut,
  onSessionEnded,
  reportSessionEnded,
  sessionHasEnded,
} from './session/session-events'
export { SessionWatcher } from './session/session-watcher'
export { useLogout } from './session/use-logout'
export { fullName, useSession, useSignedIn, useSignedOut } from './session/use-session'
