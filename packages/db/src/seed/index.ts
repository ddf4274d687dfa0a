// Deterministic demo data for MedBook, and the builders behind it as test fixtures.

export { buildCatalogue, type Catalogue, type CatalogueService, type CatalogueSpecialty } from './catalogue.js'
export { buildDoctor, type DoctorSpec, type DoctorWorkplace, type SeededDoctor } from './doctors.js'
export { createAppointment, createCatalogue, createDoctor, createHospital, createPatient } from './fixtures.js'
export { buildHospital, type HospitalSpec, type SeededHospital } from './hospitals.js'
export { buildPatient, type PatientSpec, type SeededPatient } from './patients.js'
export { CITIES, type City } from './places.js'
export { Random } from './random.js'
export { DEFAULT_RANDOM_SEED, SCALES, type ScalePlan, type SeedScale } from './scale.js'
export { isSeeded, type SeedOptions, type SeedTarget, seedDemoData } from './seed-demo-data.js'
export { SERVICES, type ServiceDefinition } from './service-catalogue.js'
export { SPECIALTIES, type SpecialtyDefinition } from './specialty-catalogue.js'
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin, demoPasswordHash } from './users.js'
