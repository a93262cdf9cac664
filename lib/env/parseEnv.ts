import type { z } from 'zod'

type Env = Record<string, string | undefined>

/**
 * Checks environment variables against a zod object schema, returning the values or every
 * problem, each naming its variable.
 */
export function checkEnv<S extends z.ZodObject>(schema: S, env: Env): { data: z.infer<S> } | { problems: string[] } {
  // An empty variable (FOO= in .env) means "not set", as it does for Next itself.
  const present = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name]?.trim() || undefined]))
  const parsed = schema.safeParse(present)
  if (parsed.success) return { data: parsed.data }
  return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) }
}

/**
 * Parses environment variables with a zod object schema. Every problem is reported in one error
 * that names the variable, so a misconfigured deployment says exactly what to fix.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: Env, label: string): z.infer<S> {
  const checked = checkEnv(schema, env)
  if ('data' in checked) return checked.data
  throw new Error(`Invalid ${label} environment: ${checked.problems.join('; ')}`)
}
