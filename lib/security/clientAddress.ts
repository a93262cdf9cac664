/** The key a per-client limit counts under when nothing names the client. */
export const UNKNOWN_CLIENT = 'unknown'
const MAX_ADDRESS_LENGTH = 64

/**
 * The client's address as the first hop recorded it: the first value of X-Forwarded-For. Next's
 * server sets that header from the socket when a request arrives without one, so behind no proxy
 * it is the connection's own address. The value is cut short: it is a map key, not trusted data.
 */
export function clientAddress(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return first ? first.slice(0, MAX_ADDRESS_LENGTH) : UNKNOWN_CLIENT
}
