import type { PublicAppRouter } from '@medbook/api'
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'

/**
 * The MedBook API as the client sees it: every procedure with its input and output types,
 * and nothing of the server behind it.
 */
export type MedBookRouter = PublicAppRouter

/** Input of every procedure, by path: `MedBookInputs['hospitals']['search']`. */
export type MedBookInputs = inferRouterInputs<MedBookRouter>

/** Output of every procedure, by path: `MedBookOutputs['hospitals']['search']`. */
export type MedBookOutputs = inferRouterOutputs<MedBookRouter>

/** One hospital in a search result. */
export type HospitalSummary = MedBookOutputs['hospitals']['search']['items'][number]

/** One medical specialty, with the number of approved doctors practising it. */
export type Specialty = MedBookOutputs['specialties']['list'][number]

/** One doctor of the staff member's hospital (`myHospital.roster`). */
export type RosterDoctor = MedBookOutputs['myHospital']['roster'][number]

/** A catalogue service the hospital offers, at its own price (`myHospital.services`). */
export type HospitalServiceEntry = MedBookOutputs['myHospital']['services'][number]

/** A doctor's weekly slots, online hours and exceptions (`doctorSchedules.get`). */
export type DoctorSchedule = MedBookOutputs['doctorSchedules']['get']
