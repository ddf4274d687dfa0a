import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/database.js'
import { applyMigrations } from '../src/migrations/runner.js'
import { createTestDatabase } from '../src/testing.js'
import { migrationsBefore } from './support/migrations-before.js'

const MIGRATION = '20261203181000_drawn_seed_images'
const DOCTOR = '00000000-0000-7000-8000-000000000001'
const UPLOADER = '00000000-0000-7000-8000-000000000002'
const HOSPITAL = '00000000-0000-7000-8000-000000000011'

describe(`migration ${MIGRATION}`, () => {
  let db: Database
  let oldMigrations: string

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false })
    oldMigrations = migrationsBefore(MIGRATION)
    await applyMigrations(db.pool, oldMigrations)
    await db.pool.query(
      `INSERT INTO users (id, role, email, "firstName", "lastName", "profilePicture", "updatedAt") VALUES
         ($1, 'doctor', 'a@example.vn', 'Văn An', 'Đặng', '/images/avatars/doctor-3.jpg', now()),
         ($2, 'hospital', 'b@example.vn', 'Thị Bình', 'Lê', '/uploads/avatars/own-photo.png', now())`,
      [DOCTOR, UPLOADER],
    )
    await db.pool.query(
      `INSERT INTO hospitals (id, "userId", name, type, street, city, latitude, longitude, "registrationNumber",
                              images, "updatedAt")
       VALUES ($1, $2, 'Bệnh viện A', 'hospital', '1 Lê Lợi', 'Huế', 16.46, 107.59, 'REG-1', $3, now())`,
      [
        HOSPITAL,
        UPLOADER,
        ['/images/hospitals/h-07.jpg', '/uploads/hospitals/own.webp', '/images/hospitals/h-07-3.jpg'],
      ],
    )
    await applyMigrations(db.pool)
  })
  afterAll(async () => {
    await db?.close()
    rmSync(oldMigrations, { recursive: true, force: true })
  })

  it('points seeded avatars at drawn initials avatars and leaves uploaded pictures alone', async () => {
    const { rows } = await db.pool.query('SELECT id, "profilePicture" FROM users ORDER BY id')
    expect(rows.map((row) => row.profilePicture)).toEqual([
      '/images/avatars/doctor-3-ĐA.svg',
      '/uploads/avatars/own-photo.png',
    ])
  })

  it('points seeded hospital pictures at drawn ones, in the same order', async () => {
    const { rows } = await db.pool.query('SELECT images FROM hospitals')
    expect(rows[0].images).toEqual([
      '/images/hospitals/h-07.svg',
      '/uploads/hospitals/own.webp',
      '/images/hospitals/h-07-3.svg',
    ])
  })
})
