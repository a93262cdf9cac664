import { render, screen } from '@testing-library/react'
import ErrorPage from '@/app/(site)/error'
import { ContentUnavailableError } from '@/lib/sanity/contentUnavailable'

// In production an error boundary receives only the error's digest: these are the errors as
// the reader's browser gets them, message and stack stripped.
function asReceived(error: Error & { digest?: string }): Error & { digest?: string } {
  return Object.assign(new Error('An error occurred in the Server Components render.'), { digest: error.digest })
}

describe('the error page', () => {
  it('says the content is temporarily unavailable when the Content Lake failed', () => {
    const failure = new ContentUnavailableError('*[_type == "article"]', {}, ['articles'], new Error('HTTP 500'))
    render(<ErrorPage error={asReceived(failure)} reset={() => undefined} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Content temporarily unavailable')
    expect(document.body).toHaveTextContent(/try again in a few minutes/)
    expect(document.body).not.toHaveTextContent(/Content Lake|_type|HTTP 500/)
  })

  it('shows no detail of any other error', () => {
    render(
      <ErrorPage
        error={asReceived(Object.assign(new Error('secret detail at /app/lib/x.ts:12'), { digest: '12345' }))}
        reset={() => undefined}
      />,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(document.body).not.toHaveTextContent(/secret detail|\.ts:/)
  })
})
