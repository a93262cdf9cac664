import { BookingCallToAction } from '@/components/home/BookingCallToAction'
import { RichText } from '@/components/portableText/RichText'
import { buildOutline, PAGE_ANCHORS } from '@/lib/content/articleOutline'
import { countWords, readingMinutes } from '@/lib/content/readingTime'
import { pickRelated } from '@/lib/content/relatedArticles'
import { articlePlainText } from '@/lib/content/articlePlainText'
import { numberCitations } from '@/lib/content/citations'
import { messages } from '@/lib/i18n/messages'
import { reviewStatus } from '@/lib/content/reviewStatus'
import { plainText } from '@/lib/content/portableTextPlainText'
import type { Article } from '@/lib/sanity/queries/article'
import type { SiteSettings } from '@/lib/sanity/queries/settings'
import styles from './Article.module.css'
import { ArticleImage } from './ArticleImage'
import { ArticleSection } from './ArticleSection'
import { Byline } from './Byline'
import { CitationMark } from './CitationMark'
import { CrisisResources } from './CrisisResources'
import { FaqList } from './FaqList'
import { KeyTakeaways } from './KeyTakeaways'
import { MedicalDisclaimer } from './MedicalDisclaimer'
import { RelatedArticles } from './RelatedArticles'
import { ReviewNote } from './ReviewNote'
import { Sources } from './Sources'
import { TableOfContents } from './TableOfContents'

type Props = { article: Article; settings: SiteSettings }

const CITATION_MARKS = { citation: CitationMark }

/** A whole article, in the order a reader meets it. */
export function ArticleView({ article: stored, settings }: Props) {
  const { article, sources } = numberCitations(stored)
  // Rendered on each regeneration (the route revalidates daily), so a review that runs out shows.
  const review = reviewStatus(article, new Date())
  const outline = buildOutline(article)
  const minutes = readingMinutes(countWords(articlePlainText(article)))
  const related = pickRelated(article._id, article.manualRelated, article.topicRelated)
  // An excerpt derived from the intro would repeat its first sentences right above them.
  const showExcerpt = Boolean(article.excerpt) && !plainText(article.intro).startsWith(article.excerpt ?? '')
  const language = settings.language
  const m = messages(language).article
  const faqTitle = article.faqTitle || m.faqTitle
  // The outline names the end matter (FAQs, conclusion) after the sections; the view says it in the page's language.
  const endMatter = new Map<string, string>([
    [PAGE_ANCHORS.faqs, faqTitle],
    [PAGE_ANCHORS.conclusion, m.conclusion],
  ])
  const tocEntries = outline.entries.map((entry, index) =>
    index >= article.sections.length ? { ...entry, text: endMatter.get(entry.id) ?? entry.text } : entry,
  )
  const crisis = article.topics.some((topic) => topic.showCrisisResources) ? settings.crisisResources : []

  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <h1 className={styles.title}>{article.title}</h1>
        {showExcerpt ? <p className={styles.excerpt}>{article.excerpt}</p> : null}
        <Byline
          author={article.author}
          reviewer={article.medicalReviewer}
          review={review}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          minutes={minutes}
          language={language}
        />
        <ReviewNote review={review} language={language} />
      </header>
      <CrisisResources resources={crisis} id="crisis-resources-top" variant="compact" language={language} />
      {article.mainImage ? <ArticleImage image={article.mainImage} /> : null}
      <KeyTakeaways sections={article.sections} language={language} />
      {/* A short article without sections is read top to bottom: contents would only list its end matter. */}
      {article.sections.length > 0 ? <TableOfContents entries={tocEntries} language={language} /> : null}
      <RichText value={article.intro} extraMarks={CITATION_MARKS} language={language} />
      {article.sections.map((section) => (
        <ArticleSection
          key={section._key}
          section={section}
          id={outline.sectionIds.get(section._key) ?? section.anchor}
          headingIds={outline.headingIds.get(section._key)}
          extraMarks={CITATION_MARKS}
          language={language}
        />
      ))}
      <FaqList faqs={article.faqs} headingId={PAGE_ANCHORS.faqs} title={faqTitle} language={language} />
      {article.conclusion.length > 0 ? (
        <section className={styles.section} aria-labelledby={PAGE_ANCHORS.conclusion}>
          <h2 id={PAGE_ANCHORS.conclusion} tabIndex={-1}>
            {m.conclusion}
          </h2>
          <RichText value={article.conclusion} extraMarks={CITATION_MARKS} language={language} />
        </section>
      ) : null}
      <BookingCallToAction settings={settings} />
      <Sources sources={sources} language={language} />
      <CrisisResources resources={crisis} id="crisis-resources-end" language={language} />
      <MedicalDisclaimer text={settings.medicalDisclaimer} language={language} />
      <RelatedArticles articles={related} language={language} />
      <p className={styles.backToTop}>
        <a href={`#${PAGE_ANCHORS.top}`}>{m.backToTop}</a>
      </p>
    </article>
  )
}
