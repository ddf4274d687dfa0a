import { PageHeader, Tabs, TabsContent, TabsList, TabsTrigger } from '@medbook/ui'
import { ClipboardList, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ServicesSection } from './services-section'
import { SpecialtiesSection } from './specialties-section'

type CatalogueTab = 'specialties' | 'services'

export function CataloguePage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  // the open tab lives in the address bar, so a reload or a shared link opens the same list
  const tab: CatalogueTab = params.get('tab') === 'services' ? 'services' : 'specialties'

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      <Tabs
        value={tab}
        onValueChange={(value) =>
          setParams(value === 'services' ? { tab: 'services' } : {}, { replace: true, preventScrollReset: true })
        }
        className="flex flex-col gap-4"
      >
        <TabsList aria-label={t('catalogue.tabs.label')} className="self-start">
          <TabsTrigger value="specialties">
            <Stethoscope aria-hidden="true" />
            {t('catalogue.tabs.specialties')}
          </TabsTrigger>
          <TabsTrigger value="services">
            <ClipboardList aria-hidden="true" />
            {t('catalogue.tabs.services')}
          </TabsTrigger>
        </TabsList>
        <TabsContent value="specialties">
          <SpecialtiesSection />
        </TabsContent>
        <TabsContent value="services">
          <ServicesSection />
        </TabsContent>
      </Tabs>
    </div>
  )
}
