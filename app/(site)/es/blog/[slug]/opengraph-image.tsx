import { SOCIAL_CARD_SIZE } from '@/lib/seo/socialCard'
import { articleCardRoute } from '@/routes/articleCard'

export const size = SOCIAL_CARD_SIZE
export const contentType = 'image/png'

const card = articleCardRoute('es')
export const generateStaticParams = card.generateStaticParams
export default card.Image
