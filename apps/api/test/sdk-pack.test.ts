import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Database, PrismaClient } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

// Installs the packed SDK into an empty project outside the workspace, the way an integrator
// would, and compiles and runs a consumer against a live server.

const SDK_DIR = fileURLToPath(new URL('../../../packages/sdk/', import.meta.url))
const SDK_DIST = path.join(SDK_DIR, 'dist')
const INSTALL_TIMEOUT = 300_000
const HOSPITAL_NAMES = ['Bệnh viện Bạch Mai', 'Bệnh viện Hữu nghị Việt Đức']

/**
 * Runs a command with the npm_* variables of the npm that started the tests removed, so the
 * inner npm sees neither this workspace nor its prefix. Resolves with the exit code and output.
 */
async function exec(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')))
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, output: stdout }
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string }
    return { code: code ?? 1, output: `${stdout ?? ''}${stderr ?? ''}` }
  }
}

/** Like {@link exec}, failing with the command's output unless it succeeds. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  const result = await exec(command, args, cwd)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.output}`)
  return result.output
}

/**
 * The @types/node the workspace builds with: the consumer that has Node's types but not the
 * `ws` package's, which tRPC's client declarations import.
 */
const TYPES_NODE = `@types/node@${createRequire(import.meta.url)('@types/node/package.json').version}`

/**
 * Type-checks the consumer strictly, declarations included (no skipLibCheck), seeing the
 * ambient `types` given: ["node"] for a Node project, [] for one without any @types.
 */
function consumerTsconfig(types: string[], emit: boolean) {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      types,
      ...(emit ? { outDir: 'build' } : { noEmit: true }),
    },
    files: ['consumer.ts'],
  })
}

async function insertHospitals(db: PrismaClient) {
  const cardiology = await db.specialty.create({ data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'tim-mach' } })
  for (const [index, name] of HOSPITAL_NAMES.entries()) {
    const user = await db.user.create({
      data: { role: 'hospital', email: `pack-hospital-${index}@medbook.test`, firstName: 'Quản trị', lastName: name },
    })
    await db.hospital.create({
      data: {
        userId: user.id,
        name,
        type: 'hospital',
        street: `${index + 1} Đường Giải Phóng`,
        city: 'Hà Nội',
        latitude: 21.0,
        longitude: 105.84,
        registrationNumber: `PACK-${index + 1}`,
        status: 'active',
        verified: true,
        specialties: { create: [{ specialtyId: cardiology.id }] },
        operatingHours: { create: [{ day: 'monday', openTime: '07:00', closeTime: '17:00' }] },
      },
    })
  }
}

/** An integrator's script: every annotation fails to compile if the SDK's types are lost. */
function consumerSource(baseUrl: string): string {
  return `import { createClient, isMedBookError, type HospitalSummary, type MedBookOutputs } from '@medbook/sdk'
import { createMockClient } from '@medbook/sdk/mock'

const client = createClient({ baseUrl: ${JSON.stringify(baseUrl)} })

const specialties = await client.specialties.list.query()
const specialtyNames: string[] = specialties.map((specialty) => specialty.nameEn)

const page: MedBookOutputs['hospitals']['search'] = await client.hospitals.search.query({ city: 'Hà Nội', limit: 10 })
const hospitals: HospitalSummary[] = page.items
const firstName: string = hospitals[0]!.name
const latitude: number = hospitals[0]!.address.coordinates.latitude
const nextCursor: string | null = page.nextCursor

// @ts-expect-error a hospital's name is a string
const nameAsNumber: number = hospitals[0]!.name
// @ts-expect-error search has no "town" filter
const wrongFilter = () => client.hospitals.search.query({ town: 'Hà Nội' })
// @ts-expect-error the API has no such procedure
const missingProcedure = () => client.hospitals.remove.mutate({ id: 'x' })

let fieldErrors: string[] = []
try {
  await client.hospitals.search.query({ limit: 1000 })
} catch (error) {
  if (isMedBookError(error)) fieldErrors = Object.keys(error.data?.fieldErrors ?? {})
}

const mock = createMockClient({ specialties: { list: () => [] } })
const mocked: MedBookOutputs['specialties']['list'] = await mock.specialties.list.query()

void [nameAsNumber, wrongFilter, missingProcedure, latitude]
console.log(JSON.stringify({ specialtyNames, hospitals: hospitals.map((hospital) => hospital.name), firstName, nextCursor, fieldErrors, mocked }))
`
}

