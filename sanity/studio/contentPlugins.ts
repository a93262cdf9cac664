// The plugins that bring schema types rich text uses: tables (@sanity/table) and code blocks (@sanity/code-input).
import { codeInput } from '@sanity/code-input'
import { table } from '@sanity/table'
import type { PluginOptions, SchemaTypeDefinition } from 'sanity'

/** Registered by sanity.config.ts; blockContent's `dataTable` and `code` members need them. */
export const contentPlugins: PluginOptions[] = [table(), codeInput()]

/**
 * The schema types those plugins add, for code that builds a schema without the Studio (the
 * validation tests): the same definitions, so the rules tested are the ones editors get.
 */
export function contentPluginSchemaTypes(): SchemaTypeDefinition[] {
  return contentPlugins.flatMap((plugin) => {
    const types = plugin.schema?.types
    return Array.isArray(types) ? (types as SchemaTypeDefinition[]) : []
  })
}
