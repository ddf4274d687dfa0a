import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import { startEmbeddedPostgres } from '../embedded.js'

// Prisma's schema engine compiled to WebAssembly, at the exact version Prisma 7.10's CLI
// pins. The CLI itself only drives the native engine, which cannot be downloaded here, so
// we call the engine directly for one operation: the SQL that turns one datamodel into
// another. The engine insists on a connection when it starts, so it gets a throwaway
// in-memory PGlite; the diff itself reads no database.

type Engine = Awaited<ReturnType<typeof wasmBindings.SchemaEngine.new>>

let loaded = false
function loadWasm() {
  if (loaded) return
  const require = createRequire(import.meta.url)
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm')
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {
    './schema_engine_bg.js': wasmBindings,
  })
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      process.stderr.write(`schema engine panic: ${message}\n`)
    },
  }
  wasmBindings.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.()
  loaded = true
}

async function withEngine<T>(schema: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  loadWasm()
  const scratch = await startEmbeddedPostgres()
  const factory = new PrismaPg({ connectionString: scratch.url, max: 1 })
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: () => Promise.reject(new Error('a datamodel diff needs no shadow database')),
  })
  const engine = await wasmBindings.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter)
  try {
    return await run(engine)
  } finally {
    engine.free()
    await scratch.stop()
  }
}

/** The SQL migration from `from` (null: an empty database) to `to`; '' when they agree. */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  return withEngine(to, async (engine) => {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    const sql = (result.stdout ?? '').trim()
    return sql === '-- This is an empty migration.' ? '' : sql
  })
}
