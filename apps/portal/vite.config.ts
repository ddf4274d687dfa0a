import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const API = 'http://127.0.0.1:3000'

export default defineConfig({
  // the API server serves this app under /portal/; the router's basename matches
  base: '/portal/',
  plugins: [react(), tailwindcss()],
  server: {
    port: 5174,
    proxy: { '/trpc': API, '/health': API, '/uploads': API, '/files': API, '/admin': API },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // the framework changes least often; in a chunk of its own it stays cached across releases
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
})
