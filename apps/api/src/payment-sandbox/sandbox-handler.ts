import type { IncomingMessage, ServerResponse } from 'node:http'

/** Answers a request when the path is its own (true), or leaves it to the next route (false). */
export type SandboxHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>
