// Kept for the callers that import it from here; the catalogue joins names in each language.
export { listPhrase } from '../../i18n/messages'
