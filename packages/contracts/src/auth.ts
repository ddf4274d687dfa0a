import { z } from 'zod'
import { isCommonPassword } from './common-passwords.js'
import { ZUserRole, ZUserStatus } from './enums.js'
import { ZLatitude, ZLongitude } from './json-shapes.js'
import { ZPhoneNumber } from './phone.js'

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email('invalid_email').max(254))

/** An email or a phone number, whichever the person typed. */
export const ZIdentifier = z
  .string()
  .trim()
  .min(1, 'required')
  .max(254)
  .transform((value, ctx) => {
    if (value.includes('@')) {
      const email = ZEmail.safeParse(value)
      if (email.success) return { kind: 'email' as const, value: email.data }
    } else {
      const phone = ZPhoneNumber.safeParse(value)
      if (phone.success) return { kind: 'phone' as const, value: phone.data }
    }
    ctx.addIssue({ code: 'custom', message: 'invalid_identifier' })
    return z.NEVER
  })

export const ZNewPassword = z
  .string()
  .min(8, 'password_too_short')
  .max(128, 'password_too_long')
  .refine((value) => !isCommonPassword(value), 'password_too_common')

export const ZPersonName = z.string().trim().min(1, 'required').max(100)

export const ZSignUpInput = z.object({
  identifier: ZIdentifier,
  password: ZNewPassword,
  firstName: ZPersonName,
  lastName: ZPersonName,
})

export const ZSignUpOutput = z.object({
  /** where the code went, masked ("a***@gmail.com", "+84 *** *** 678") */
  sentTo: z.string(),
  codeExpiresAt: z.date(),
})

export const ZOtpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'invalid_code')

export const ZVerifyAccountInput = z.object({ identifier: ZIdentifier, code: ZOtpCode })
export const ZResendCodeInput = z.object({ identifier: ZIdentifier })
export const ZResendCodeOutput = z.object({
  ok: z.literal(true),
  /** when the new code stops working (the same answer whether or not a code was sent) */
  expiresAt: z.date(),
})

export const ZLoginInput = z.object({ identifier: ZIdentifier, password: z.string().min(1, 'required').max(128) })

export const ZSessionUser = z.object({
  id: z.string().uuid(),
  role: ZUserRole,
  status: ZUserStatus,
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  profilePicture: z.string().nullable(),
  verificationStatus: z.boolean(),
  /** the hospital a hospital-staff account or a doctor belongs to */
  hospitalId: z.string().uuid().nullable(),
  /** a doctor's licence review: pending until an administrator approves it */
  doctorStatus: z.enum(['approved', 'pending', 'rejected']).nullable(),
  /** a hospital-staff account's hospital: pending until an administrator verifies it */
  hospitalStatus: z.enum(['active', 'inactive', 'pending']).nullable(),
})

export const ZLoginOutput = z.object({
  user: ZSessionUser,
  /** also set as an HttpOnly cookie; returned for clients that cannot use cookies */
  sessionToken: z.string(),
  expiresAt: z.date(),
})

export const ZRequestPasswordResetInput = z.object({ email: ZEmail })
export const ZResetPasswordInput = z.object({ token: z.string().min(20).max(200), password: ZNewPassword })
/** a phone-only account asks for a six-digit reset code by SMS */
export const ZRequestPasswordResetCodeInput = z.object({ phone: ZPhoneNumber })
export const ZRequestPasswordResetCodeOutput = z.object({
  /** the number, masked ("+84 *** *** 678") */
  sentTo: z.string(),
  codeExpiresAt: z.date(),
})
export const ZResetPasswordWithCodeInput = z.object({ phone: ZPhoneNumber, code: ZOtpCode, newPassword: ZNewPassword })
export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'required').max(128),
  newPassword: ZNewPassword,
})

export const ZSessionInfo = z.object({
  id: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date(),
  expiresAt: z.date(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
})

export const ZApiKeyScope = z.enum([
  'profile:read',
  'profile:write',
  'family:read',
  'family:write',
  'appointments:read',
  'appointments:write',
  /** hospital staff: roster, services and prices, schedules (read) */
  'hospital:read',
  /** hospital staff: the same, changed; doctor deactivation */
  'hospital:write',
  /** administrators: read-only administration (the activity-log CSV export) */
  'admin:read',
  /** patients: their payments and receipts; staff: the hospital's payments */
  'payments:read',
  /** patients: pay for a visit; staff: record desk payments, confirm transfers, refund */
  'payments:write',
  /** patients: their own and their family's shared records; doctors: their hospital's records */
  'records:read',
  /** conversations: list and read them (staff: their hospital desk's too) */
  'messages:read',
  /** conversations: start, answer, mark read, assign, archive */
  'messages:write',
])

/** The scopes each role can put on its keys; a key is only as strong as its owner's role. */
export const API_KEY_SCOPES_BY_ROLE = {
  patient: [
    'profile:read',
    'profile:write',
    'family:read',
    'family:write',
    'appointments:read',
    'appointments:write',
    'payments:read',
    'payments:write',
    'records:read',
    'messages:read',
    'messages:write',
  ],
  doctor: [
    'profile:read',
    'profile:write',
    'appointments:read',
    'appointments:write',
    'records:read',
    'messages:read',
    'messages:write',
  ],
  hospital: [
    'profile:read',
    'profile:write',
    'appointments:read',
    'appointments:write',
    'hospital:read',
    'hospital:write',
    'payments:read',
    'payments:write',
    'messages:read',
    'messages:write',
  ],
  admin: ['profile:read', 'profile:write', 'appointments:read', 'admin:read', 'payments:read'],
} as const satisfies Record<'patient' | 'doctor' | 'hospital' | 'admin', readonly z.infer<typeof ZApiKeyScope>[]>

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, 'required').max(80),
  scopes: z.array(ZApiKeyScope).min(1, 'choose_a_scope'),
  expiresInDays: z.number().int().min(1).max(365).optional(),
})

export const ZApiKeyInfo = z.object({
  id: z.string().uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ZApiKeyScope),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
})

export const ZCreateApiKeyOutput = z.object({ key: ZApiKeyInfo, secret: z.string() })

export const ZRegisterHospitalInput = z.object({
  email: ZEmail,
  password: ZNewPassword,
  firstName: ZPersonName,
  lastName: ZPersonName,
  hospitalName: z.string().trim().min(2).max(200),
  hospitalType: z.enum(['clinic', 'hospital', 'specialized_center']),
  registrationNumber: z.string().trim().min(3).max(50),
  street: z.string().trim().min(3).max(200),
  city: z.string().trim().min(2).max(100),
  latitude: ZLatitude,
  longitude: ZLongitude,
  phoneNumber: ZPhoneNumber,
})

export const ZInviteDoctorInput = z.object({ email: ZEmail })
export const ZInvitationInfo = z.object({
  id: z.string().uuid(),
  email: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
})

export const ZAcceptInvitationInput = z.object({
  token: z.string().min(20).max(200),
  password: ZNewPassword,
  firstName: ZPersonName,
  lastName: ZPersonName,
  licenseNumber: z.string().trim().min(3).max(50),
  phoneNumber: ZPhoneNumber.optional(),
})

export const ZOk = z.object({ ok: z.literal(true) })

export type TSessionUser = z.infer<typeof ZSessionUser>
export type TApiKeyScope = z.infer<typeof ZApiKeyScope>
export type TIdentifier = z.output<typeof ZIdentifier>
