import Link from 'next/link'

/** /studio in embedded mode: how an editor connects the site to a Sanity project. */
export function StudioNotConfigured() {
  return (
    <main style={{ maxWidth: '44rem', margin: '0 auto', padding: '2rem 1rem', fontFamily: 'var(--font-body)' }}>
      <h1>Sanity Studio is not connected yet</h1>
      <p>
        This site is running on its bundled content, so there is no Sanity project for the Studio to edit. To publish
        your own articles:
      </p>
      <ol>
        <li>
          Create a project and a dataset at sanity.io (or run <code>npx sanity init --bare</code>).
        </li>
        <li>
          Set <code>NEXT_PUBLIC_SANITY_PROJECT_ID</code> and <code>NEXT_PUBLIC_SANITY_DATASET</code> in{' '}
          <code>.env.local</code> (and <code>SANITY_API_READ_TOKEN</code> for draft previews).
        </li>
        <li>
          Add this site&apos;s address as a CORS origin of the project (with credentials), so the Studio may sign in.
        </li>
        <li>Restart the site and open /studio again.</li>
      </ol>
      <p>The README&apos;s “Connect a Sanity project” section explains each step.</p>
      <p>
        <Link href="/">Back to the blog</Link>
      </p>
    </main>
  )
}
