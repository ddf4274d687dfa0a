import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'
import { preloadRouteChunks } from './preload-route-chunks'

const API = 'http://127.0.0.1:3000'

export default defineConfig({
  base: '/',
  // the server sends the .br / .gz siblings written here (apps/api/src/static-apps.ts)
  plugins: [
    react(),
    tailwindcss(),
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
    // the pages people land on: their chunks download with the entry's (see the plugin)
    preloadRouteChunks({
      '/': 'src/features/home/home-page.tsx',
      '/doctors': 'src/features/doctors/doctor-search-page.tsx',
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/trpc': API, '/health': API, '/uploads': API, '/files': API },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: apps/api/bench/web.ts and a test read each route's initial scripts from it
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // the framework changes least often; in a chunk of its own it stays cached across releases
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // dozens of icons and design-system pieces of a few hundred bytes each: one request, not forty
            { name: 'icons', test: /[\\/]node_modules[\\/]lucide-react[\\/]/ },
            { name: 'ui', test: /[\\/]packages[\\/]ui[\\/]src[\\/](components|lib)[\\/]/ },
          ],
        },
      },
    },
  },
})
