import type { z } from 'zod'

/**
 * Parses environment variables with a zod object schema. Every problem is reported in one error
 * that names the variable, so a misconfigured deployment says exactly what to fix.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined>, label: string): z.infer<S> {
  // An empty variable (FOO= in .env) means "not set", as it does for Next itself.
  const present = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name]?.trim() || undefined]))
  const parsed = schema.safeParse(present)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  throw new Error(`Invalid ${label} environment: ${problems.join('; ')}`)
}
