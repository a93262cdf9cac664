// Checks a page's JSON-LD against what Google's documentation recommends for the types the
// site publishes (Article, BreadcrumbList, Organization, FAQPage, ProfilePage, ItemList) and
// against the site's own rule: one @graph whose @id references all resolve.

type Node = Record<string, unknown>

const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle']
const ORGANIZATION_TYPES = ['Organization', 'MedicalClinic', 'MedicalOrganization', 'LocalBusiness']
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])
const isAbsoluteUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value)
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0
const typesOf = (node: Node) => asList(node['@type']).filter((type): type is string => typeof type === 'string')
const isA = (node: Node, types: string[]) => typesOf(node).some((type) => types.includes(type))

/** Every object in a JSON value, at any depth. */
function objectsIn(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn)
  if (!isObject(value)) return []
  return [value, ...Object.values(value).flatMap(objectsIn)]
}

export type StructuredDataReport = { problems: string[]; types: string[]; nodes: Node[] }

/** Checks one parsed JSON-LD document; `problems` is empty when it is complete and consistent. */
export function checkStructuredData(document: unknown): StructuredDataReport {
  const problems: string[] = []
  if (!isObject(document) || document['@context'] !== 'https://schema.org' || !Array.isArray(document['@graph'])) {
    return { problems: ['not a {"@context": "https://schema.org", "@graph": [...]} document'], types: [], nodes: [] }
  }
  const nodes = document['@graph'].filter(isObject)
  const byId = new Map<string, Node>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id !== 'string') continue
    if (byId.has(id)) problems.push(`@id ${id} is used by two nodes`)
    byId.set(id, node)
  }
  // Embedded objects may carry an @id of their own (the logo, the primary image).
  for (const object of objectsIn(nodes)) {
    if (typeof object['@id'] === 'string' && Object.keys(object).length > 1 && !byId.has(object['@id']))
      byId.set(object['@id'], object)
  }
  for (const object of objectsIn(nodes)) {
    const id = object['@id']
    if (typeof id === 'string' && Object.keys(object).length === 1 && !byId.has(id))
      problems.push(`reference to ${id} resolves to no node`)
  }
  const resolve = (value: unknown): Node | undefined => {
    if (!isObject(value)) return undefined
    return Object.keys(value).length === 1 && typeof value['@id'] === 'string' ? byId.get(value['@id']) : value
  }

  for (const node of nodes) {
    const name = `${typesOf(node).join('/')} ${String(node['@id'] ?? '')}`.trim()
    if (isA(node, ARTICLE_TYPES)) {
      if (!text(node.headline)) problems.push(`${name}: no headline`)
      const images = asList(node.image).map((image) => (typeof image === 'string' ? image : resolve(image)?.url))
      if (images.length === 0 || !images.every(isAbsoluteUrl))
        problems.push(`${name}: image missing or not an absolute URL`)
      for (const field of ['datePublished', 'dateModified']) {
        if (typeof node[field] !== 'string' || !ISO_DATE_TIME.test(node[field] as string))
          problems.push(`${name}: ${field} is not an ISO 8601 date`)
      }
      const authors = asList(node.author).map(resolve)
      if (authors.length === 0) problems.push(`${name}: no author`)
      for (const author of authors) {
        if (!author || !text(author.name) || !isAbsoluteUrl(author.url))
          problems.push(`${name}: an author has no name or url`)
      }
      if (!resolve(node.publisher)) problems.push(`${name}: publisher does not resolve`)
    }
    if (isA(node, ['BreadcrumbList'])) {
      const items = asList(node.itemListElement).filter(isObject)
      if (items.length === 0) problems.push(`${name}: no itemListElement`)
      items.forEach((item, index) => {
        if (item.position !== index + 1)
          problems.push(`${name}: item ${index + 1} has position ${String(item.position)}`)
        if (!text(item.name)) problems.push(`${name}: item ${index + 1} has no name`)
        if (!isAbsoluteUrl(item.item)) problems.push(`${name}: item ${index + 1} has no absolute item URL`)
      })
    }
    if (isA(node, ORGANIZATION_TYPES)) {
      if (!text(node.name)) problems.push(`${name}: no name`)
      if (!isAbsoluteUrl(node.url)) problems.push(`${name}: url is not absolute`)
      if (node.logo !== undefined && !isAbsoluteUrl(resolve(node.logo)?.url))
        problems.push(`${name}: logo has no absolute url`)
    }
    if (isA(node, ['FAQPage'])) {
      const questions = asList(node.mainEntity).filter(isObject)
      if (questions.length === 0) problems.push(`${name}: no questions`)
      for (const question of questions) {
        const answer = isObject(question.acceptedAnswer) ? question.acceptedAnswer : undefined
        if (!isA(question, ['Question']) || !text(question.name) || !text(answer?.text))
          problems.push(`${name}: a question lacks its text or answer`)
      }
    }
    if (isA(node, ['ProfilePage'])) {
      const person = resolve(node.mainEntity)
      if (!person || !isA(person, ['Person', 'Organization']) || !text(person.name))
        problems.push(`${name}: mainEntity is not a named Person`)
    }
    if (isA(node, ['ItemList'])) {
      asList(node.itemListElement)
        .filter(isObject)
        .forEach((item, index) => {
          if (item.position === undefined || !isAbsoluteUrl(item.url))
            problems.push(`${name}: item ${index + 1} lacks position or absolute url`)
        })
    }
    if (isA(node, ['WebPage', 'MedicalWebPage', 'CollectionPage', 'ProfilePage', 'SearchResultsPage'])) {
      if (!isAbsoluteUrl(node.url) || !text(node.name)) problems.push(`${name}: no absolute url or no name`)
    }
  }
  return { problems, types: nodes.flatMap(typesOf), nodes }
}
