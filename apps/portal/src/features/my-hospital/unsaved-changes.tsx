import { ConfirmDialog } from '@medbook/ui'
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'

type ReportDirty = (id: string, dirty: boolean) => void

const UnsavedContext = createContext<ReportDirty>(() => undefined)

/**
 * Keeps the page's unsaved edits from being lost: leaving for another page asks first, and
 * closing or reloading the tab gets the browser's own warning. Each form reports its state.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [dirty, setDirty] = useState<Record<string, boolean>>({})
  const report = useCallback<ReportDirty>(
    (id, value) => setDirty((current) => (Boolean(current[id]) === value ? current : { ...current, [id]: value })),
    [],
  )
  const unsaved = Object.values(dirty).some(Boolean)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  )

  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])

  return (
    <UnsavedContext.Provider value={report}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open && blocker.state === 'blocked') blocker.reset()
        }}
        title={t('myHospital.unsaved.title')}
        description={t('myHospital.unsaved.description')}
        confirmLabel={t('myHospital.unsaved.leave')}
        dismissLabel={t('myHospital.unsaved.stay')}
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed()
        }}
      />
    </UnsavedContext.Provider>
  )
}

/** Tells the page's guard whether this part has unsaved changes. */
export function useReportDirty(id: string, dirty: boolean) {
  const report = useContext(UnsavedContext)
  useEffect(() => {
    report(id, dirty)
    return () => report(id, false)
  }, [id, dirty, report])
}
