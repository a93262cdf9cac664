import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { SocialCard } from '@/components/seo/SocialCard'
import { getArticle } from '@/lib/sanity/queries/article'
import { getSettings } from '@/lib/sanity/queries/settings'
import { cardFonts, cardImage } from '@/lib/seo/cardAssets'
import { trimToLength } from '@/lib/seo/description'
import { SOCIAL_CARD_SIZE } from '@/lib/seo/socialCard'
import { siteUrl } from '@/lib/navigation/siteUrl'
import { newestArticleSlugs } from '@/routes/pageData'

export const size = SOCIAL_CARD_SIZE
export const contentType = 'image/png'

type Props = { params: Promise<{ slug: string }> }

// The cards of the articles built ahead are drawn once and served as files; any other is drawn on
// its first request and kept, like its page.
export async function generateStaticParams() {
  return (await newestArticleSlugs()).map((slug) => ({ slug }))
}

/** The article's link preview: its title, the clinic's name and the article's own image if it has one. */
export default async function Image({ params }: Props) {
  const { slug } = await params
  const [article, settings, fonts] = await Promise.all([getArticle(slug), getSettings(), cardFonts()])
  if (!article) notFound()
  const image = await cardImage(article.mainImage)
  return new ImageResponse(
    <SocialCard
      title={trimToLength(article.title, 120)}
      clinicName={settings.clinicName}
      host={new URL(siteUrl).host}
      image={image}
    />,
    { ...size, fonts },
  )
}
