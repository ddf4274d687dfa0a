import type { Plugin, Rolldown } from 'vite'

type OutputChunk = Rolldown.OutputChunk

/**
 * The router fetches a lazy route's chunk only once the entry has run: on a phone that is a
 * second round trip after a second of script. For the pages people land on, index.html starts
 * those downloads at once, next to the entry's: a few bytes of inline script that add
 * `modulepreload` links for the route the address names.
 *
 * `routes` maps a pathname to its route module, relative to the app (`src/features/…`).
 */
export function preloadRouteChunks(routes: Record<string, string>): Plugin {
  return {
    name: 'medbook:preload-route-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html
        const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk')
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const closure = (start: OutputChunk, into = new Set<string>()) => {
          if (into.has(start.fileName)) return into
          into.add(start.fileName)
          for (const imported of start.imports) {
            const next = byName.get(imported)
            if (next) closure(next, into)
          }
          return into
        }
        const loadedByEntry = closure(entry)
        const preloads: Record<string, string[]> = {}
        for (const [pathname, source] of Object.entries(routes)) {
          const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/${source}`))
          if (!route) throw new Error(`preloadRouteChunks: no chunk is built from ${source}`)
          preloads[pathname] = [...closure(route)].filter((file) => !loadedByEntry.has(file)).map((file) => `/${file}`)
        }
        const script = `for(const h of ${JSON.stringify(preloads)}[location.pathname]||[]){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.append(l)}`
        return {
          html,
          tags: [{ tag: 'script', children: script, injectTo: 'head-prepend' }],
        }
      },
    },
  }
}
