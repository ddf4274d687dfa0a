import type { TMedicalRecord } from '@medbook/contracts'
import { useMutation } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTRPC } from '../../lib/trpc'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import { contentOf, type RecordFormValues } from './record-form-values'

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown }

const AUTOSAVE_DELAY_MS = 800

/**
 * Saves the draft as the doctor types: one save at a time, always the latest values, so a
 * keystroke made while a save is on its way goes out in the next one. The editor's state is
 * never replaced by the server's answer.
 */
export function useRecordAutosave(appointmentId: string, onSaved: (record: TMedicalRecord) => void) {
  const trpc = useTRPC()
  const { mutateAsync } = useMutation(trpc.medicalRecords.saveDraft.mutationOptions())
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const unsaved = useRef<RecordFormValues | null>(null)
  const inFlight = useRef<Promise<TMedicalRecord> | null>(null)
  const lastSaved = useRef<TMedicalRecord | null>(null)
  const savedCallback = useRef(onSaved)
  savedCallback.current = onSaved

  /** Sends what is not saved yet, after the save on its way; resolves to the record as saved last. */
  const flush = useCallback(async (): Promise<TMedicalRecord | null> => {
    for (;;) {
      if (inFlight.current) {
        await inFlight.current.catch(() => null)
        continue
      }
      const values = unsaved.current
      if (!values) return lastSaved.current
      unsaved.current = null
      setState({ kind: 'saving' })
      const request = mutateAsync({ appointmentId, content: contentOf(values) })
      inFlight.current = request
      try {
        const record = await request
        lastSaved.current = record
        savedCallback.current(record)
        if (!unsaved.current) setState({ kind: 'saved', at: new Date() })
      } catch (error) {
        // kept for the next try, unless newer values came meanwhile
        unsaved.current ??= values
        setState({ kind: 'error', error })
        throw error
      } finally {
        inFlight.current = null
      }
    }
  }, [appointmentId, mutateAsync])

  const debounced = useDebouncedCallback(() => {
    flush().catch(() => undefined)
  }, AUTOSAVE_DELAY_MS)

  const change = useCallback(
    (values: RecordFormValues) => {
      unsaved.current = values
      setState({ kind: 'pending' })
      debounced.call()
    },
    [debounced],
  )

  useEffect(() => {
    // leaving the page with a change not yet sent: the browser asks first
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved.current || inFlight.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
      // navigating within the portal: what is left goes out now
      if (unsaved.current) flush().catch(() => undefined)
    }
  }, [flush])

  return { state, change, flush }
}
