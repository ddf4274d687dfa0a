import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * What the SDK's declarations may import: @trpc/server and its one-segment subpaths (not
 * `adapters/*`), and superjson.
 * @trpc/client's declarations import its wsLink and through it @trpc/server's ws and Node
 * adapters, whose types (`ws`, `http`) a strict consumer without @types/ws or @types/node cannot
 * resolve; the build copies the client types the SDK uses into its own declarations instead.
 */
export const DECLARATION_DEPENDENCY = /^(@trpc\/server(\/[\w-]+)?|superjson)$/
export const INLINED_DECLARATIONS = ['@trpc/client']
const SIBLING_ENTRY = './index.js'
const SERVER_TRACES = ['prisma', 'PrismaClient', '@medbook/', 'zod']

/**
 * Fails the build when a declaration file in `dist` would need anything an integrator does not
 * install with the SDK: server packages, Prisma, zod, a relative path outside dist, or types
 * that only @types/ws or @types/node provide.
 */
export async function checkDeclarations(dist) {
  const files = (await readdir(dist)).filter((file) => file.endsWith('.d.ts'))
  const problems = []
  for (const file of files) {
    const text = await readFile(path.join(dist, file), 'utf8')
    const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1])
    for (const specifier of specifiers) {
      if (!DECLARATION_DEPENDENCY.test(specifier) && specifier !== SIBLING_ENTRY)
        problems.push(`${file} imports "${specifier}"`)
    }
    for (const trace of SERVER_TRACES) {
      if (text.includes(trace)) problems.push(`${file} mentions "${trace}"`)
    }
  }
  if (problems.length)
    throw new Error(`The SDK's declarations reach beyond its dependencies:\n  ${problems.join('\n  ')}`)
}
