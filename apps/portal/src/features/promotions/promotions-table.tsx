import type { TPromotionSummary } from '@medbook/contracts'
import {
  buttonClassName,
  DataTable,
  dataColumnHelper,
  Menu,
  MenuContent,
  MenuItem,
  MenuSeparator,
  MenuTrigger,
} from '@medbook/ui'
import { CircleCheck, ListOrdered, MoreHorizontal, Pencil, PowerOff } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PromotionStatusBadge } from './promotion-status-badge'
import { usePromotionText } from './promotion-text'

export type PromotionAction = 'edit' | 'uses' | 'disable' | 'enable'

interface PromotionsTableProps {
  promotions: readonly TPromotionSummary[]
  loading: boolean
  onAction: (promotion: TPromotionSummary, action: PromotionAction) => void
}

/** the API lists codes newest first; the table leaves the order to it */
const SERVER_ORDER = { sorting: [], onSortingChange: () => {} }

function PromotionActions({
  promotion,
  onAction,
}: {
  promotion: TPromotionSummary
  onAction: PromotionsTableProps['onAction']
}) {
  const { t } = useTranslation()
  return (
    <Menu>
      <MenuTrigger
        className={buttonClassName('ghost', 'icon')}
        aria-label={t('promotions.actionsFor', { code: promotion.code })}
      >
        <MoreHorizontal className="size-5" aria-hidden="true" />
      </MenuTrigger>
      <MenuContent>
        <MenuItem onSelect={() => onAction(promotion, 'edit')}>
          <Pencil aria-hidden="true" />
          {t('promotions.edit')}
        </MenuItem>
        <MenuItem onSelect={() => onAction(promotion, 'uses')}>
          <ListOrdered aria-hidden="true" />
          {t('promotions.viewUses')}
        </MenuItem>
        <MenuSeparator />
        {promotion.status === 'disabled' ? (
          <MenuItem onSelect={() => onAction(promotion, 'enable')}>
            <CircleCheck aria-hidden="true" />
            {t('promotions.enable.menu')}
          </MenuItem>
        ) : (
          <MenuItem tone="danger" onSelect={() => onAction(promotion, 'disable')}>
            <PowerOff aria-hidden="true" />
            {t('promotions.disable.menu')}
          </MenuItem>
        )}
      </MenuContent>
    </Menu>
  )
}

const column = dataColumnHelper<TPromotionSummary>()

export function PromotionsTable({ promotions, loading, onAction }: PromotionsTableProps) {
  const { t } = useTranslation()
  const text = usePromotionText()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('code', {
          header: t('promotions.table.code'),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="font-mono font-semibold text-ink">{row.original.code}</p>
              {row.original.description ? <p className="mt-0.5 text-ink-muted">{row.original.description}</p> : null}
            </>
          ),
          meta: { className: 'min-w-56' },
        }),
        column.display({
          id: 'discount',
          header: t('promotions.table.discount'),
          cell: ({ row }) => text.discount(row.original),
          meta: { className: 'min-w-48' },
        }),
        column.display({
          id: 'window',
          header: t('promotions.table.window'),
          cell: ({ row }) => text.window(row.original),
          meta: { className: 'min-w-56' },
        }),
        column.display({
          id: 'usage',
          header: t('promotions.table.usage'),
          cell: ({ row }) => (
            <span
              className="whitespace-nowrap tabular-nums"
              title={t('promotions.usageLabel', {
                count: row.original.usageCount,
                limit: row.original.usageLimit ?? t('promotions.unlimited'),
              })}
            >
              {text.usage(row.original)}
            </span>
          ),
        }),
        column.accessor('status', {
          header: t('promotions.table.status'),
          enableSorting: false,
          cell: ({ getValue }) => <PromotionStatusBadge status={getValue()} />,
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('promotions.table.actions')}</span>,
          cell: ({ row }) => <PromotionActions promotion={row.original} onAction={onAction} />,
          meta: { className: 'text-right' },
        }),
      ]),
    [t, text, onAction],
  )
  return (
    <DataTable
      label={t('promotions.table.caption')}
      columns={columns}
      data={promotions}
      loading={loading}
      getRowId={(promotion) => promotion.id}
      manualSorting={SERVER_ORDER}
      // the page shows its own empty state, with a way to clear the filters
      empty={null}
    />
  )
}
