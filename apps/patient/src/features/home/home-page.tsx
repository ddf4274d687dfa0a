import { HospitalResults } from '../hospitals/hospital-results'
import { SpecialtiesSection } from '../specialties/specialties-section'
import { Hero } from './hero'

export function HomePage() {
  return (
    <>
      <Hero />
      <div className="mx-auto flex max-w-6xl flex-col gap-14 px-4 py-10 sm:px-6 sm:py-14">
        <SpecialtiesSection />
        <HospitalResults />
      </div>
    </>
  )
}
