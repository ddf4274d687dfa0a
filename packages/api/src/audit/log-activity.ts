import type { Prisma, PrismaClient } from '@medbook/db'

export type ActivityAction =
  | 'signup'
  | 'verify_account'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'logout_all'
  | 'password_change'
  | 'password_reset_request'
  | 'password_reset'
  | 'update_profile'
  | 'update_medical_profile'
  | 'upload_profile_picture'
  | 'family_member_add'
  | 'family_member_update'
  | 'family_member_remove'
  | 'api_key_create'
  | 'api_key_revoke'
  | 'session_revoke'
  | 'status_change'
  | 'role_change'
  | 'register_hospital'
  | 'invite_doctor'
  | 'accept_invitation'
  | 'book_appointment'
  | 'make_payment'
  | 'start_payment'
  | 'record_desk_payment'
  | 'confirm_transfer'
  | 'import_bank_statement'
  | 'request_refund'
  | 'refund_payment'
  | 'reschedule_appointment'
  | 'cancel_appointment'
  | 'update_setting'
  | 'update_hospital'
  | 'set_hospital_service'
  | 'update_doctor'
  | 'save_catalogue'
  | 'verify_hospital'
  | 'reject_hospital'
  | 'approve_doctor'
  | 'reject_doctor'
  | 'deactivate_doctor'
  | 'reactivate_doctor'
  | 'upload_verification_document'
  | 'delete_verification_document'
  | 'upload_hospital_image'
  | 'remove_hospital_image'
  | 'reorder_hospital_images'
  | 'create_promotion'
  | 'update_promotion'
  | 'set_promotion_status'
  | 'write_review'
  | 'moderate_review'
  | 'report_review'
  | 'respond_to_review'
  | 'read_medical_record'
  | 'download_medical_record'
  | 'write_medical_record'
  | 'share_medical_record'
  | 'amend_medical_record'
  | 'open_patient_chart'
  | 'upload_medical_record_file'
  | 'start_conversation'
  | 'assign_conversation'

export interface ActivityActor {
  userId: string | null
  userRole: 'patient' | 'doctor' | 'admin' | 'hospital' | null
  ipAddress: string | null
  userAgent: string | null
}

/** Appends to ActivityLogs. Pass the transaction client when the action is part of one. */
export async function logActivity(
  db: PrismaClient | Prisma.TransactionClient,
  actor: ActivityActor,
  action: ActivityAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.activityLog.create({
    data: {
      userId: actor.userId,
      userRole: actor.userRole,
      action,
      details: details as Prisma.InputJsonValue,
      ipAddress: actor.ipAddress,
      userAgent: actor.userAgent?.slice(0, 500) ?? null,
    },
  })
}
