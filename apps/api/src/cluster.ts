import cluster, { type Worker } from 'node:cluster'

/**
 * Runs `count` server processes sharing one port (node:cluster; the primary hands out
 * connections round-robin). A process that dies is replaced; SIGINT or SIGTERM stops every
 * process gracefully, then the primary exits.
 */
export function superviseServerProcesses(count: number, env: NodeJS.ProcessEnv) {
  let stopping = false
  const fork = (banner: boolean) => cluster.fork({ ...env, MEDBOOK_PRINT_BANNER: banner ? 'true' : 'false' })
  for (let n = 0; n < count; n++) fork(n === 0)
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.error(`server process ${worker.process.pid} exited (${signal ?? code}); starting another`)
    fork(false)
  })
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: shutting down ${count} server processes`)
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}
