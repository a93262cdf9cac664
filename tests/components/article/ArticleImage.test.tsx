import { render, screen } from '@testing-library/react'
import { ArticleImage } from '@/components/article/ArticleImage'

const IMAGE = {
  alt: 'A parent holding a sleeping baby',
  caption: 'Recovery takes time.',
  asset: { _id: 'image-abc-1200x675-png', url: '/images/abc-1200x675.png', width: 1200, height: 675, lqip: null },
}

describe('ArticleImage', () => {
  it('reserves its box with width and height, so nothing shifts when it loads', () => {
    render(<ArticleImage image={IMAGE} />)
    const img = screen.getByRole('img', { name: IMAGE.alt })
    expect(img).toHaveAttribute('width', '1200')
    expect(img).toHaveAttribute('height', '675')
  })

  it('loads eagerly at high priority, with sizes that follow the reading column', () => {
    render(<ArticleImage image={IMAGE} />)
    const img = screen.getByRole('img', { name: IMAGE.alt })
    expect(img).not.toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('fetchpriority', 'high')
    expect(img.getAttribute('sizes')).toMatch(/calc\(100vw - 2rem\), \d+px$/)
  })

  it('shows the caption under the image', () => {
    render(<ArticleImage image={IMAGE} />)
    expect(screen.getByRole('figure')).toHaveTextContent(IMAGE.caption)
  })
})
