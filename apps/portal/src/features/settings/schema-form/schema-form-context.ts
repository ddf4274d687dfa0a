import { createContext, useContext } from 'react'
import type { Scalar, SchemaNode, ValuePath } from './json-schema'

/** What a field says about itself, in the reader's language. */
export interface FieldText {
  label: string
  description?: string
  /** shown with the bounds of a number: "minutes", "days" */
  unit?: string
}

/** Where the generated form gets its words: the caller knows what each path of its value means. */
export interface SchemaFormText {
  field(path: ValuePath, node: SchemaNode): FieldText
  option(path: ValuePath, value: Scalar): string
}

export interface SchemaFormContextValue {
  /** makes the inputs' ids unique on a page with several forms */
  idPrefix: string
  /** the message for the value at this path, if it is invalid */
  errorAt(path: ValuePath): string | undefined
  text: SchemaFormText
  disabled: boolean
}

export const SchemaFormContext = createContext<SchemaFormContextValue | null>(null)

export function useSchemaForm(): SchemaFormContextValue {
  const context = useContext(SchemaFormContext)
  if (!context) throw new Error('SchemaField must be inside SchemaFormContext')
  return context
}
