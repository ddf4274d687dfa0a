import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils'

/**
 * Wraps a Prisma driver adapter factory so that each transaction sends its queries to its
 * connection one at a time.
 *
 * Why: Prisma's query interpreter loads the relations of an `include` with `Promise.all`.
 * Outside a transaction each of those queries takes its own pooled connection; inside one
 * they all go to the transaction's single `pg` client, which queues them and warns
 * "Calling client.query() when the client is already executing a query" (an error from
 * pg 9). Waiting for the previous query here is what pg's queue did, without relying on it.
 */
export function oneQueryAtATimePerTransaction(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect()
      // the adapter's other members (and `this` inside them) stay the adapter's own
      const wrapped: SqlDriverAdapter = Object.create(adapter)
      wrapped.startTransaction = async (isolationLevel?: IsolationLevel) =>
        inTurns(await adapter.startTransaction(isolationLevel))
      return wrapped
    },
  }
}

function inTurns(transaction: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve()
  const afterPrevious = <T>(run: () => Promise<T>): Promise<T> => {
    const turn = previous.then(run)
    previous = turn.catch(() => {})
    return turn
  }
  // savepoint methods call this.executeRaw, so they take their turn through the override
  const serial: Transaction = Object.create(transaction)
  serial.queryRaw = (query) => afterPrevious(() => transaction.queryRaw(query))
  serial.executeRaw = (query) => afterPrevious(() => transaction.executeRaw(query))
  serial.commit = () => afterPrevious(() => transaction.commit())
  serial.rollback = () => afterPrevious(() => transaction.rollback())
  return serial
}
