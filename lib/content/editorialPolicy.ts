import type { EditorialPolicy } from '../sanity/queries/editorialPolicy'
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { reviewIntervalMonths } from './reviewStatus'

export type PolicySection = {
  id: string
  heading: string
  paragraphs: string[]
  /** The settings hold no text for it: the page shows this default, marked as sample text. */
  sample: boolean
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

const interval: Record<Language, (months: number) => string> = {
  en: (months) => (months === 12 ? 'once a year' : months === 1 ? 'every month' : `every ${months} months`),
  es: (months) => (months === 12 ? 'una vez al año' : months === 1 ? 'cada mes' : `cada ${months} meses`),
}

type Samples = Record<'writing' | 'reviewing' | 'corrections', string>

/** Sensible defaults that describe what this site does; a clinic replaces them with its own words. */
const samples: Record<Language, (clinicName: string, months: number) => Samples> = {
  en: (clinicName, months) => ({
    writing: [
      `Articles on this site are written by the ${clinicName} team to help patients understand conditions and treatments. Each article names its author, and every statement about a treatment's effect is backed by a source listed at the end of the article.`,
      'Before an article is published, a check flags wording that promises results (such as "cure", "guaranteed" or "immediate"), claims of complete safety, superlatives, unsourced references to studies, and testimonials presented as outcomes. A clinician reviews each flagged sentence before the article goes out.',
    ].join('\n\n'),
    reviewing: [
      'Each article is checked by a licensed clinician for medical accuracy. The reviewer is named near the top of the article, with their credentials and the date of the review.',
      `Reviews expire: every article is reviewed again at least ${interval.en(months)}, and sooner for some topics. When a review is due, the article stays available and shows a note that it is being reviewed. "Last updated" on an article means its text changed; "Last reviewed" means a clinician checked it.`,
    ].join('\n\n'),
    corrections: [
      'If you find an error, please contact us. We correct factual errors promptly, update the article\'s "Last updated" date, and have the correction reviewed by a clinician.',
      'Articles are general information and never a substitute for advice from your own doctor.',
    ].join('\n\n'),
  }),
  es: (clinicName, months) => ({
    writing: [
      `El equipo de ${clinicName} escribe los artículos de este sitio para ayudar a los pacientes a entender las enfermedades y sus tratamientos. Cada artículo indica quién lo escribió, y cada afirmación sobre el efecto de un tratamiento se apoya en una fuente que aparece al final del artículo.`,
      'Antes de publicar un artículo, una revisión señala las frases que prometen resultados (como "cura", "garantizado" o "inmediato"), que afirman una seguridad total, los superlativos, las menciones de estudios sin fuente y los testimonios presentados como resultados. Un profesional clínico revisa cada frase señalada antes de que se publique el artículo.',
    ].join('\n\n'),
    reviewing: [
      'Un profesional clínico con licencia comprueba la exactitud médica de cada artículo. El nombre del revisor aparece al principio del artículo, con sus credenciales y la fecha de la revisión.',
      `Las revisiones caducan: cada artículo se vuelve a revisar al menos ${interval.es(months)}, y antes en algunos temas. Cuando toca una revisión, el artículo sigue disponible y muestra una nota que indica que se está revisando. "Última actualización" significa que cambió el texto del artículo; "Última revisión" significa que un profesional clínico lo comprobó.`,
    ].join('\n\n'),
    corrections: [
      'Si encuentra un error, comuníquese con nosotros. Corregimos con prontitud los errores de hecho, actualizamos la fecha de "Última actualización" del artículo y un profesional clínico revisa la corrección.',
      'Los artículos son información general y nunca sustituyen los consejos de su propio médico.',
    ].join('\n\n'),
  }),
}

/**
 * The editorial-policy page's sections: how articles are written, reviewed and corrected. Each
 * comes from the site settings (in the page's language, when the lead's query gives that language's
 * policy); one the settings leave empty shows the default in the page's language, marked as sample.
 */
export function editorialPolicySections(
  policy: EditorialPolicy,
  clinicName: string,
  language: Language = DEFAULT_LANGUAGE,
): PolicySection[] {
  const defaults = samples[language](clinicName, reviewIntervalMonths([], policy.reviewIntervalMonths))
  const m = messages(language).editorialPolicy
  const section = (id: keyof typeof defaults, heading: string): PolicySection => {
    const own = policy[id]
    return { id, heading, paragraphs: paragraphsOf(own ?? defaults[id]), sample: !own }
  }
  return [section('writing', m.writing), section('reviewing', m.reviewing), section('corrections', m.corrections)]
}
