/** The roles that use the portal; a patient who signs in here is pointed to the patient app. */
export type StaffRole = 'hospital' | 'doctor' | 'admin'
