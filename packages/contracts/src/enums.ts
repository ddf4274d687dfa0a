import { z } from 'zod'

// The seed's enumerated strings. The db package's tests assert these match the
// PostgreSQL enums one for one.
export const ZUserRole = z.enum(['patient', 'doctor', 'admin', 'hospital'])
export const ZUserStatus = z.enum(['active', 'inactive', 'blocked'])
export const ZGender = z.enum(['male', 'female', 'other'])
export const ZDayOfWeek = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
export const ZConsultationType = z.enum(['in_person', 'online'])
export const ZFamilyRelationship = z.enum([
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other',
])
export const ZDoctorStatus = z.enum(['approved', 'pending', 'rejected'])
export const ZHospitalType = z.enum(['clinic', 'hospital', 'specialized_center'])
export const ZHospitalStatus = z.enum(['active', 'inactive', 'pending'])
export const ZAppointmentStatus = z.enum(['scheduled', 'completed', 'cancelled', 'rescheduled', 'no_show'])
export const ZCancelledBy = z.enum(['patient', 'doctor', 'hospital', 'system'])
export const ZPaymentStatus = z.enum(['pending', 'completed', 'failed', 'refunded'])
export const ZCurrency = z.enum(['VND', 'USD'])
export const ZPaymentMethod = z.enum(['visa', 'mastercard', 'momo', 'vnpay', 'zalopay', 'bank_transfer', 'cash'])
export const ZReviewTargetType = z.enum(['doctor', 'hospital'])
export const ZReviewStatus = z.enum(['pending', 'approved', 'rejected', 'removed'])
export const ZNotificationType = z.enum([
  'appointment_reminder',
  'appointment_confirmation',
  'appointment_cancelled',
  'appointment_rescheduled',
  'waitlist_slot_available',
  'payment_received',
  'payment_refunded',
  'new_message',
  'review_response',
  'verification_update',
  'system',
  'review_invitation',
  'review_moderated',
  'medical_record_shared',
])
export const ZRelatedToType = z.enum([
  'appointment',
  'message',
  'review',
  'payment',
  'medical_record',
  'conversation',
  'doctor',
  'hospital',
])
export const ZDeliveryStatus = z.enum(['sent', 'delivered', 'failed', 'pending'])
export const ZWaitlistStatus = z.enum(['waiting', 'offered', 'booked', 'expired', 'cancelled'])
export const ZConversationStatus = z.enum(['active', 'archived'])
export const ZDiscountType = z.enum(['percentage', 'fixed'])
export const ZPromotionStatus = z.enum(['active', 'expired', 'disabled'])
export const ZServiceCategory = z.enum([
  'consultation',
  'test',
  'imaging',
  'procedure',
  'vaccination',
  'package',
  'other',
])

export const ZChargeKind = z.enum(['consultation', 'service'])
export const ZRefundKind = z.enum(['policy', 'staff', 'late_payment', 'duplicate_payment'])
export const ZRefundStatus = z.enum(['pending', 'completed', 'failed'])
export const ZRedemptionStatus = z.enum(['active', 'released'])

/** Every enum by its PostgreSQL type name, for the test that compares them. */
export const DATABASE_ENUMS = {
  UserRole: ZUserRole,
  UserStatus: ZUserStatus,
  Gender: ZGender,
  DayOfWeek: ZDayOfWeek,
  ConsultationType: ZConsultationType,
  FamilyRelationship: ZFamilyRelationship,
  DoctorStatus: ZDoctorStatus,
  HospitalType: ZHospitalType,
  HospitalStatus: ZHospitalStatus,
  AppointmentStatus: ZAppointmentStatus,
  CancelledBy: ZCancelledBy,
  PaymentStatus: ZPaymentStatus,
  Currency: ZCurrency,
  PaymentMethod: ZPaymentMethod,
  ReviewTargetType: ZReviewTargetType,
  ReviewStatus: ZReviewStatus,
  NotificationType: ZNotificationType,
  RelatedToType: ZRelatedToType,
  DeliveryStatus: ZDeliveryStatus,
  WaitlistStatus: ZWaitlistStatus,
  ConversationStatus: ZConversationStatus,
  DiscountType: ZDiscountType,
  PromotionStatus: ZPromotionStatus,
  ServiceCategory: ZServiceCategory,
  RefundKind: ZRefundKind,
  RefundStatus: ZRefundStatus,
  ChargeKind: ZChargeKind,
  RedemptionStatus: ZRedemptionStatus,
} as const

export type TUserRole = z.infer<typeof ZUserRole>
export type TDayOfWeek = z.infer<typeof ZDayOfWeek>
export type TConsultationType = z.infer<typeof ZConsultationType>
export type THospitalType = z.infer<typeof ZHospitalType>
export type TReviewTargetType = z.infer<typeof ZReviewTargetType>
export type TReviewStatus = z.infer<typeof ZReviewStatus>
