import { SOCIAL_CARD_SIZE } from '@/lib/seo/socialCard'

type Props = {
  title: string
  clinicName: string
  /** The site's host, e.g. "blog.example-clinic.com", shown at the foot of the card. */
  host: string
  /** The article's own image as a data URL (PNG or JPEG), when an editor set one. */
  image: string | null
}

const ACCENT = '#1b7f79'
const TEXT = '#1d2327'
const MUTED = '#4a555c'
const IMAGE_WIDTH = 430

// Long titles get a smaller size so that they still fit in four lines.
function titleSize(title: string): number {
  if (title.length <= 50) return 68
  if (title.length <= 90) return 56
  return 46
}

/**
 * The link preview of an article, drawn by next/og (satori): flexbox and inline styles only,
 * and every element with more than one child must say display: flex.
 */
export function SocialCard({ title, clinicName, host, image }: Props) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#ffffff', fontFamily: 'DejaVu Sans' }}>
      <div style={{ display: 'flex', width: 18, height: '100%', background: ACCENT }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '56px 56px 48px 56px',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT }}>{clinicName}</div>
        <div style={{ display: 'flex', fontSize: titleSize(title), fontWeight: 700, color: TEXT, lineHeight: 1.15 }}>
          {title}
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: MUTED }}>{host}</div>
      </div>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img src={image} alt="" width={IMAGE_WIDTH} height={SOCIAL_CARD_SIZE.height} style={{ objectFit: 'cover' }} />
      ) : null}
    </div>
  )
}
