import { render, screen, within } from '@testing-library/react'
import { ArticleView } from '@/components/article/ArticleView'
import { SiteChrome } from '@/components/layout/SiteChrome'
import { Sources } from '@/components/article/Sources'
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs'
import type { CitedSource } from '@/lib/content/citations'
import { breadcrumbsFor } from '@/lib/navigation/breadcrumbs'
import type { Article } from '@/lib/sanity/queries/article'
import { settingsSchema } from '@/lib/sanity/queries/settings'
import { queriedExampleArticle } from '../../support/queriedExampleArticle'

// The article page's interface in Spanish: the example article's structure (sections, takeaways,
// FAQs, sources, topics) under Spanish settings, so every piece of interface text shows. The
// article's own words come from the content, whatever its language.

const spanish = settingsSchema.parse({
  clinicName: 'Clínica de prueba',
  language: 'es',
  languages: ['en', 'es'],
  phone: '+1 555 010 0000',
  bookingUrl: 'https://booking.example.org/',
  medicalDisclaimer: 'Información general, no una consulta.',
  crisisResources: [
    { _key: 'lifeline', name: '988 Lifeline', description: 'Oprima 2 para español.', phone: '988', sms: '988' },
  ],
})

let article: Article
beforeAll(async () => {
  article = await queriedExampleArticle()
})

/** The example article with a crisis topic, so the crisis resources show too. */
const withCrisisTopic = (source: Article): Article => ({
  ...source,
  topics: source.topics.map((topic, index) => (index === 0 ? { ...topic, showCrisisResources: true } : topic)),
})

describe('an article in Spanish', () => {
  it('has its headings and labels in Spanish', () => {
    render(<ArticleView article={withCrisisTopic(article)} settings={spanish} />)
    expect(screen.getByRole('heading', { name: 'Puntos clave' })).toBeInTheDocument()
    const toc = screen.getByRole('navigation', { name: 'Tabla de contenido' })
    expect(within(toc).getByText('En esta página')).toBeInTheDocument()
    expect(screen.getAllByText('Punto clave').length).toBeGreaterThan(0)
    expect(screen.getAllByRole('heading', { name: '¿Necesita ayuda ahora?' })).toHaveLength(2)
    expect(screen.getAllByRole('link', { name: 'Llamar al 988' }).length).toBeGreaterThan(0)
    expect(screen.getByRole('complementary', { name: 'Aviso médico' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Hable con Clínica de prueba' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Volver arriba' })).toBeInTheDocument()
    expect(document.body).toHaveTextContent(/\d+ min de lectura/)
    expect(document.body).not.toHaveTextContent(/Key takeaways?|On this page|Need help now|min read|Back to top/)
  })

  it('names the FAQs and the conclusion in Spanish in the contents, unless the editor titled the FAQs', () => {
    render(<ArticleView article={{ ...article, faqTitle: null }} settings={spanish} />)
    const toc = within(screen.getByRole('navigation', { name: 'Tabla de contenido' }))
    if (article.faqs.length > 0) expect(toc.getByRole('link', { name: 'Preguntas frecuentes' })).toBeInTheDocument()
    if (article.conclusion.length > 0) expect(toc.getByRole('link', { name: 'Conclusión' })).toBeInTheDocument()
  })

  it('dates its byline the Spanish way and links to Spanish pages', () => {
    render(<ArticleView article={{ ...article, publishedAt: '2024-01-15T09:00:00Z' }} settings={spanish} />)
    expect(screen.getByText('15 de enero de 2024')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Nuestra política editorial' })).toHaveAttribute(
      'href',
      '/es/editorial-policy',
    )
    expect(screen.getByRole('link', { name: new RegExp(article.author.name) })).toHaveAttribute(
      'href',
      `/es/authors/${article.author.slug}`,
    )
    const internal = [...document.querySelectorAll('a[href^="/"]')].map((link) => link.getAttribute('href'))
    expect(internal.filter((href) => !href?.startsWith('/es/'))).toEqual([])
  })

  it('lists its sources under a Spanish heading, with Spanish names for the links back to the text', () => {
    const source = {
      _key: 'a',
      _type: 'source',
      title: 'Estudio A',
      number: 1,
      id: 'source-1',
      citedBy: ['cite-1', 'cite-2'],
    } as CitedSource
    render(<Sources sources={[source]} language="es" />)
    expect(screen.getByRole('heading', { name: 'Fuentes' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Volver a la cita 2 de la fuente 1 en el texto' })).toHaveAttribute(
      'href',
      '#cite-2',
    )
  })

  it('sits under Spanish breadcrumbs leading to Spanish pages', () => {
    render(
      <Breadcrumbs trail={breadcrumbsFor('es').article({ title: 'Un título', slug: 'un-titulo' })} language="es" />,
    )
    const nav = screen.getByRole('navigation', { name: 'Ruta de navegación' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Inicio', '/es'],
      ['Blog', '/es/blog'],
      ['Un título', '/es/blog/un-titulo'],
    ])
  })
})

describe('the Spanish site chrome', () => {
  it('has a Spanish skip link, navigation and footer, all leading to Spanish pages', () => {
    render(
      <SiteChrome settings={spanish}>
        <p>Contenido</p>
      </SiteChrome>,
    )
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toHaveAttribute('href', '#main-content')
    const nav = within(screen.getByRole('navigation', { name: 'Principal' }))
    expect(nav.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Artículos', '/es/blog'],
      ['Temas', '/es/topics'],
      ['Preguntas frecuentes', '/es/faq'],
      ['Buscar', '/es/search'],
      ['Pedir una consulta', 'https://booking.example.org/'],
    ])
    expect(screen.getByRole('link', { name: 'Clínica de prueba' })).toHaveAttribute('href', '/es')
    const footer = within(screen.getByRole('navigation', { name: 'Pie de página' }))
    expect(footer.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/es/blog',
      '/es/topics',
      '/es/faq',
      '/es/authors',
      '/es/editorial-policy',
      '/es/search',
    ])
  })
})