describe('the packed SDK in a project of its own', () => {
  let scratch: string
  let consumer: string
  let distExisted: boolean
  let db: Database
  let server: RunningServer

  const tsc = (project: string) =>
    exec(process.execPath, [path.join(consumer, 'node_modules/typescript/bin/tsc'), '-p', project], consumer)

  beforeAll(async () => {
    distExisted = existsSync(SDK_DIST)
    scratch = await mkdtemp(path.join(os.tmpdir(), 'medbook-sdk-pack-'))
    consumer = path.join(scratch, 'consumer')

    await run(process.execPath, ['scripts/build.mjs'], SDK_DIR)
    const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', scratch], SDK_DIR)) as [
      { filename: string },
    ]
    const tarball = path.join(scratch, filename)

    await mkdir(consumer)
    await writeFile(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'medbook-sdk-consumer', private: true, type: 'module' }),
    )
    await run('npm', ['install', tarball, 'typescript@5.9.3', TYPES_NODE, '--no-audit', '--no-fund'], consumer)
    await writeFile(path.join(consumer, 'tsconfig.node.json'), consumerTsconfig(['node'], false))
    await writeFile(path.join(consumer, 'tsconfig.bare.json'), consumerTsconfig([], false))
    await writeFile(path.join(consumer, 'tsconfig.build.json'), consumerTsconfig(['node'], true))

    db = await createTestDatabase()
    await insertHospitals(db.prisma)
    server = await startServer({ db: db.prisma })
    await writeFile(path.join(consumer, 'consumer.ts'), consumerSource(server.url))
  }, INSTALL_TIMEOUT)

  afterAll(async () => {
    await server?.close()
    await db?.close()
    if (scratch) await rm(scratch, { recursive: true, force: true })
    if (distExisted === false) await rm(SDK_DIST, { recursive: true, force: true })
  })

  it('brings along only the SDK and its declared dependencies', async () => {
    const sdkPackage = JSON.parse(await readFile(path.join(consumer, 'node_modules/@medbook/sdk/package.json'), 'utf8'))
    expect(Object.keys(sdkPackage.dependencies).sort()).toEqual([
      '@trpc/client',
      '@trpc/server',
      'eventsource',
      'superjson',
    ])
    expect((await readdir(path.join(consumer, 'node_modules/@medbook/sdk'))).sort()).toEqual([
      'README.md',
      'dist',
      'package.json',
    ])
    const installed = await readdir(path.join(consumer, 'node_modules'))
    expect(installed).not.toContain('zod')
    expect(installed).not.toContain('@prisma')
    expect(installed).not.toContain('pg')
    expect(await readdir(path.join(consumer, 'node_modules/@medbook'))).toEqual(['sdk'])
    expect(await readdir(path.join(consumer, 'node_modules/@types'))).toEqual(['node'])
    expect(installed).not.toContain('ws')
  })

  it('ships declarations that mention no server code', async () => {
    const dist = path.join(consumer, 'node_modules/@medbook/sdk/dist')
    const declarations = (await readdir(dist)).filter((file) => file.endsWith('.d.ts')).sort()
    expect(declarations).toEqual(['index.d.ts', 'mock.d.ts'])
    for (const file of declarations) {
      const text = await readFile(path.join(dist, file), 'utf8')
      expect(text).not.toMatch(/prisma/i)
      expect(text).not.toContain('@medbook/')
      expect(text).not.toContain('PrismaClient')
      expect(text).not.toMatch(/from ['"]zod['"]/)
    }
  })

  it('type-checks a strict Node consumer that has @types/node but not @types/ws, declarations included', async () => {
    expect(await tsc('tsconfig.node.json')).toEqual({ code: 0, output: '' })
  })

  it('type-checks a strict consumer without any @types, declarations included', async () => {
    expect(await tsc('tsconfig.bare.json')).toEqual({ code: 0, output: '' })
  })

  it('runs the compiled consumer against a live server', async () => {
    const compiled = await tsc('tsconfig.build.json')
    expect(compiled).toEqual({ code: 0, output: '' })
    const output = await run(process.execPath, ['build/consumer.js'], consumer)
    expect(output).toContain(HOSPITAL_NAMES[0])
    expect(JSON.parse(output)).toEqual({
      specialtyNames: ['Cardiology'],
      hospitals: HOSPITAL_NAMES,
      firstName: HOSPITAL_NAMES[0],
      nextCursor: null,
      fieldErrors: ['limit'],
      mocked: [],
    })
  })
})
