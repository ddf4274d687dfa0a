import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client'
import type { AnyTRPCProcedure, inferProcedureInput, inferProcedureOutput } from '@trpc/server'
import { observable } from '@trpc/server/observable'
import superjson from 'superjson'
import type { MedBookClient, MedBookRouter } from './index.js'

/** Answers one procedure in a mock client: receives the call's input, returns its output. */
export type MockProcedureHandler<TProcedure extends AnyTRPCProcedure> = (
  input: inferProcedureInput<TProcedure>,
) => inferProcedureOutput<TProcedure> | Promise<inferProcedureOutput<TProcedure>>

/**
 * Handlers for {@link createMockClient}, shaped like the client:
 * `{ hospitals: { search: (input) => page } }`. Every handler is optional.
 */
export type MockHandlers<TRecord = MedBookRouter['_def']['record']> = {
  [K in keyof TRecord]?: TRecord[K] extends AnyTRPCProcedure
    ? MockProcedureHandler<TRecord[K]>
    : MockHandlers<TRecord[K]>
}

type HandlerTree = { [key: string]: HandlerTree | ((input: unknown) => unknown) | undefined }

/**
 * A {@link MedBookClient} for your own tests that makes no HTTP requests: each call goes to
 * the handler you supply for its procedure. A call to a procedure without a handler fails
 * with an error naming it. Results are copied through the same serializer the real client
 * uses, so what your code receives looks exactly like an API response. To test your error
 * handling, throw {@link mockError} from a handler.
 *
 * @example
 * const medbook = createMockClient({
 *   specialties: { list: () => [{ id: '…', name: 'Tim mạch', nameEn: 'Cardiology', slug: 'tim-mach', description: null, icon: null, doctorCount: 3 }] },
 * })
 */
export function createMockClient(handlers: MockHandlers): MedBookClient {
  return createTRPCClient<MedBookRouter>({ links: [handlerLink(handlers as HandlerTree)] })
}

function handlerLink(handlers: HandlerTree): TRPCLink<MedBookRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        const handler = findHandler(handlers, op.path)
        Promise.resolve()
          .then(() => {
            if (!handler) throw new Error(`createMockClient: no handler for "${op.path}" (${op.type})`)
            return handler(op.input)
          })
          .then((data) => {
            observer.next({ result: { type: 'data', data: superjson.parse(superjson.stringify(data)) } })
            observer.complete()
          })
          .catch((cause: unknown) => observer.error(TRPCClientError.from(toError(cause))))
      })
}

function findHandler(handlers: HandlerTree, path: string): ((input: unknown) => unknown) | null {
  let node: HandlerTree[string] = handlers
  for (const key of path.split('.')) {
    if (!node || typeof node === 'function' || !Object.hasOwn(node, key)) return null
    node = node[key]
  }
  return typeof node === 'function' ? node : null
}

function toError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause))
}
