import { readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** One chunk of Vite's build manifest (`build.manifest: true` writes `dist/.vite/manifest.json`). */
interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}

type Manifest = Record<string, ManifestChunk>

export interface AssetSize {
  file: string
  bytes: number
  gzip: number
  brotli: number
}

export interface RouteLoad {
  scripts: AssetSize[]
  styles: AssetSize[]
}

function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
}

function sizeOf(distDir: string, file: string): AssetSize {
  const content = readFileSync(path.join(distDir, file))
  return {
    file,
    bytes: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content).length,
  }
}

/**
 * What a first visit to one route downloads before it can render: the entry chunk and
 * everything it imports statically, plus the route's lazy chunk and its static imports
 * (the router fetches it as soon as the entry runs). `routeSource` is the route module's
 * path relative to the app, e.g. `src/features/home/home-page.tsx`.
 */
export function routeLoad(distDir: string, routeSource: string): RouteLoad {
  const manifest = readManifest(distDir)
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in ${distDir}'s build manifest`)
    keys.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit('index.html')
  visit(routeSource)
  const chunks = [...keys].map((key) => manifest[key] as ManifestChunk)
  const styles = new Set(chunks.flatMap((chunk) => chunk.css ?? []))
  return {
    scripts: chunks.map((chunk) => sizeOf(distDir, chunk.file)),
    styles: [...styles].map((file) => sizeOf(distDir, file)),
  }
}

export function total(sizes: AssetSize[], key: 'bytes' | 'gzip' | 'brotli'): number {
  return sizes.reduce((sum, size) => sum + size[key], 0)
}
