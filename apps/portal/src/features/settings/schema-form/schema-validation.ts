import type { Resolver, ResolverResult } from 'react-hook-form'
import { z } from 'zod'

/** What the generated form holds: one setting's value. */
export interface SchemaFormValues {
  value: unknown
}

export type SchemaIssue = z.core.$ZodIssue & { input?: unknown }

/** One message per path ("" for the value itself, "2" for an array's third item, "address.city"). */
export type IssueMessages = Record<string, string>

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/** The zod schema the API validates with, rebuilt from its JSON Schema; unknown shapes are left to the server. */
export function zodFromJsonSchema(jsonSchema: Record<string, unknown>): z.ZodType {
  try {
    return z.fromJSONSchema(jsonSchema)
  } catch {
    return z.unknown()
  }
}

/**
 * A react-hook-form resolver over that schema. Every issue lands on the one "value" field,
 * keyed by its path in `types`, so each input of the generated form finds its own message.
 */
export function schemaResolver(
  schema: z.ZodType,
  issueText: (issue: SchemaIssue) => string,
): Resolver<SchemaFormValues> {
  return async (values): Promise<ResolverResult<SchemaFormValues>> => {
    const result = schema.safeParse(values.value, { reportInput: true })
    if (result.success) return { values: { value: result.data }, errors: {} }
    const types: IssueMessages = {}
    for (const issue of result.error.issues) {
      const key = pathKey(issue.path)
      types[key] ??= issueText(issue as SchemaIssue)
    }
    const first = Object.values(types)[0] ?? ''
    return { values: {}, errors: { value: { type: 'schema', message: first, types } } }
  }
}
