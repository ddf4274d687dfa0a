export type MomoAnswer = { ok: true; body: Record<string, unknown> } | { ok: false; message: string }

/**
 * POST a JSON request to MoMo and read its JSON answer, whatever the HTTP status (MoMo puts
 * its verdict in resultCode). Timeouts, network errors and unreadable answers come back as
 * `ok: false` with a message fit for logs.
 */
export async function postToMomo(url: string, body: Record<string, unknown>, timeoutMs: number): Promise<MomoAnswer> {
  let response: Response
  let text: string
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    text = await response.text()
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, message: `MoMo did not answer within ${timeoutMs} ms` }
    }
    return {
      ok: false,
      message: `MoMo could not be reached: ${error instanceof Error ? error.message : 'network error'}`,
    }
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return { ok: true, body: parsed as Record<string, unknown> }
    }
  } catch {
    // falls through to the refusal below
  }
  return { ok: false, message: `MoMo answered HTTP ${response.status} without a JSON object` }
}
