import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** Where browser tests leave pictures of the screens they walk through, for people to look at. */
export const SCREENSHOTS = '/tmp/medbook-screenshots'

/**
 * Saves a picture of the page (whole length unless told otherwise). A picture is something to
 * look at, not a check: when Chromium cannot capture a frame in time on a loaded machine (CI saw
 * "page.screenshot: Timeout 15000ms exceeded" once, after the fonts had loaded), the test says so
 * and goes on to its assertions instead of failing on the camera.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  try {
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true, timeout: 20_000 })
  } catch (error) {
    console.warn(`screenshot ${name} not taken: ${error instanceof Error ? error.message.split('\n')[0] : error}`)
  }
}
