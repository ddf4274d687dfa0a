import { type TPatientChart, ZMedicalHistoryEntry, ZMedication } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { fullName } from '../appointments/present.js'
import type { ActivityActor } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { NOWHERE_ID } from '../pagination.js'
import { logClinicalAccess } from './access.js'
import { recordSelect, toSummary } from './present.js'

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)
const history = z.array(ZMedicalHistoryEntry.partial({ diagnosedDate: true })).catch([])
const medications = z.array(ZMedication).catch([])

/**
 * A doctor's view of one of their hospital's patients (or the family member seen): the
 * profile's allergies, medications and history, visits and records at this hospital. A person
 * who never had a visit here is unknown to the doctor. The opening is logged.
 */
export async function patientChart(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: { patientId: string; familyMemberId?: string },
  now: Date,
): Promise<TPatientChart> {
  const hospitalId = auth.user.hospitalId ?? NOWHERE_ID
  const person = { patientId: input.patientId, familyMemberId: input.familyMemberId ?? null }
  const [visits, records] = await Promise.all([
    db.appointment.findMany({
      where: { ...person, hospitalId },
      orderBy: { startsAt: 'desc' },
      take: 50,
      select: {
        id: true,
        appointmentDate: true,
        startsAt: true,
        status: true,
        reasonForVisit: true,
        doctorId: true,
        doctor: { select: { user: { select: { firstName: true, lastName: true } } } },
        medicalRecord: { select: { id: true } },
      },
    }),
    db.medicalRecord.findMany({
      where: { ...person, hospitalId },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: recordSelect,
    }),
  ])
  if (visits.length === 0) throw new AppError('NOT_FOUND', 'No such patient at this hospital')
  const patient = await db.patient.findUniqueOrThrow({
    where: { id: input.patientId },
    select: {
      allergies: true,
      medications: true,
      medicalHistory: true,
      user: { select: { firstName: true, lastName: true, dateOfBirth: true, gender: true } },
      familyMembers: {
        where: { id: input.familyMemberId ?? '00000000-0000-0000-0000-000000000000' },
        select: {
          firstName: true,
          lastName: true,
          dateOfBirth: true,
          gender: true,
          relationship: true,
          medicalHistory: true,
        },
      },
    },
  })
  const member = patient.familyMembers[0]
  if (input.familyMemberId && !member) throw new AppError('NOT_FOUND', 'No such patient at this hospital')
  await logClinicalAccess(db, actor, 'open_patient_chart', person)
  const subject = member ?? patient.user
  return {
    person: {
      ...person,
      name: fullName(subject),
      relationship: member?.relationship ?? null,
      dateOfBirth: dateOnly(subject.dateOfBirth),
      gender: subject.gender,
      // allergies and medications are kept on the account holder's own profile
      allergies: member ? [] : patient.allergies,
      medications: member
        ? []
        : medications.parse(patient.medications).map((medication) => ({
            name: medication.name,
            dosage: medication.dosage ?? '',
            frequency: medication.frequency ?? '',
          })),
      medicalHistory: history.parse(member ? member.medicalHistory : patient.medicalHistory).map((entry) => ({
        condition: entry.condition,
        diagnosedDate: entry.diagnosedDate ?? null,
      })),
    },
    visits: visits.map((visit) => ({
      appointmentId: visit.id,
      date: dateOnly(visit.appointmentDate) ?? '',
      startsAt: visit.startsAt,
      status: visit.status,
      doctorName: fullName(visit.doctor.user),
      reasonForVisit: visit.reasonForVisit,
      recordId: visit.medicalRecord?.id ?? null,
      canWriteRecord:
        !visit.medicalRecord &&
        visit.doctorId === auth.user.doctorId &&
        (visit.status === 'completed' || (visit.status === 'scheduled' && visit.startsAt <= now)),
    })),
    records: records.map(toSummary),
  }
}
