import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/database.js'
import { applyMigrations } from '../src/migrations/runner.js'
import { createTestDatabase } from '../src/testing.js'
import { migrationsBefore } from './support/migrations-before.js'

const PHONE_MIGRATION = '20261203180000_phone_numbers_e164'

const ids = {
  seeded: '00000000-0000-7000-8000-000000000001',
  phoneOnly: '00000000-0000-7000-8000-000000000002',
  oldSpelling: '00000000-0000-7000-8000-000000000003',
  newSpelling: '00000000-0000-7000-8000-000000000004',
  stuck: '00000000-0000-7000-8000-000000000005',
  patient: '00000000-0000-7000-8000-000000000011',
  family: '00000000-0000-7000-8000-000000000021',
  hospital: '00000000-0000-7000-8000-000000000031',
  junkHospital: '00000000-0000-7000-8000-000000000032',
}

describe(`migration ${PHONE_MIGRATION}`, () => {
  let db: Database
  let oldMigrations: string

  async function insertUser(id: string, email: string | null, phone: string, createdAt: string) {
    await db.pool.query(
      `INSERT INTO users (id, role, email, "phoneNumber", "firstName", "lastName", "createdAt", "updatedAt")
       VALUES ($1, 'patient', $2, $3, 'An', 'Nguyễn', $4, now())`,
      [id, email, phone, createdAt],
    )
  }
  async function insertHospital(id: string, userId: string, contactInfo: object) {
    await db.pool.query(
      `INSERT INTO hospitals (id, "userId", name, type, street, city, latitude, longitude, "contactInfo",
                              "registrationNumber", "updatedAt")
       VALUES ($1, $2, $3, 'clinic', '1 Lê Lợi', 'Huế', 16.46, 107.59, $4, $3, now())`,
      [id, userId, `Phòng khám ${id}`, JSON.stringify(contactInfo)],
    )
  }
  const phoneOf = async (table: string, id: string) =>
    (await db.pool.query(`SELECT "phoneNumber" AS phone FROM ${table} WHERE id = $1`, [id])).rows[0]?.phone

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false })
    oldMigrations = migrationsBefore(PHONE_MIGRATION)
    await applyMigrations(db.pool, oldMigrations)
    await insertUser(ids.seeded, 'patient@medbook.vn', '+84 97 100 7919', '2026-01-01')
    await insertUser(ids.phoneOnly, null, '0912 345 678', '2026-01-02')
    // one number, two accounts: the second was made because "+84 90 111 2222" was not found
    await insertUser(ids.oldSpelling, 'first@example.vn', '+84 90 111 2222', '2026-01-03')
    await insertUser(ids.newSpelling, 'second@example.vn', '+84901112222', '2026-01-04')
    await db.pool.query(
      `INSERT INTO patients (id, "userId", "emergencyContact", "updatedAt") VALUES ($1, $2, $3, now())`,
      [ids.patient, ids.seeded, JSON.stringify({ name: 'Bình', relationship: 'mẹ', phoneNumber: '0971-007-919' })],
    )
    await db.pool.query(
      `INSERT INTO family_members (id, "patientId", relationship, "firstName", "lastName", "phoneNumber", "updatedAt")
       VALUES ($1, $2, 'child', 'Chi', 'Nguyễn', '84 98 765 4321', now())`,
      [ids.family, ids.patient],
    )
    await insertHospital(ids.hospital, ids.phoneOnly, { phoneNumber: '(024) 3869 3731', email: 'lienhe@example.com' })
    await insertHospital(ids.junkHospital, ids.newSpelling, { phoneNumber: 'gọi tổng đài', email: 'x@example.com' })
  })
  afterAll(async () => {
    await db?.close()
    rmSync(oldMigrations, { recursive: true, force: true })
  })

  it('refuses to run, and changes nothing, while a phone-only account has a number it cannot read', async () => {
    await insertUser(ids.stuck, null, 'không có', '2026-01-05')
    await expect(applyMigrations(db.pool)).rejects.toThrow(ids.stuck)
    expect(await phoneOf('users', ids.seeded)).toBe('+84 97 100 7919')
    await db.pool.query('DELETE FROM users WHERE id = $1', [ids.stuck])
  })

  it('rewrites every stored phone number as E.164', async () => {
    expect(await applyMigrations(db.pool)).toContain(PHONE_MIGRATION)
    expect(await phoneOf('users', ids.seeded)).toBe('+84971007919')
    expect(await phoneOf('users', ids.phoneOnly)).toBe('+84912345678')
    expect(await phoneOf('family_members', ids.family)).toBe('+84987654321')
    const { rows: patients } = await db.pool.query('SELECT "emergencyContact" FROM patients')
    expect(patients[0].emergencyContact).toEqual({ name: 'Bình', relationship: 'mẹ', phoneNumber: '+84971007919' })
    const { rows: hospitals } = await db.pool.query('SELECT id, "contactInfo" FROM hospitals ORDER BY id')
    expect(hospitals.map((row) => row.contactInfo)).toEqual([
      { phoneNumber: '+842438693731', email: 'lienhe@example.com' },
      { email: 'x@example.com' },
    ])
  })

  it('leaves one number on one account: the one already spelled in E.164 keeps it', async () => {
    expect(await phoneOf('users', ids.newSpelling)).toBe('+84901112222')
    expect(await phoneOf('users', ids.oldSpelling)).toBeNull()
  })

  it.each([
    ['users', `UPDATE users SET "phoneNumber" = '+84 97 100 7919' WHERE id = '${ids.seeded}'`],
    ['family_members', `UPDATE family_members SET "phoneNumber" = '0987654321'`],
    [
      'patients',
      `UPDATE patients SET "emergencyContact" = '{"name":"B","relationship":"mẹ","phoneNumber":"097 1007919"}'`,
    ],
    ['hospitals', `UPDATE hospitals SET "contactInfo" = '{"phoneNumber":"(024) 3869 3731"}'`],
  ])('CHECKs the format of %s phone numbers from now on', async (_table, sql) => {
    await expect(db.pool.query(sql)).rejects.toMatchObject({ code: '23514' })
  })

  it('refuses a raw insert of a phone number that is not E.164', async () => {
    await expect(insertUser(ids.stuck, 'raw@example.vn', '0971007919', '2026-01-06')).rejects.toMatchObject({
      code: '23514',
      constraint: 'users_phone_e164_check',
    })
  })
})
