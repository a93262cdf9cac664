import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { SocialCard } from '@/components/seo/SocialCard'
import type { Language } from '@/lib/i18n/languages'
import { siteUrl } from '@/lib/navigation/siteUrl'
import { getArticle } from '@/lib/sanity/queries/article'
import { getSettings } from '@/lib/sanity/queries/settings'
import { cardFonts, cardImage } from '@/lib/seo/cardAssets'
import { trimToLength } from '@/lib/seo/description'
import { SOCIAL_CARD_SIZE } from '@/lib/seo/socialCard'
import { newestArticleSlugs } from './pageData'

/**
 * An article's social card in one language: what app/(site)/blog/[slug]/opengraph-image.tsx and
 * its Spanish twin under es/ draw. The cards of the articles built ahead are drawn once and served
 * as files; any other is drawn on its first request and kept, like its page.
 */
export function articleCardRoute(language: Language) {
  return {
    async generateStaticParams() {
      return (await newestArticleSlugs(language)).map((slug) => ({ slug }))
    },

    /** The article's link preview: its title, the clinic's name and the article's own image if it has one. */
    async Image({ params }: { params: Promise<{ slug: string }> }) {
      const { slug } = await params
      const [article, settings, fonts] = await Promise.all([
        getArticle(slug, language),
        getSettings(language),
        cardFonts(),
      ])
      if (!article) notFound()
      const image = await cardImage(article.mainImage)
      return new ImageResponse(
        <SocialCard
          title={trimToLength(article.title, 120)}
          clinicName={settings.clinicName}
          host={new URL(siteUrl).host}
          image={image}
        />,
        { ...SOCIAL_CARD_SIZE, fonts },
      )
    },
  }
}
