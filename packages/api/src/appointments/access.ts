import type { Prisma } from '@medbook/db'
import type { Auth } from '../context.js'

/**
 * The appointments a caller may see: a patient their own (and their family's, which are
 * booked on their account), a doctor theirs, staff their hospital's, an admin all.
 */
export function visibleAppointments(auth: Auth): Prisma.AppointmentWhereInput {
  const { user } = auth
  switch (user.role) {
    case 'patient':
      return { patientId: user.patientId ?? '00000000-0000-0000-0000-000000000000' }
    case 'doctor':
      return { doctorId: user.doctorId ?? '00000000-0000-0000-0000-000000000000' }
    case 'hospital':
      return { hospitalId: user.hospitalId ?? '00000000-0000-0000-0000-000000000000' }
    case 'admin':
      return {}
  }
}
