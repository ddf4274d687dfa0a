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
export { Badge, type BadgeProps, type BadgeTone } from './components/badge'
export { Button, type ButtonProps, type ButtonSize, type ButtonVariant, buttonClassName } from './components/button'
export { Card, type CardProps } from './components/card'
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
export { Pagination, type PaginationProps } from './components/pagination'
export { LoadingScreen, PageErrorScreen } from './components/screens'
export { Select, type SelectOption, type SelectProps } from './components/select'
export { Skeleton } from './components/skeleton'
export { Spinner, type SpinnerProps } from './components/spinner'
export { Table, TableBody, TableCell, TableHead, TableHeaderCell, type TableProps, TableRow } from './components/table'
export { type AppResources, createI18n, LANGUAGE_STORAGE_KEY } from './i18n/create-i18n'
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, type Language, SUPPORTED_LANGUAGES } from './i18n/languages'
export { type UiMessages, uiMessagesEn, uiMessagesVi } from './i18n/ui-messages'
export { cn } from './lib/cn'
export { formatRating, formatVnd } from './lib/format'
