import { Button, cn, SectionCard } from '@medbook/ui'
import { BarChart3, Table2 } from 'lucide-react'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface LegendItem {
  label: string
  swatch: string
  color: string
  /** a line's dash pattern: the legend draws a sample of the line */
  dash?: string
}

interface ChartCardProps {
  title: string
  description: string
  /** what the chart shows, in a sentence: the accessible description of the drawing */
  summary: string
  legend?: readonly LegendItem[]
  /** nothing to draw: a message instead of an empty chart */
  empty: boolean
  /** the same figures as a table, for reading them exactly and for screen readers */
  table: ReactNode
  children: ReactNode
  className?: string
}

/**
 * A titled chart with its figures as a table. The drawing is one image to assistive technology,
 * described by the summary; the table shows on request for the exact figures.
 */
export function ChartCard({ title, description, summary, legend, empty, table, children, className }: ChartCardProps) {
  const { t } = useTranslation()
  const [showTable, setShowTable] = useState(false)
  const summaryId = useId()
  const tableId = useId()
  return (
    <SectionCard
      title={title}
      description={description}
      className={className}
      actions={
        empty ? null : (
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? <BarChart3 aria-hidden="true" /> : <Table2 aria-hidden="true" />}
            {showTable ? t('dashboards.chart.hideTable') : t('dashboards.chart.showTable')}
          </Button>
        )
      }
    >
      {empty ? (
        <p className="rounded-xl border border-dashed border-border px-4 py-10 text-center text-sm text-ink-muted">
          {t('dashboards.chart.noData')}
        </p>
      ) : (
        <>
          {legend ? (
            <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink" aria-hidden="true">
              {legend.map((item) => (
                <li key={item.label} className="inline-flex items-center gap-1.5">
                  {item.dash !== undefined ? (
                    <svg width="20" height="4" className="shrink-0" aria-hidden="true">
                      <line
                        x1="0"
                        y1="2"
                        x2="20"
                        y2="2"
                        stroke={item.color}
                        strokeWidth="3"
                        strokeDasharray={item.dash}
                      />
                    </svg>
                  ) : (
                    <span className={cn('inline-block size-3 shrink-0 rounded-sm', item.swatch)} />
                  )}
                  {item.label}
                </li>
              ))}
            </ul>
          ) : null}
          <div role="img" aria-label={title} aria-describedby={summaryId} className="h-72 w-full">
            {children}
          </div>
          <p id={summaryId} className="sr-only">
            {summary}
          </p>
          <div id={tableId} hidden={!showTable} className="mt-4 max-h-96 overflow-auto rounded-xl border border-border">
            {showTable ? table : null}
          </div>
        </>
      )}
    </SectionCard>
  )
}

/** The tooltip card the charts share: a heading and one row per series, in the series' order. */
export function ChartTooltipCard({
  heading,
  rows,
}: {
  heading: string
  rows: ReadonlyArray<{ label: string; value: string; swatch: string }>
}) {
  return (
    <div className="rounded-xl border border-border bg-surface px-3 py-2 text-sm shadow-raised">
      <p className="font-semibold text-ink">{heading}</p>
      <ul className="mt-1 flex flex-col gap-0.5">
        {rows.map((row) => (
          <li key={row.label} className="flex items-center gap-2 text-ink">
            <span className={cn('inline-block size-2.5 shrink-0 rounded-sm', row.swatch)} aria-hidden="true" />
            <span className="text-ink-muted">{row.label}</span>
            <span className="ml-auto pl-3 font-semibold tabular-nums">{row.value}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
