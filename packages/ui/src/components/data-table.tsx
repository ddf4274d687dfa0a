import {
  type ColumnDef,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  type Header,
  type RowData,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { Pagination } from './pagination'
import { Skeleton } from './skeleton'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from './table'

/** The features every data table of the apps registers: client sorting, text filtering and paging. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
})

export type DataTableFeatures = typeof dataTableFeatures
export type DataColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData>

/** A column helper typed for {@link DataTable}: `const column = dataColumnHelper<Row>()`. */
export function dataColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>()
}

/** Column meta the table reads: `meta: { className }` styles the column's cells and header. */
export interface DataColumnMeta {
  className?: string
}

export interface DataTableProps<TData extends RowData> {
  /** names the table for screen readers (its caption) */
  label: string
  columns: DataColumnDef<TData>[]
  data: readonly TData[]
  loading?: boolean
  /** shown instead of rows when there is nothing to show (after filtering) */
  empty: ReactNode
  /** a free-text filter over every text column */
  globalFilter?: string
  initialSorting?: SortingState
  /** rows per page; without it every row is shown */
  pageSize?: number
  /** server-sorted data: the caller owns the sorting state and fetches rows in that order */
  manualSorting?: { sorting: SortingState; onSortingChange: (sorting: SortingState) => void }
  getRowId?: (row: TData) => string
  rowClassName?: (row: TData) => string | undefined
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  if (direction === 'asc') return <ArrowUp className="size-3.5" aria-hidden="true" />
  if (direction === 'desc') return <ArrowDown className="size-3.5" aria-hidden="true" />
  return <ChevronsUpDown className="size-3.5 opacity-50" aria-hidden="true" />
}

function HeaderContent<TData extends RowData>({
  header,
  render,
}: {
  header: Header<DataTableFeatures, TData, unknown>
  render: ReactNode
}) {
  const { t } = useTranslation('ui')
  if (!header.column.getCanSort()) return render
  const direction = header.column.getIsSorted()
  return (
    <button
      type="button"
      onClick={header.column.getToggleSortingHandler()}
      className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-ink focus-visible:outline-2 focus-visible:outline-primary"
      title={t('sortBy')}
    >
      {render}
      <SortIcon direction={direction} />
    </button>
  )
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * The apps' table of records, on TanStack Table: sortable headers (aria-sort), an optional
 * free-text filter and client-side pages. Lists the server pages itself keep using {@link Pagination}.
 */
export function DataTable<TData extends RowData>({
  label,
  columns,
  data,
  loading = false,
  empty,
  globalFilter,
  initialSorting = [],
  pageSize,
  manualSorting,
  getRowId,
  rowClassName,
}: DataTableProps<TData>) {
  const { t } = useTranslation('ui')
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: pageSize ?? Number.MAX_SAFE_INTEGER })
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: data as TData[],
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
    globalFilterFn: 'includesString',
    manualSorting: manualSorting !== undefined,
    state: { sorting: manualSorting?.sorting ?? sorting, pagination, globalFilter: globalFilter ?? '' },
    onSortingChange: (updater) => {
      const current = manualSorting?.sorting ?? sorting
      const next = typeof updater === 'function' ? updater(current) : updater
      if (manualSorting) manualSorting.onSortingChange(next)
      else setSorting(next)
    },
    onPaginationChange: setPagination,
  })
  const rows = table.getRowModel().rows
  const columnCount = table.getAllLeafColumns().length
  const pageCount = table.getPageCount()

  return (
    <div>
      <Table label={label}>
        <TableHead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const meta = header.column.columnDef.meta as DataColumnMeta | undefined
                return (
                  <TableHeaderCell
                    key={header.id}
                    className={meta?.className}
                    aria-sort={sorted ? ARIA_SORT[sorted] : header.column.getCanSort() ? 'none' : undefined}
                  >
                    {header.isPlaceholder ? null : (
                      <HeaderContent header={header} render={<table.FlexRender header={header} />} />
                    )}
                  </TableHeaderCell>
                )
              })}
            </tr>
          ))}
        </TableHead>
        <TableBody>
          {loading ? (
            ['a', 'b', 'c'].map((key) => (
              <TableRow key={key}>
                <TableCell colSpan={columnCount}>
                  <Skeleton className="h-5 w-full" />
                </TableCell>
              </TableRow>
            ))
          ) : rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className="p-0">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id} className={rowClassName?.(row.original)}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta as DataColumnMeta | undefined
                  return (
                    <TableCell key={cell.id} className={meta?.className}>
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  )
                })}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {pageSize && pageCount > 1 ? (
        <Pagination
          className={cn('border-t border-border px-4 py-3')}
          page={pagination.pageIndex + 1}
          hasPrevious={table.getCanPreviousPage()}
          hasNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
          summary={t('pageOf', { page: pagination.pageIndex + 1, count: pageCount })}
        />
      ) : null}
    </div>
  )
}
