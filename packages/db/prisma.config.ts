import { defineConfig } from 'prisma/config'

// The CLI is used here for `prisma generate` (and `format`/`validate`) only. Migrations are
// produced and applied by src/migrations with Prisma's own WebAssembly schema engine,
// because the native engine `prisma migrate` needs cannot be downloaded on our machines.
export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
})
