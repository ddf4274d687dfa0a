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

/** A payment with its refunds (`payments.get`, `payments.mine`). */
export type Payment = MedBookOutputs['payments']['get']

/** What a visit would cost before booking (`payments.quote`). */
export type Quote = MedBookOutputs['payments']['quote']

/** What cancelling now would give back (`payments.refundPreview`). */
export type RefundPreview = MedBookOutputs['payments']['refundPreview']

/** A medical record with its clinical content (`medicalRecords.get`). */
export type MedicalRecord = MedBookOutputs['medicalRecords']['get']

/** One shared record in a patient's list (`medicalRecords.mine`). */
export type MedicalRecordSummary = MedBookOutputs['medicalRecords']['mine']['items'][number]

/** A doctor's or hospital's published reviews with the rating summary (`reviews.published`). */
export type PublishedReviews = MedBookOutputs['reviews']['published']

/** A conversation as the caller sees it: the other side, read receipts, unread count (`conversations.get`). */
export type ConversationSummary = MedBookOutputs['conversations']['get']

/** One message of a conversation, with its attachments (`conversations.messages`, `conversations.send`). */
export type Message = MedBookOutputs['conversations']['send']
