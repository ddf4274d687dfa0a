// axe-core in the page: the serious and critical violations, once the page has stopped moving.
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * Waits for finite CSS animations and transitions (a dialog fading in over its overlay) to end:
 * axe measures colour contrast on what is painted, and a half-faded dialog fails it.
 */
export async function finishAnimations(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
}

export async function seriousAxeViolations(page: Page) {
  await finishAnimations(page)
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run())
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}
