import type { THospitalDashboard } from '@medbook/contracts'

type Status = THospitalDashboard['perDay'][number]['status']

// Chart colours are the design tokens (packages/ui/src/styles.css), each at 3:1 or more against
// the white card as WCAG asks of graphics. `swatch` is the same token as a class: the legends and
// tooltips use it, which also makes Tailwind emit the variable the SVG's fill and stroke read.

export interface SeriesStyle {
  color: string
  swatch: string
  /** a dash pattern, so lines differ by more than colour */
  dash?: string
}

export const STATUS_STYLES: Record<Status, SeriesStyle> = {
  completed: { color: 'var(--color-success-700)', swatch: 'bg-success-700' },
  scheduled: { color: 'var(--color-accent-700)', swatch: 'bg-accent-700' },
  no_show: { color: 'var(--color-warning-800)', swatch: 'bg-warning-800' },
  cancelled: { color: 'var(--color-danger-600)', swatch: 'bg-danger-600' },
  rescheduled: { color: 'var(--color-border-strong)', swatch: 'bg-border-strong' },
}

/** bottom to top in the stacked bars: what took place first, what did not last */
export const STATUS_ORDER: readonly Status[] = ['completed', 'scheduled', 'no_show', 'cancelled', 'rescheduled']

export const REVENUE_STYLE: SeriesStyle = { color: 'var(--color-primary-600)', swatch: 'bg-primary-600' }

export const GROWTH_STYLES: Record<'patients' | 'doctors' | 'hospitals', SeriesStyle & { dash: string }> = {
  patients: { color: 'var(--color-primary-600)', swatch: 'bg-primary-600', dash: '' },
  doctors: { color: 'var(--color-accent-700)', swatch: 'bg-accent-700', dash: '6 4' },
  hospitals: { color: 'var(--color-warning-800)', swatch: 'bg-warning-800', dash: '2 4' },
}

export const APPOINTMENTS_STYLE: SeriesStyle = { color: 'var(--color-accent-700)', swatch: 'bg-accent-700' }

/** gridlines and axes: quiet, but visible */
export const GRID_COLOR = 'var(--color-border)'
export const AXIS_COLOR = 'var(--color-ink-muted)'
