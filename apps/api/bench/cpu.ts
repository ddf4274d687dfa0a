import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU time used so far by this machine's PostgreSQL processes and by the Node processes other
 * than this one (the API under test), in ms, from /proc (Linux). Differences between two
 * readings tell where a benchmark's CPU went; processes that exit in between are not counted.
 */
export function cpuByProcess(): { postgresMs: number; apiMs: number } {
  const tickMs = 1000 / 100 // USER_HZ is 100 on Linux
  let postgresMs = 0
  let apiMs = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // exited meanwhile
    }
    // pid (comm) state ppid … utime stime: comm may hold spaces, so split after its ')'
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ms = (Number(fields[11]) + Number(fields[12])) * tickMs
    if (command === 'postgres') postgresMs += ms
    else if (command === 'node' || command.startsWith('MainThread')) apiMs += ms
  }
  return { postgresMs, apiMs }
}
