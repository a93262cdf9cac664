import { render, screen, within } from '@testing-library/react'
import { ContentUnavailable } from '@/components/layout/ContentUnavailable'
import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { settingsSchema } from '@/lib/sanity/queries/settings'

const english = settingsSchema.parse({ clinicName: 'Test Clinic', language: 'en', languages: ['en', 'es'] })
const spanish = settingsSchema.parse({ clinicName: 'Test Clinic', language: 'es', languages: ['en', 'es'] })
const englishOnly = settingsSchema.parse({ clinicName: 'Test Clinic', language: 'en' })

const BOTH = [
  { language: 'en', path: '/blog/ketamine' },
  { language: 'es', path: '/es/blog/ketamina' },
] as const

describe('the language switcher', () => {
  it('leads an English page to its Spanish translation, said in Spanish and marked as Spanish', () => {
    render(<SiteHeader settings={english} translations={BOTH} />)
    const nav = within(screen.getByRole('navigation', { name: 'Language' }))
    const link = nav.getByRole('link', { name: 'Leer en español' })
    expect(link).toHaveAttribute('href', '/es/blog/ketamina')
    expect(link).toHaveAttribute('hreflang', 'es')
    expect(link).toHaveAttribute('lang', 'es')
  })

  it('leads a Spanish page back to its English original', () => {
    render(<SiteHeader settings={spanish} translations={BOTH} />)
    const link = within(screen.getByRole('navigation', { name: 'Idioma' })).getByRole('link')
    expect(link).toHaveTextContent('Read in English')
    expect(link).toHaveAttribute('href', '/blog/ketamine')
    expect(link).toHaveAttribute('hreflang', 'en')
    expect(link).toHaveAttribute('lang', 'en')
  })

  it("says when the page has no translation, and leads to the other language's home", () => {
    render(<SiteHeader settings={english} translations={[BOTH[0]]} />)
    const link = within(screen.getByRole('navigation', { name: 'Language' })).getByRole('link')
    expect(link).toHaveTextContent('Español: esta página aún no está traducida — ir a la portada en español')
    expect(link).toHaveAttribute('href', '/es')
  })

  it('is not there when the clinic publishes one language', () => {
    render(<SiteHeader settings={englishOnly} translations={BOTH} />)
    expect(screen.queryByRole('navigation', { name: 'Language' })).toBeNull()
  })
})

describe('pages that cannot know the reader’s language', () => {
  it('a 404 says so in every published language, each marked and with links to its own pages', () => {
    const { container } = render(<NotFoundMessage languages={['en', 'es']} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found · Página no encontrada')
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
    const spanishPart = container.querySelector('div[lang="es"]') as HTMLElement
    expect(within(spanishPart).getByRole('link', { name: 'Ir a la portada' })).toHaveAttribute('href', '/es')
    expect(within(spanishPart).getByRole('link', { name: 'Ver todos los artículos' })).toHaveAttribute(
      'href',
      '/es/blog',
    )
  })

  it('a 404 of a one-language site speaks only that language', () => {
    const { container } = render(<NotFoundMessage languages={['en']} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Page not found$/)
    expect(container.querySelector('[lang]')).toBeNull()
  })

  it('the unavailable-content page can say it in Spanish as well', () => {
    const { container } = render(<ContentUnavailable language="en" alsoIn={['en', 'es']} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Content temporarily unavailable · Contenido no disponible por el momento',
    )
    expect(container.querySelector('div[lang="es"] a')).toHaveAttribute('href', '/es')
  })
})
