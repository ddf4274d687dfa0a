// The actions the API records (packages/api/src/audit/log-activity.ts). An action not listed
// here, added by a later release, still shows: by its code.
export const ACTIVITY_ACTIONS = [
  'signup',
  'verify_account',
  'login',
  'login_failed',
  'logout',
  'logout_all',
  'password_change',
  'password_reset_request',
  'password_reset',
  'update_profile',
  'update_medical_profile',
  'upload_profile_picture',
  'family_member_add',
  'family_member_update',
  'family_member_remove',
  'api_key_create',
  'api_key_revoke',
  'session_revoke',
  'status_change',
  'role_change',
  'register_hospital',
  'invite_doctor',
  'accept_invitation',
  'book_appointment',
  'make_payment',
  'start_payment',
  'record_desk_payment',
  'confirm_transfer',
  'import_bank_statement',
  'request_refund',
  'refund_payment',
  'reschedule_appointment',
  'cancel_appointment',
  'update_setting',
  'update_hospital',
  'set_hospital_service',
  'update_doctor',
  'save_catalogue',
  'verify_hospital',
  'reject_hospital',
  'approve_doctor',
  'reject_doctor',
  'deactivate_doctor',
  'reactivate_doctor',
  'upload_verification_document',
  'delete_verification_document',
  'upload_hospital_image',
  'remove_hospital_image',
  'reorder_hospital_images',
  'create_promotion',
  'update_promotion',
  'set_promotion_status',
  'write_review',
  'moderate_review',
  'report_review',
  'respond_to_review',
  'read_medical_record',
  'download_medical_record',
  'write_medical_record',
  'share_medical_record',
  'amend_medical_record',
  'open_patient_chart',
  'upload_medical_record_file',
  'start_conversation',
  'assign_conversation',
] as const

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number]

export function isKnownAction(value: string): value is ActivityAction {
  return (ACTIVITY_ACTIONS as readonly string[]).includes(value)
}

/** Details keys with a readable label; others show by their key. */
export const DETAIL_KEYS = [
  'reason',
  'from',
  'to',
  'fields',
  'channel',
  'scopes',
  'sessionsEnded',
  'key',
  'licenseNumber',
  'amount',
  'method',
] as const
export type DetailKey = (typeof DETAIL_KEYS)[number]

/** Codes stored as detail values that read as words once translated. */
export const DETAIL_VALUES = ['password', 'wrong_password', 'email', 'phone'] as const
export type DetailValue = (typeof DETAIL_VALUES)[number]

export function isKnownDetailValue(value: unknown): value is DetailValue {
  return (DETAIL_VALUES as readonly unknown[]).includes(value)
}

export function isKnownDetail(value: string): value is DetailKey {
  return (DETAIL_KEYS as readonly string[]).includes(value)
}
