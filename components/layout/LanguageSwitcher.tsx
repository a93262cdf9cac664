import { otherLanguages, type Language, type PageTranslation } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsFor } from '@/lib/navigation/paths'
import styles from './Layout.module.css'

type Props = {
  /** The language the page is in. */
  language: Language
  /** The languages the clinic publishes (the settings' `languages`). */
  languages: readonly Language[]
  /** Every language version of this page that exists, this one included. */
  translations: readonly PageTranslation[]
}

/**
 * A link to this page in each other published language, or, when it has not been translated, to
 * that language's home page, saying so. Each link is written in its own language (a reader looking
 * for Spanish reads Spanish) and marked with lang and hreflang (language codes are BCP 47 tags). Plain links: no JavaScript.
 */
export function LanguageSwitcher({ language, languages, translations }: Props) {
  const others = otherLanguages(language).filter((other) => languages.includes(other))
  if (others.length === 0) return null
  return (
    <nav aria-label={messages(language).languageSwitcher.label} className={styles.languages}>
      <ul className={styles.languageList}>
        {others.map((other) => {
          const translation = translations.find((version) => version.language === other)
          const text = messages(other).languageSwitcher
          return (
            <li key={other}>
              {/* A plain <a>: the other language's pages are separate documents, nothing to prefetch. */}
              <a href={translation?.path ?? pathsFor(other).home} hrefLang={other} lang={other}>
                {translation ? text.readTranslation : text.untranslated}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
