// How long a page waits for the Content Lake. A query that is not answered in time fails (and
// the page keeps its cached version, or shows "temporarily unavailable") rather than holding a
// reader, or a build, for minutes. Retries cover a dropped connection or a brief 5xx.
export const CONTENT_LAKE_TIMEOUT_MS = 10_000
export const CONTENT_LAKE_RETRIES = 2
