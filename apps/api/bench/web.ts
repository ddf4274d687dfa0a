// npm run bench:web -w @medbook/server
// What a phone downloads: each route's initial JavaScript and CSS (raw, gzip, brotli), read from
// the built apps' Vite manifests (build them first: npx turbo run build --filter=@medbook/patient
// --filter=@medbook/portal). With LIGHTHOUSE set to a Lighthouse 12 CLI (e.g.
// /tmp/lh/node_modules/.bin/lighthouse, installed outside the project so that no test depends on
// it), also starts the server on the demo data (embedded database, in memory) and runs Lighthouse's
// mobile preset on / and /doctors with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium):
// performance score, FCP, LCP, TBT, transfer size, requests and failed requests, median of
// LIGHTHOUSE_RUNS (default 3).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { seedDemoData } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { startServer } from '../src/server.js'
import { PATIENT_DIST, PORTAL_DIST } from '../src/static-apps.js'
import { type AssetSize, routeLoad, total } from '../test/support/built-app-sizes.js'

const ROUTES = [
  { app: 'patient', dist: PATIENT_DIST, route: '/', source: 'src/features/home/home-page.tsx' },
  { app: 'patient', dist: PATIENT_DIST, route: '/doctors', source: 'src/features/doctors/doctor-search-page.tsx' },
  { app: 'portal', dist: PORTAL_DIST, route: '/portal/login', source: 'src/features/auth/login-page.tsx' },
]
const LIGHTHOUSE_PAGES = ['/', '/doctors']

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const sizes = (assets: AssetSize[]) =>
  `${assets.length} files, ${kb(total(assets, 'bytes'))} raw, ${kb(total(assets, 'gzip'))} gzip, ${kb(total(assets, 'brotli'))} brotli`

console.log('initial download per route (entry + its static imports + the route chunk and its imports)')
for (const { app, dist, route, source } of ROUTES) {
  const load = routeLoad(dist, source)
  console.log(`  ${app} ${route}`)
  console.log(`    JS:  ${sizes(load.scripts)}`)
  console.log(`    CSS: ${sizes(load.styles)}`)
}

const lighthouse = process.env.LIGHTHOUSE
if (!lighthouse) {
  console.log('\nLighthouse: set LIGHTHOUSE to a Lighthouse 12 CLI to run it (see the top of this file)')
  process.exit(0)
}

interface LighthouseResult {
  categories: { performance: { score: number } }
  audits: Record<string, { numericValue?: number; details?: { items?: Array<Record<string, unknown>> } }>
}

const run = promisify(execFile)
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

async function audit(url: string): Promise<LighthouseResult> {
  const { stdout } = await run(
    lighthouse as string,
    [
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  return JSON.parse(stdout) as LighthouseResult
}

console.log('\nstarting the server on the demo data (embedded database, in memory)…')
const db = await createTestDatabase()
await seedDemoData(db, { scale: 'default' })
const server = await startServer({ db: db.prisma })
try {
  console.log(`Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown), median of ${runs}`)
  for (const page of LIGHTHOUSE_PAGES) {
    const results: LighthouseResult[] = []
    for (let i = 0; i < runs; i++) results.push(await audit(`${server.url}${page}`))
    const metric = (name: string) => median(results.map((result) => result.audits[name]?.numericValue ?? Number.NaN))
    const requests = results.at(-1)?.audits['network-requests']?.details?.items ?? []
    const failed = requests.filter((item) => Number(item.statusCode) >= 400).map((item) => String(item.url))
    const scores = results.map((result) => Math.round(result.categories.performance.score * 100))
    console.log(`  ${page}`)
    console.log(`    performance ${median(scores)} (runs: ${scores.join(', ')})`)
    console.log(
      `    FCP ${(metric('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s, TBT ${Math.round(metric('total-blocking-time'))} ms, speed index ${(metric('speed-index') / 1000).toFixed(2)} s, CLS ${metric('cumulative-layout-shift').toFixed(3)}`,
    )
    console.log(
      `    transferred ${kb(metric('total-byte-weight'))} in ${requests.length} requests, failed: ${failed.length}`,
    )
    for (const url of failed.slice(0, 10)) console.log(`      ${url}`)
  }
} finally {
  await server.close()
  await db.close()
}
