// Builds the SDK into dist/: ESM bundles for the main entry and @medbook/sdk/mock, and one
// rolled-up declaration file per entry that needs nothing but the SDK's own dependencies.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { rollup } from 'rollup'
import { dts } from 'rollup-plugin-dts'
import { checkDeclarations, DECLARATION_DEPENDENCY, INLINED_DECLARATIONS } from './check-declarations.mjs'
import { printPublicRouterDeclaration } from './public-router-declaration.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.join(root, 'dist')
const entries = { index: path.join(root, 'src/index.ts'), mock: path.join(root, 'src/mock.ts') }

await rm(dist, { recursive: true, force: true })

await build({
  entryPoints: entries,
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  logLevel: 'warning',
})

const scratch = await mkdtemp(path.join(os.tmpdir(), 'medbook-sdk-build-'))
try {
  const publicRouter = path.join(scratch, 'public-router.d.ts')
  await writeFile(
    publicRouter,
    printPublicRouterDeclaration({
      tsconfig: path.join(root, 'tsconfig.json'),
      routerFile: path.join(root, 'src/router.ts'),
      typeName: 'MedBookRouter',
      exportName: 'PublicAppRouter',
    }),
  )
  // The server's router type is replaced by its public declaration; the mock's declarations
  // import the main entry's types instead of repeating them ('absolute' keeps the specifier).
  const sdkDeclarations = ({ mockEntry }) => ({
    name: 'medbook-sdk-declarations',
    resolveId(source) {
      if (source === '@medbook/api') return publicRouter
      if (mockEntry && source === './index.js') return { id: './index.js', external: 'absolute' }
      return null
    },
  })
  for (const [name, input] of Object.entries(entries)) {
    const bundle = await rollup({
      input,
      external: (id) => DECLARATION_DEPENDENCY.test(id),
      plugins: [
        sdkDeclarations({ mockEntry: name === 'mock' }),
        dts({ tsconfig: path.join(root, 'tsconfig.json'), includeExternal: INLINED_DECLARATIONS }),
      ],
    })
    await bundle.write({ file: path.join(dist, `${name}.d.ts`), format: 'es' })
    await bundle.close()
  }
} finally {
  await rm(scratch, { recursive: true, force: true })
}

await checkDeclarations(dist)
