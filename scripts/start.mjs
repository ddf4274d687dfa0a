// npm start: build what the server serves (Prisma client, patient app, portal), then run
// the server, which migrates, seeds demo data on first run and prints its URLs.
import { spawnSync } from 'node:child_process'

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const started = Date.now()
run('npx', [
  '--no-install',
  'turbo',
  'run',
  'generate',
  'build',
  '--filter=@medbook/db',
  '--filter=@medbook/patient',
  '--filter=@medbook/portal',
  '--output-logs=errors-only',
])
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
run('npm', ['run', 'start', '--silent', '-w', '@medbook/server'])
