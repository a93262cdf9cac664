// The only remote images the image optimizer may fetch and resize: this project's dataset on
// Sanity's CDN. Allowing all of cdn.sanity.io would let anyone use the site's optimizer (its CPU
// and cache) for any Sanity customer's images. Embedded mode serves its images from /images.

type RemotePattern = { protocol: 'https'; hostname: string; pathname: string }

export function sanityImageRemotePatterns(projectId: string | undefined, dataset: string): RemotePattern[] {
  if (!projectId) return []
  return [{ protocol: 'https', hostname: 'cdn.sanity.io', pathname: `/images/${projectId}/${dataset}/**` }]
}
