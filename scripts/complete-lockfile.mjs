// npm writes package-lock.json only with the platform packages the registry it reached
// serves. Our machines' registry mirror serves biome's and turbo's Linux builds only, so
// their other platform packages (macOS, Windows, musl, Android) go missing, and `npm ci`
// then refuses the lockfile as out of sync. A lockfile made against the full registry
// lists them as optional with their os and cpu, which npm skips on other platforms.
// This restores those entries. It runs after every `npm install` (root postinstall).
import { readFileSync, writeFileSync } from 'node:fs'

const PLATFORM = [
  [/android-arm64/, { os: ['android'], cpu: ['arm64'] }],
  [/android-x64/, { os: ['android'], cpu: ['x64'] }],
  [/darwin-(arm64)/, { os: ['darwin'], cpu: ['arm64'] }],
  [/darwin-(x64|64)/, { os: ['darwin'], cpu: ['x64'] }],
  [/linux-arm64-musl/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/linux-x64-musl/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/linux-arm64/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/(win32|windows)-arm64/, { os: ['win32'], cpu: ['arm64'] }],
  [/(win32|windows)-(x64|64)/, { os: ['win32'], cpu: ['x64'] }],
]

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
let added = 0
for (const [location, entry] of Object.entries(lock.packages)) {
  if (!location.startsWith('node_modules/') || !entry.optionalDependencies) continue
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const key = `node_modules/${name}`
    if (lock.packages[key]) continue
    const platform = PLATFORM.find(([pattern]) => pattern.test(name))?.[1]
    if (!platform) continue
    const fields = { ...(entry.dev ? { dev: true } : {}), optional: true, ...platform }
    // the key order npm itself writes: version first, the rest alphabetical
    lock.packages[key] = {
      version,
      ...Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))),
    }
    added++
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  )
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`package-lock.json: listed ${added} optional platform packages the registry mirror does not serve`)
}
