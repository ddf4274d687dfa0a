// The demo data's pictures in the browser: a hospital's cover and gallery and a doctor's photo
// load as real images (they were 404s, shown as broken images everywhere).
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import { seedDemoData } from '@medbook/db/seed'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AccountsWorld, PHONE, screenshot, startAccountsWorld } from './browser-accounts-harness.js'

/** Every <img> on the page with whether the browser could decode it. */
function imagesOn(page: Page) {
  return page.evaluate(() =>
    Array.from(document.images, (image) => ({
      src: image.getAttribute('src'),
      shown: image.complete && image.naturalWidth > 0,
    })),
  )
}

describe('seeded pictures in the browser', () => {
  let world: AccountsWorld
  const failedImages: string[] = []

  beforeAll(async () => {
    world = await startAccountsWorld()
    await seedDemoData(world.db, { scale: 'default' })
  })
  afterAll(async () => {
    await world?.close()
  })

  async function openPage(path: string) {
    const page = await world.newPage(PHONE)
    page.on('response', (response) => {
      if (response.request().resourceType() === 'image' && response.status() >= 400) failedImages.push(response.url())
    })
    await page.goto(path)
    return page
  }

  it('shows a hospital’s cover and gallery pictures', async () => {
    const hospitals = await world.db.prisma.hospital.findMany({
      where: { status: 'active', verified: true },
      orderBy: { registrationNumber: 'asc' },
    })
    const withGallery = hospitals.find((row) => row.images.length >= 2)
    if (!withGallery) throw new Error('the demo data has no hospital with a gallery')
    const page = await openPage(`/hospitals/${withGallery.id}`)
    await page.getByRole('heading', { name: withGallery.name }).waitFor()
    await expect
      .poll(async () => (await imagesOn(page)).filter((image) => image.shown).length)
      .toBeGreaterThanOrEqual(withGallery.images.length)
    const images = await imagesOn(page)
    expect(images.filter((image) => !image.shown)).toEqual([])
    expect(images.map((image) => image.src)).toEqual(expect.arrayContaining(withGallery.images))
    await screenshot(page, 'seeded-hospital-pictures')
    expect(failedImages).toEqual([])
  })

  it('shows a doctor’s photo on their profile', async () => {
    const doctor = await world.db.prisma.doctor.findFirstOrThrow({
      where: { status: 'approved', user: { profilePicture: { not: null } }, hospital: { status: 'active' } },
      include: { user: true },
    })
    const page = await openPage(`/doctors/${doctor.id}`)
    const photo = page.locator(`img[src="${doctor.user.profilePicture}"]`).first()
    await photo.waitFor()
    await expect
      .poll(async () => (await imagesOn(page)).find((image) => image.src === doctor.user.profilePicture))
      .toEqual({
        src: doctor.user.profilePicture,
        shown: true,
      })
    expect(failedImages).toEqual([])
  })
})
