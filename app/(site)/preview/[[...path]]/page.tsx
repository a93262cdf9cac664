import { previewRoute } from '@/routes/previewRoute'

// Never cached: an editor must see the draft they just saved.
export const dynamic = 'force-dynamic'

export const generateMetadata = previewRoute.generateMetadata
export default previewRoute.Page
