// The interface text of the site, in every language it is written in: one catalogue, so a string
// added in English without its Spanish (or the other way round) fails to compile. Content (articles,
// settings) brings its own language; this is only the text around it.

import { LANGUAGE_LOCALES, type Language } from './languages'

// `Intl` wants BCP 47 tags (en-US); LANGUAGE_LOCALES holds og:locale's form (en_US).
const intlLocale = (language: Language) => LANGUAGE_LOCALES[language].replace('_', '-')

/** "5" as the language writes numbers ("1,200" in English, "1200" in Spanish). */
function number(language: Language, value: number): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value)
}

/** "A, B, and C" / "A, B y C": names joined the way a sentence in the language lists them. */
export function listPhrase(language: Language, names: string[]): string {
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(names)
}

const en = {
  skipLink: 'Skip to content',
  header: {
    navLabel: 'Main',
    articles: 'Articles',
    topics: 'Topics',
    faq: 'FAQ',
    search: 'Search',
    book: 'Book a consultation',
  },
  languageSwitcher: {
    /** The landmark's name, in the page's language. */
    label: 'Language',
    /** The link to this page in this language, said in this language. */
    readTranslation: 'Read in English',
    /** The link to this language's home when the page has no translation, said in this language. */
    untranslated: 'English: this page has not been translated yet — go to the English home page',
  },
  footer: {
    navLabel: 'Footer',
    call: (phone: string) => `Call ${phone}`,
    email: (address: string) => `Email ${address}`,
    book: 'Book a consultation',
    allArticles: 'All articles',
    topics: 'Topics',
    faq: 'Frequently asked questions',
    people: 'Authors and reviewers',
    editorialPolicy: 'Editorial policy',
    search: 'Search',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
    home: 'Home',
    blog: 'Blog',
    topics: 'Topics',
    authors: 'Authors',
    page: (page: number) => `Page ${page}`,
    faq: 'Frequently asked questions',
    search: 'Search',
    editorialPolicy: 'Editorial policy',
  },
  byline: {
    by: 'By',
    reviewedBy: 'Medically reviewed by',
    reviewedOn: 'on',
    published: 'Published',
    lastUpdated: 'Last updated',
    lastReviewed: 'Last reviewed',
    minutesRead: (minutes: string) => `${minutes} min read`,
    policyLink: 'Our editorial policy',
    policyPurpose: ': how we write, review and correct articles',
  },
  article: {
    inReview: 'This article is being reviewed.',
    keyTakeaways: 'Key takeaways',
    keyTakeaway: 'Key takeaway',
    tocLabel: 'Table of contents',
    onThisPage: 'On this page',
    tocSummary: 'Table of contents',
    faqTitle: 'Frequently asked questions',
    conclusion: 'Conclusion',
    sources: 'Sources',
    backToCitation: (citation: number, source: number) =>
      `Back to citation ${citation} of source ${source} in the text`,
    backToSource: (source: number) => `Back to where source ${source} is cited in the text`,
    related: 'Related articles',
    backToTop: 'Back to top',
    disclaimerLabel: 'Medical disclaimer',
  },
  crisis: {
    title: 'Need help now?',
    call: (phone: string) => `Call ${phone}`,
    text: (sms: string) => `Text ${sms}`,
    website: (name: string) => `Visit the ${name} website`,
  },
  booking: {
    title: (clinicName: string) => `Talk to ${clinicName}`,
    text: 'If something you read here sounds like you, the clinic can talk it through with you.',
    book: 'Book a consultation',
    call: (phone: string) => `Call ${phone}`,
  },
  home: {
    title: (clinicName: string) => `${clinicName} blog`,
    lead: 'The newest articles from the clinic, and every topic they cover.',
    latest: 'Latest articles',
    allArticles: 'See all articles',
    topics: 'Topics',
    allTopics: 'See all topics',
    noArticles: 'No articles have been published yet.',
  },
  blogIndex: {
    title: (page: number) => (page > 1 ? `All articles, page ${page}` : 'All articles'),
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}. `,
    count: (total: number) => `${total === 1 ? 'One article' : `${total} articles`}, newest first.`,
    noArticles: 'No articles have been published yet.',
    listName: 'Articles',
  },
  pagination: {
    label: (list: string) => `${list}: pages`,
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page',
  },
  topics: {
    title: 'Topics',
    none: 'No topics have been set up yet.',
    articleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
    articles: 'Articles',
    noArticles: 'No articles on this topic have been published yet.',
    partOf: 'Part of',
    subtopics: 'Sub-topics',
    faqs: 'Questions and answers',
    keyTakeaways: 'Key takeaways',
    readSection: 'Read this section',
    ofArticle: (title: string) => ` of ${title}`,
  },
  people: {
    title: 'Authors and reviewers',
    intro: 'The people who write and medically review the articles on this site.',
    none: 'No articles have been published yet.',
    written: (name: string) => `Articles by ${name}`,
    reviewed: (name: string) => `Articles medically reviewed by ${name}`,
    noArticles: (name: string) => `${name} has no published articles yet.`,
    elsewhere: (name: string) => `${name} elsewhere`,
  },
  faq: {
    title: 'Frequently asked questions',
    intro: 'Answers to the questions our articles cover, grouped by topic. Select a question to show its answer.',
    none: 'No questions have been answered yet.',
    otherQuestions: 'Other questions',
    moreOn: (topic: string) => `More on ${topic}`,
    from: 'From',
  },
  search: {
    title: 'Search',
    label: 'Search the articles',
    button: 'Search',
    summary: (total: number, shown: number, text: string) => {
      const count = total === 1 ? '1 article matches' : `${total} articles match`
      return shown < total ? `${count} “${text}”. Showing the ${shown} best matches.` : `${count} “${text}”.`
    },
    noResults: (text: string) => `No articles match “${text}”. Try fewer or different words, or browse the`,
    noResultsLink: 'topics',
    truncated: (max: number) => `Only the first ${max} characters of your search were used.`,
    nothingToSearch: 'Type a word or two to search for; punctuation on its own finds nothing.',
    hint: 'Search the titles, text, key takeaways and questions of every article.',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find a page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the home page',
    blog: 'Browse all articles',
  },
  error: {
    title: 'Something went wrong',
    text: 'This page could not be shown just now. Please try again in a moment.',
    retry: 'Try again',
    or: 'or',
    home: 'go to the home page',
  },
  unavailable: {
    title: 'Content temporarily unavailable',
    text: 'The content of this page cannot be loaded right now. This is usually brief: please try again in a few minutes.',
    siteText: 'This site cannot load its content right now. This is usually brief: please try again in a few minutes.',
    reloadLater: 'Reload the page later, or',
  },
  preview: {
    label: 'Preview of drafts',
    text: 'Preview of drafts: this page shows unpublished changes.',
    exit: 'Exit preview',
  },
  editorialPolicy: {
    title: 'Editorial policy',
    intro: (clinicName: string) => `How ${clinicName} writes, reviews and corrects the articles on this site.`,
    sample: 'Sample text: the clinic has not written this part of its policy yet (Site settings › Editorial policy).',
    writing: 'How we write articles',
    reviewing: 'How articles are medically reviewed',
    corrections: 'How we correct mistakes',
  },
  llms: {
    summary: (clinicName: string) =>
      `Health articles for patients from ${clinicName}; each article names its author and its sources.`,
    clinic: 'Clinic',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    noArticles: 'No articles have been published yet.',
  },
  portableText: {
    video: 'Video',
    audio: 'Audio',
    iframe: 'Embedded page',
    link: 'Link',
    table: 'Table',
  },
  seo: {
    homeEmpty: (clinicName: string) => `Articles from ${clinicName}.`,
    home: (clinicName: string, topics: string) => `Articles from ${clinicName} on ${topics}.`,
    blogIndex: (clinicName: string, total: number, page: number, pages: number) =>
      `${total === 1 ? 'The one article' : `All ${total} articles`} from ${clinicName}, newest first${
        pages > 1 ? ` (page ${page} of ${pages})` : ''
      }.`,
    topics: (clinicName: string, topics: string | null) =>
      `The topics ${clinicName} writes about${topics ? `: ${topics}` : ''}.`,
    topic: (clinicName: string, topic: string) => `Articles about ${topic} from ${clinicName}.`,
    topicFaqs: (topic: string) => `Questions and answers about ${topic}`,
    people: (clinicName: string) => `The people who write and medically review the articles of ${clinicName}.`,
    profile: (clinicName: string, name: string) =>
      `Articles written and medically reviewed by ${name} for ${clinicName}.`,
    faq: (clinicName: string, count: number) =>
      `Answers from ${clinicName} to ${count === 1 ? 'one question' : `${count} questions`} patients ask, grouped by topic.`,
    search: (clinicName: string) => `Search the articles, key takeaways and questions of ${clinicName}.`,
    editorialPolicy: (clinicName: string) =>
      `How ${clinicName} writes its articles, has them medically reviewed, keeps reviews current and corrects mistakes.`,
  },
}

/** The shape every language's catalogue has: English's, with its strings and functions widened. */
export type Messages = typeof en

const es: Messages = {
  skipLink: 'Saltar al contenido',
  header: {
    navLabel: 'Principal',
    articles: 'Artículos',
    topics: 'Temas',
    faq: 'Preguntas frecuentes',
    search: 'Buscar',
    book: 'Pedir una consulta',
  },
  languageSwitcher: {
    label: 'Idioma',
    readTranslation: 'Leer en español',
    untranslated: 'Español: esta página aún no está traducida — ir a la portada en español',
  },
  footer: {
    navLabel: 'Pie de página',
    call: (phone) => `Llamar al ${phone}`,
    email: (address) => `Escribir a ${address}`,
    book: 'Pedir una consulta',
    allArticles: 'Todos los artículos',
    topics: 'Temas',
    faq: 'Preguntas frecuentes',
    people: 'Autores y revisores',
    editorialPolicy: 'Política editorial',
    search: 'Buscar',
  },
  breadcrumbs: {
    label: 'Ruta de navegación',
    home: 'Inicio',
    blog: 'Blog',
    topics: 'Temas',
    authors: 'Autores',
    page: (page) => `Página ${page}`,
    faq: 'Preguntas frecuentes',
    search: 'Buscar',
    editorialPolicy: 'Política editorial',
  },
  byline: {
    by: 'Por',
    reviewedBy: 'Revisado médicamente por',
    reviewedOn: 'el',
    published: 'Publicado el',
    lastUpdated: 'Última actualización:',
    lastReviewed: 'Última revisión:',
    minutesRead: (minutes) => `${minutes} min de lectura`,
    policyLink: 'Nuestra política editorial',
    policyPurpose: ': cómo escribimos, revisamos y corregimos los artículos',
  },
  article: {
    inReview: 'Este artículo se está revisando.',
    keyTakeaways: 'Puntos clave',
    keyTakeaway: 'Punto clave',
    tocLabel: 'Tabla de contenido',
    onThisPage: 'En esta página',
    tocSummary: 'Tabla de contenido',
    faqTitle: 'Preguntas frecuentes',
    conclusion: 'Conclusión',
    sources: 'Fuentes',
    backToCitation: (citation, source) => `Volver a la cita ${citation} de la fuente ${source} en el texto`,
    backToSource: (source) => `Volver al lugar del texto donde se cita la fuente ${source}`,
    related: 'Artículos relacionados',
    backToTop: 'Volver arriba',
    disclaimerLabel: 'Aviso médico',
  },
  crisis: {
    title: '¿Necesita ayuda ahora?',
    call: (phone) => `Llamar al ${phone}`,
    text: (sms) => `Enviar un mensaje de texto al ${sms}`,
    website: (name) => `Visitar el sitio web de ${name}`,
  },
  booking: {
    title: (clinicName) => `Hable con ${clinicName}`,
    text: 'Si algo de lo que leyó aquí se parece a lo que usted vive, la clínica puede hablarlo con usted.',
    book: 'Pedir una consulta',
    call: (phone) => `Llamar al ${phone}`,
  },
  home: {
    title: (clinicName) => `Blog de ${clinicName}`,
    lead: 'Los artículos más recientes de la clínica y todos los temas que tratan.',
    latest: 'Artículos más recientes',
    allArticles: 'Ver todos los artículos',
    topics: 'Temas',
    allTopics: 'Ver todos los temas',
    noArticles: 'Todavía no se ha publicado ningún artículo.',
  },
  blogIndex: {
    title: (page) => (page > 1 ? `Todos los artículos, página ${page}` : 'Todos los artículos'),
    pageOf: (page, pages) => `Página ${page} de ${pages}. `,
    count: (total) => `${total === 1 ? 'Un artículo' : `${total} artículos`}, del más reciente al más antiguo.`,
    noArticles: 'Todavía no se ha publicado ningún artículo.',
    listName: 'Artículos',
  },
  pagination: {
    label: (list) => `${list}: páginas`,
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: 'Página',
  },
  topics: {
    title: 'Temas',
    none: 'Todavía no se ha creado ningún tema.',
    articleCount: (count) => (count === 1 ? '1 artículo' : `${count} artículos`),
    articles: 'Artículos',
    noArticles: 'Todavía no se ha publicado ningún artículo sobre este tema.',
    partOf: 'Forma parte de',
    subtopics: 'Subtemas',
    faqs: 'Preguntas y respuestas',
    keyTakeaways: 'Puntos clave',
    readSection: 'Leer esta sección',
    ofArticle: (title) => ` de ${title}`,
  },
  people: {
    title: 'Autores y revisores',
    intro: 'Las personas que escriben los artículos de este sitio y hacen su revisión médica.',
    none: 'Todavía no se ha publicado ningún artículo.',
    written: (name) => `Artículos de ${name}`,
    reviewed: (name) => `Artículos con revisión médica de ${name}`,
    noArticles: (name) => `${name} todavía no tiene artículos publicados.`,
    elsewhere: (name) => `${name} en otros sitios`,
  },
  faq: {
    title: 'Preguntas frecuentes',
    intro:
      'Respuestas a las preguntas que tratan nuestros artículos, agrupadas por tema. Seleccione una pregunta para ver su respuesta.',
    none: 'Todavía no se ha respondido ninguna pregunta.',
    otherQuestions: 'Otras preguntas',
    moreOn: (topic) => `Más sobre ${topic}`,
    from: 'De',
  },
  search: {
    title: 'Buscar',
    label: 'Buscar en los artículos',
    button: 'Buscar',
    summary: (total, shown, text) => {
      const count = total === 1 ? '1 artículo coincide' : `${total} artículos coinciden`
      return shown < total
        ? `${count} con «${text}». Se muestran los ${shown} que mejor coinciden.`
        : `${count} con «${text}».`
    },
    noResults: (text) =>
      `Ningún artículo coincide con «${text}». Pruebe con menos palabras o con otras, o consulte los`,
    noResultsLink: 'temas',
    truncated: (max) => `Solo se usaron los primeros ${max} caracteres de su búsqueda.`,
    nothingToSearch: 'Escriba una o dos palabras para buscar; los signos de puntuación solos no encuentran nada.',
    hint: 'Busque en los títulos, el texto, los puntos clave y las preguntas de todos los artículos.',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'No encontramos ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
    home: 'Ir a la portada',
    blog: 'Ver todos los artículos',
  },
  error: {
    title: 'Algo salió mal',
    text: 'No se pudo mostrar esta página en este momento. Vuelva a intentarlo dentro de un momento.',
    retry: 'Volver a intentarlo',
    or: 'o',
    home: 'ir a la portada',
  },
  unavailable: {
    title: 'Contenido no disponible por el momento',
    text: 'No se puede cargar el contenido de esta página en este momento. Suele ser breve: vuelva a intentarlo en unos minutos.',
    siteText:
      'Este sitio no puede cargar su contenido en este momento. Suele ser breve: vuelva a intentarlo en unos minutos.',
    reloadLater: 'Vuelva a cargar la página más tarde, o',
  },
  preview: {
    label: 'Vista previa de borradores',
    text: 'Vista previa de borradores: esta página muestra cambios sin publicar.',
    exit: 'Salir de la vista previa',
  },
  editorialPolicy: {
    title: 'Política editorial',
    intro: (clinicName) => `Cómo ${clinicName} escribe, revisa y corrige los artículos de este sitio.`,
    sample:
      'Texto de muestra: la clínica todavía no ha escrito esta parte de su política (Site settings › Editorial policy).',
    writing: 'Cómo escribimos los artículos',
    reviewing: 'Cómo se hace la revisión médica de los artículos',
    corrections: 'Cómo corregimos los errores',
  },
  llms: {
    summary: (clinicName) =>
      `Artículos de salud para pacientes de ${clinicName}; cada artículo indica su autor y sus fuentes.`,
    clinic: 'Clínica',
    address: 'Dirección',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    noArticles: 'Todavía no se ha publicado ningún artículo.',
  },
  portableText: {
    video: 'Vídeo',
    audio: 'Audio',
    iframe: 'Página insertada',
    link: 'Enlace',
    table: 'Tabla',
  },
  seo: {
    homeEmpty: (clinicName) => `Artículos de ${clinicName}.`,
    home: (clinicName, topics) => `Artículos de ${clinicName} sobre ${topics}.`,
    blogIndex: (clinicName, total, page, pages) =>
      `${total === 1 ? 'El único artículo' : `Los ${total} artículos`} de ${clinicName}, del más reciente al más antiguo${
        pages > 1 ? ` (página ${page} de ${pages})` : ''
      }.`,
    topics: (clinicName, topics) => `Los temas sobre los que escribe ${clinicName}${topics ? `: ${topics}` : ''}.`,
    topic: (clinicName, topic) => `Artículos sobre ${topic} de ${clinicName}.`,
    topicFaqs: (topic) => `Preguntas y respuestas sobre ${topic}`,
    people: (clinicName) => `Las personas que escriben los artículos de ${clinicName} y hacen su revisión médica.`,
    profile: (clinicName, name) => `Artículos escritos o revisados médicamente por ${name} para ${clinicName}.`,
    faq: (clinicName, count) =>
      `Respuestas de ${clinicName} a ${count === 1 ? 'una pregunta' : `${count} preguntas`} que hacen los pacientes, agrupadas por tema.`,
    search: (clinicName) => `Busque en los artículos, los puntos clave y las preguntas de ${clinicName}.`,
    editorialPolicy: (clinicName) =>
      `Cómo ${clinicName} escribe sus artículos, hace su revisión médica, mantiene las revisiones al día y corrige los errores.`,
  },
}

const CATALOGUES: Record<Language, Messages> = { en, es }

/** The interface text of one language. */
export function messages(language: Language): Messages {
  return CATALOGUES[language]
}

/** Reading time as the language says it: "5 min read", "5 min de lectura". */
export function readingTimeText(language: Language, minutes: number): string {
  return messages(language).byline.minutesRead(number(language, minutes))
}
