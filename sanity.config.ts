'use client'

import { documentInternationalization } from '@sanity/document-internationalization'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { LANGUAGES, LANGUAGE_NAMES, TRANSLATED_TYPES } from './lib/i18n/languages'
import { apiVersion, dataset, projectId } from './sanity/env'
import { withClaimsCheck } from './sanity/studio/claimsPublishAction'
import { ConfirmReviewAction } from './sanity/studio/confirmReviewAction'
import { contentPlugins } from './sanity/studio/contentPlugins'
import { resolve } from './sanity/studio/presentation'
import { schemaTypes } from './sanity/schemaTypes'
import { SINGLETON_TYPES, structure } from './sanity/studio/structure'
import { resolveNewDocumentOptions, resolveTemplates } from './sanity/studio/templates'
import { withTranslationExclusions } from './sanity/studio/translationCopy'

// The Studio mounted at /studio. 'use client' lets the App Router page hand this config to NextStudio.
export default defineConfig({
  name: 'clinic-blog',
  title: 'Clinic Blog',
  basePath: '/studio',
  projectId: projectId ?? 'not-configured',
  dataset,
  schema: {
    // A translation is a copy of the original without its slug and medical review (translationCopy.ts).
    types: withTranslationExclusions(schemaTypes),
    // One "new document" template per language; site settings get one per language for their fixed ids.
    templates: resolveTemplates,
  },
  document: {
    // "Create new" offers each translated type per language, and never site settings (one per language).
    newDocumentOptions: resolveNewDocumentOptions,
    actions: (actions, { schemaType }) => {
      if (SINGLETON_TYPES.has(schemaType))
        return actions.filter(({ action }) => action !== 'duplicate' && action !== 'delete' && action !== 'unpublish')
      // Articles publish only through the claims check; their reviewer re-confirms a changed text.
      if (schemaType === 'article')
        return [
          ...actions.map((action) => (action.action === 'publish' ? withClaimsCheck(action) : action)),
          ConfirmReviewAction,
        ]
      return actions
    },
  },
  plugins: [
    structureTool({ structure }),
    // Previews the site beside the editor: the Studio and the site share an origin, so the
    // preview URL is this site; draft mode is switched on through /api/draft-mode/enable.
    presentationTool({
      resolve,
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
    }),
    visionTool({ defaultApiVersion: apiVersion }),
    // Sanity's own translation model: each translation is a document with its own slug, SEO and
    // medical review, linked to the others by a translation.metadata document. The Translations
    // menu creates one as a copy of the original (its structure kept, its text to translate).
    // Site settings are not linked this way: there is one per language, at fixed ids (structure.ts).
    documentInternationalization({
      supportedLanguages: LANGUAGES.map((id) => ({ id, title: LANGUAGE_NAMES[id] })),
      schemaTypes: [...TRANSLATED_TYPES],
    }),
    // Tables and code blocks in rich text.
    ...contentPlugins,
  ],
})
