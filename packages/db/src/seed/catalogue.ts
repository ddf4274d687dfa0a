import type { Service, Specialty } from '../generated/prisma/client.js'
import { Random } from './random.js'
import { SERVICES, type ServiceDefinition } from './service-catalogue.js'
import { SPECIALTIES, type SpecialtyDefinition } from './specialty-catalogue.js'
import { DAY } from './time.js'

export interface CatalogueSpecialty {
  row: Specialty
  definition: SpecialtyDefinition
}

export interface CatalogueService {
  row: Service
  definition: ServiceDefinition
}

export interface Catalogue {
  specialties: CatalogueSpecialty[]
  services: CatalogueService[]
}

/** The specialties and the services catalogue: fixed lists, ids from the seed. */
export function buildCatalogue(seed: number, now: Date): Catalogue {
  const random = Random.derive(seed, 'catalogue')
  const createdAt = new Date(now.getTime() - 1500 * DAY)
  return {
    specialties: SPECIALTIES.map((definition) => ({
      definition,
      row: {
        id: random.uuid(),
        name: definition.name,
        nameEn: definition.nameEn,
        slug: definition.slug,
        description: definition.description,
        icon: `/images/specialties/${definition.slug}.svg`,
        createdAt,
        updatedAt: createdAt,
      },
    })),
    services: SERVICES.map((definition) => ({
      definition,
      row: {
        id: random.uuid(),
        name: definition.name,
        description: definition.description,
        category: definition.category,
        basePrice: definition.basePrice,
        createdAt,
        updatedAt: createdAt,
      },
    })),
  }
}
