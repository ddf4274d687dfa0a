import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/database.js'
import { applyMigrations } from '../src/migrations/runner.js'
import { createTestDatabase } from '../src/testing.js'
import { migrationsBefore } from './support/migrations-before.js'

const PAYMENTS_MIGRATION = '20261203212040_payments_refunds_charges_promotion_uses'

const ids = {
  owner: '00000000-0000-7000-8000-000000000001',
  doctorUser: '00000000-0000-7000-8000-000000000002',
  patientUser: '00000000-0000-7000-8000-000000000003',
  hospital: '00000000-0000-7000-8000-000000000011',
  doctor: '00000000-0000-7000-8000-000000000021',
  patient: '00000000-0000-7000-8000-000000000031',
  paid: '00000000-0000-7000-8000-000000000041',
  unpaid: '00000000-0000-7000-8000-000000000042',
  payment: '00000000-0000-7000-8000-000000000051',
}

describe(`migration ${PAYMENTS_MIGRATION}`, () => {
  let db: Database
  let oldMigrations: string
  const one = async (sql: string, values: unknown[] = []) => (await db.pool.query(sql, values)).rows[0]

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false })
    oldMigrations = migrationsBefore(PAYMENTS_MIGRATION)
    await applyMigrations(db.pool, oldMigrations)
    const q = (sql: string, values: unknown[]) => db.pool.query(sql, values)
    for (const [id, role, email] of [
      [ids.owner, 'hospital', 'owner@m.test'],
      [ids.doctorUser, 'doctor', 'doctor@m.test'],
      [ids.patientUser, 'patient', 'patient@m.test'],
    ]) {
      await q(
        `INSERT INTO users (id, role, email, "firstName", "lastName", "updatedAt") VALUES ($1, $2, $3, 'A', 'B', now())`,
        [id, role, email],
      )
    }
    await q(
      `INSERT INTO hospitals (id, "userId", name, type, street, city, latitude, longitude, "registrationNumber", "updatedAt")
       VALUES ($1, $2, 'Phòng khám Cũ', 'clinic', '1 Lê Lợi', 'Huế', 16.46, 107.59, 'OLD-1', now())`,
      [ids.hospital, ids.owner],
    )
    await q(
      `INSERT INTO doctors (id, "userId", "hospitalId", "licenseNumber", "consultationFee", "updatedAt")
       VALUES ($1, $2, $3, 'LIC-OLD', 250000, now())`,
      [ids.doctor, ids.doctorUser, ids.hospital],
    )
    await q(`INSERT INTO patients (id, "userId", "updatedAt") VALUES ($1, $2, now())`, [ids.patient, ids.patientUser])
    for (const [id, day] of [
      [ids.paid, '2026-11-01'],
      [ids.unpaid, '2026-11-02'],
    ]) {
      await q(
        `INSERT INTO appointments (id, "patientId", "doctorId", "hospitalId", "appointmentDate", "startsAt", "endsAt", type, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $5::date + time '02:00', $5::date + time '02:30', 'in_person', now())`,
        [id, ids.patient, ids.doctor, ids.hospital, day],
      )
    }
    await q(
      `INSERT INTO payments (id, "appointmentId", "patientId", amount, "paymentMethod", status, "paymentDate", "updatedAt")
       VALUES ($1, $2, $3, 200000, 'momo', 'completed', now(), now())`,
      [ids.payment, ids.paid, ids.patient],
    )
    await q(`UPDATE appointments SET "paymentId" = $1, "paymentStatus" = 'completed' WHERE id = $2`, [
      ids.payment,
      ids.paid,
    ])
  })
  afterAll(async () => {
    await db?.close()
    rmSync(oldMigrations, { recursive: true, force: true })
  })

  it('gives old payments their hospital and a reference, and old visits a consultation line and totals', async () => {
    expect(await applyMigrations(db.pool)).toContain(PAYMENTS_MIGRATION)
    expect(await one(`SELECT "hospitalId", reference FROM payments WHERE id = $1`, [ids.payment])).toEqual({
      hospitalId: ids.hospital,
      reference: ids.payment.replaceAll('-', '').toUpperCase(),
    })
    // what was paid for the paid visit; the doctor's fee for the other
    for (const [id, amount] of [
      [ids.paid, 200_000],
      [ids.unpaid, 250_000],
    ] as const) {
      expect(
        await one(
          `SELECT a."subtotalAmount", a."totalAmount", a."discountAmount", c.kind, c.amount
             FROM appointments a JOIN appointment_charges c ON c."appointmentId" = a.id WHERE a.id = $1`,
          [id],
        ),
      ).toEqual({ subtotalAmount: amount, totalAmount: amount, discountAmount: 0, kind: 'consultation', amount })
    }
  })

  it('refuses totals that do not add up, refunds above the payment, and a refunded status without money back', async () => {
    await expect(
      db.pool.query(`UPDATE appointments SET "discountAmount" = 10 WHERE id = $1`, [ids.paid]),
    ).rejects.toMatchObject({ code: '23514', constraint: 'appointments_amounts_check' })
    await expect(
      db.pool.query(`UPDATE payments SET "refundAmount" = 200001, status = 'refunded' WHERE id = $1`, [ids.payment]),
    ).rejects.toMatchObject({ code: '23514', constraint: 'payments_amount_check' })
    await expect(
      db.pool.query(`UPDATE payments SET status = 'refunded' WHERE id = $1`, [ids.payment]),
    ).rejects.toMatchObject({
      code: '23514',
      constraint: 'payments_refund_status_check',
    })
  })

  it('refunds a payment automatically at most once', async () => {
    const refund = (reference: string) =>
      db.pool.query(
        `INSERT INTO payment_refunds (id, "paymentId", amount, reason, kind, "requestReference", "updatedAt")
         VALUES (gen_random_uuid(), $1, 1000, 'hủy', 'policy', $2, now())`,
        [ids.payment, reference],
      )
    await refund('RFONE')
    await expect(refund('RFTWO')).rejects.toMatchObject({ code: '23505', constraint: 'payment_refunds_automatic_key' })
  })
})
