import { ZRefundPolicy } from '@medbook/contracts'
import { z } from 'zod'

/**
 * Every SystemSettings key MedBook reads: its schema, its default, what it means. A value
 * stored in the table that does not fit its schema is ignored in favour of the default.
 */
export const SETTINGS = {
  'booking.horizonDays': {
    schema: z.number().int().min(1).max(365),
    default: 60,
    description: 'How many days ahead patients can book',
  },
  'booking.minimumNoticeMinutes': {
    schema: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    default: 120,
    description: 'The earliest a slot can be booked, in minutes from now',
  },
  'booking.cancellationCutoffHours': {
    schema: z
      .number()
      .int()
      .min(0)
      .max(14 * 24),
    default: 4,
    description: 'Patients cannot cancel or reschedule later than this many hours before the visit',
  },
  'booking.prepaymentRequired': {
    schema: z.boolean(),
    default: false,
    description: 'Bookings wait for payment and are released if not paid in time',
  },
  'booking.holdMinutes': {
    schema: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    default: 15,
    description: 'How long an unpaid booking holds its slot',
  },
  'booking.waitlistClaimMinutes': {
    schema: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
    default: 30,
    description: 'How long a freed slot stays reserved for the first patient on the waitlist',
  },
  'payments.prepayOnlineConsultations': {
    schema: z.boolean(),
    default: true,
    description: 'Online consultations wait for payment and are released if not paid in time',
  },
  'payments.refundPolicy': {
    schema: ZRefundPolicy,
    default: {
      tiers: [
        { minHoursBefore: 24, percent: 100 },
        { minHoursBefore: 2, percent: 50 },
      ],
      providerCancellationPercent: 100,
    },
    description:
      'Share of the payment returned when a patient cancels, by hours before the visit (later, or a no-show: nothing); cancellations by the doctor, hospital or system return providerCancellationPercent',
  },
  'payments.reconcileAfterMinutes': {
    schema: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    default: 10,
    description: 'Online payments still pending after this many minutes are asked about at the gateway',
  },
  'payments.bankTransferAccount': {
    schema: z.object({
      bankBin: z.string().regex(/^\d{6}$/),
      bankName: z.string().min(1).max(100),
      accountNumber: z.string().regex(/^[0-9A-Z]{4,19}$/),
      accountName: z.string().min(1).max(50),
    }),
    default: {
      bankBin: '970436',
      bankName: 'Vietcombank',
      accountNumber: '0071001234567',
      accountName: 'CONG TY CO PHAN MEDBOOK',
    },
    description: 'The account patients transfer to (VietQR); transfers are matched by their reference',
  },
  'reviews.windowDays': {
    schema: z.number().int().min(1).max(365),
    default: 30,
    description: 'How many days after a completed visit the patient can review it',
  },
  'reviews.requireApproval': {
    schema: z.boolean(),
    default: true,
    description: 'Reviews are published only after an administrator approves them',
  },
  'reviews.autoApproveWithoutComment': {
    schema: z.boolean(),
    default: true,
    description: 'A rating without a comment is published at once, even when reviews need approval',
  },
  'reminders.offsetsMinutes': {
    schema: z
      .array(
        z
          .number()
          .int()
          .min(5)
          .max(14 * 24 * 60),
      )
      .max(5),
    default: [1440, 120],
    description: 'When reminders go out, in minutes before the visit',
  },
  'calendar.publicHolidays': {
    schema: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(100),
    default: [
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
      '2027-01-01',
    ],
    description: 'Days on which no hospital takes bookings (Vietnam: Tết, Hùng Kings, 30/4, 1/5, 2/9)',
  },
} as const satisfies Record<string, { schema: z.ZodType; default: unknown; description: string }>

export type SettingKey = keyof typeof SETTINGS
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>
