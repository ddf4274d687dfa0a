import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** The SDK's own dependencies, with their subpaths: all its published files may import. */
export const DEPENDENCY = /^(@trpc\/client|@trpc\/server|superjson)(\/.*)?$/
const SIBLING_ENTRY = './index.js'
const SERVER_TRACES = ['prisma', 'PrismaClient', '@medbook/', 'zod']

/**
 * Fails the build when a declaration file in `dist` would need anything an integrator does not
 * install with the SDK: server packages, Prisma, zod, or a relative path outside dist.
 */
export async function checkDeclarations(dist) {
  const files = (await readdir(dist)).filter((file) => file.endsWith('.d.ts'))
  const problems = []
  for (const file of files) {
    const text = await readFile(path.join(dist, file), 'utf8')
    const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1])
    for (const specifier of specifiers) {
      if (!DEPENDENCY.test(specifier) && specifier !== SIBLING_ENTRY) problems.push(`${file} imports "${specifier}"`)
    }
    for (const trace of SERVER_TRACES) {
      if (text.includes(trace)) problems.push(`${file} mentions "${trace}"`)
    }
  }
  if (problems.length)
    throw new Error(`The SDK's declarations reach beyond its dependencies:\n  ${problems.join('\n  ')}`)
}
