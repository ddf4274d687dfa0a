import { ZRegisterHospitalInput } from '@medbook/contracts'
import { z } from 'zod'

/** Degrees as typed: "21.0285" or, Vietnamese style, "21,0285". */
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .transform((value) => value.replace(',', '.'))
    .pipe(z.coerce.number<string>().min(-limit).max(limit))

/** The API's input with the coordinates as text boxes, plus a second copy of the password. */
export const ZRegisterHospitalForm = ZRegisterHospitalInput.extend({
  latitude: coordinate(90),
  longitude: coordinate(180),
  confirmPassword: z.string(),
}).refine((values) => values.password === values.confirmPassword, {
  path: ['confirmPassword'],
  message: 'passwords_do_not_match',
})

export type RegisterHospitalValues = z.input<typeof ZRegisterHospitalForm>
export type RegisterHospitalOutput = z.output<typeof ZRegisterHospitalForm>

export const REGISTER_FIELDS = [
  'hospitalName',
  'hospitalType',
  'registrationNumber',
  'street',
  'city',
  'phoneNumber',
  'latitude',
  'longitude',
  'lastName',
  'firstName',
  'email',
  'password',
] as const
