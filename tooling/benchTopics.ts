/**
 * Subjects a clinic blog covers, and who an article is for. Topics are subject x audience, so
 * a large generated blog gets as many distinct, plausible topics as it needs.
 */
export const SUBJECTS: { title: string; mentalHealth: boolean }[] = [
  { title: 'Anxiety', mentalHealth: true },
  { title: 'Depression', mentalHealth: true },
  { title: 'PTSD', mentalHealth: true },
  { title: 'OCD', mentalHealth: true },
  { title: 'Bipolar Disorder', mentalHealth: true },
  { title: 'Treatment-Resistant Depression', mentalHealth: true },
  { title: 'Suicidal Thoughts', mentalHealth: true },
  { title: 'Grief', mentalHealth: true },
  { title: 'Burnout', mentalHealth: true },
  { title: 'Insomnia', mentalHealth: false },
  { title: 'Chronic Pain', mentalHealth: false },
  { title: 'Migraine', mentalHealth: false },
  { title: 'Fibromyalgia', mentalHealth: false },
  { title: 'CRPS', mentalHealth: false },
  { title: 'Neuropathic Pain', mentalHealth: false },
  { title: 'IV Infusions', mentalHealth: false },
  { title: 'Esketamine', mentalHealth: false },
  { title: 'TMS Therapy', mentalHealth: false },
  { title: 'Medication Management', mentalHealth: false },
  { title: 'Integration Therapy', mentalHealth: false },
  { title: 'Nutrition and Mood', mentalHealth: false },
  { title: 'Sleep Hygiene', mentalHealth: false },
  { title: 'Exercise and Mental Health', mentalHealth: true },
  { title: 'Substance Use', mentalHealth: true },
]

export const AUDIENCES = [
  '',
  'in Teens',
  'in Older Adults',
  'in Veterans',
  'in New Parents',
  'in the Workplace',
  'in Men',
  'in Women',
]

export const TITLE_PATTERNS = [
  (topic: string) => `What to Know About ${topic}`,
  (topic: string) => `${topic}: Questions Patients Ask Us`,
  (topic: string) => `How ${topic} Is Treated Today`,
  (topic: string) => `Early Signs of ${topic} and When to Get Help`,
  (topic: string) => `Living With ${topic}: A Practical Guide`,
  (topic: string) => `${topic} Myths, and What the Research Says`,
  (topic: string) => `Talking to Your Family About ${topic}`,
  (topic: string) => `Your First Visit for ${topic}: What Happens`,
]

export const FIRST_NAMES = [
  'Maya',
  'Daniel',
  'Priya',
  'Samuel',
  'Elena',
  'Marcus',
  'Aisha',
  'Tomás',
  'Grace',
  'Victor',
  'Lena',
  'Omar',
]
export const LAST_NAMES = [
  'Alvarez',
  'Chen',
  'Okafor',
  'Lindqvist',
  'Patel',
  'Romero',
  'Nakamura',
  'Brennan',
  'Haddad',
  'Kowalski',
]
export const CREDENTIALS = ['MD', 'DO', 'PMHNP-BC', 'MD, PhD', 'CRNA', 'PharmD', 'LCSW', 'PsyD']
