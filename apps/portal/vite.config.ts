import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'

const API = 'http://127.0.0.1:3000'

export default defineConfig({
  // the API server serves this app under /portal/; the router's basename matches
  base: '/portal/',
  // the server sends the .br / .gz siblings written here (apps/api/src/static-apps.ts)
  plugins: [react(), tailwindcss(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  server: {
    port: 5174,
    proxy: { '/trpc': API, '/health': API, '/uploads': API, '/files': API, '/admin': API },
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
            // dozens of icons of a few hundred bytes each: one request, not forty (a design-system group
            // like the patient app's would add the tables every portal page has to the login page)
            { name: 'icons', test: /[\\/]node_modules[\\/]lucide-react[\\/]/ },
          ],
        },
      },
    },
  },
})
