/** A Content-Security-Policy header as directive name -> sources; a missing header is an empty map. */
export function parseContentSecurityPolicy(header: string | null | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}
