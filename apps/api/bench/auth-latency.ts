// npm run bench:auth -w @medbook/server
// Login (argon2id verify + session insert) and session validation (one indexed lookup),
// measured over real HTTP against the embedded database, or DATABASE_URL when set.
import os from 'node:os'
import { hashPassword } from '@medbook/api'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { startServer } from '../src/server.js'
import { formatMs, percentiles, timed } from './stats.js'

// under the 30-per-15-minutes login limit per IP address
const LOGINS = 25
const VALIDATIONS = 1000
const password = 'Bench-pass-2026'

const db = await createTestDatabase()
await db.prisma.user.create({
  data: {
    role: 'patient',
    email: 'bench@example.vn',
    password: await hashPassword(password),
    firstName: 'Bench',
    lastName: 'Mark',
    verificationStatus: true,
    patient: { create: {} },
  },
})
const server = await startServer({ db: db.prisma })
const body = JSON.stringify(superjson.serialize({ identifier: 'bench@example.vn', password }))
const login = () =>
  fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

const loginTimes: number[] = []
let token = ''
for (let i = 0; i < LOGINS; i++) {
  const [response, ms] = await timed(login)
  const json = (await response.json()) as { result: { data: { json: { sessionToken: string } } } }
  token = json.result.data.json.sessionToken
  loginTimes.push(ms)
}

const validationTimes: number[] = []
for (let i = 0; i < VALIDATIONS; i++) {
  const [response, ms] = await timed(() =>
    fetch(`${server.url}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } }),
  )
  await response.arrayBuffer()
  validationTimes.push(ms)
}

const report = (name: string, samples: number[]) => {
  const p = percentiles(samples)
  console.log(`${name.padEnd(34)} n=${p.n}  p50 ${formatMs(p.p50)}  p95 ${formatMs(p.p95)}  p99 ${formatMs(p.p99)}`)
}
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; database: ${db.kind}`,
)
report('login (POST auth.login)', loginTimes)
report('session validation (GET auth.me)', validationTimes)

await server.close()
await db.close()
