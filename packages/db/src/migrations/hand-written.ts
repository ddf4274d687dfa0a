/**
 * Objects the migrations create by hand because schema.prisma cannot express them. The
 * drift test expects exactly these on top of what schema.prisma generates: one missing
 * (or one unlisted) fails it.
 */
export const HAND_WRITTEN_OBJECTS = [
  'index appointments_active_slot_key',
  'constraint users.users_email_or_phone_check',
  'constraint appointments.appointments_time_order_check',
  'constraint appointments.appointments_queue_number_check',
  'constraint appointments.appointments_cancellation_check',
  'constraint doctors.doctors_numbers_check',
  'constraint hospitals.hospitals_numbers_check',
  'constraint doctor_availability_slots.doctor_availability_slots_time_check',
  'constraint doctor_online_hours.doctor_online_hours_time_check',
  'constraint hospital_operating_hours.hospital_operating_hours_time_check',
  'constraint reviews.reviews_rating_check',
  'constraint reviews.reviews_target_check',
  'constraint payments.payments_amount_check',
  'constraint services.services_base_price_check',
  'constraint hospital_services.hospital_services_price_check',
  'constraint promotions.promotions_rules_check',
  'index waitlist_entries_open_key',
  'constraint schedule_exceptions.schedule_exceptions_time_check',
  'constraint verification_documents.verification_documents_subject_check',
  'constraint users.users_phone_e164_check',
  'constraint family_members.family_members_phone_e164_check',
  'constraint patients.patients_emergency_phone_e164_check',
  'constraint hospitals.hospitals_contact_phone_e164_check',
] as const
