/**
 * An input problem tied to one file (and, when known, one line or item), so a run over many
 * files can report it and carry on with the others.
 */
export class ImportError extends Error {
  readonly file: string
  readonly where: string | undefined
  readonly problem: string

  constructor(file: string, where: string | undefined, problem: string) {
    super(where ? `${file} (${where}): ${problem}` : `${file}: ${problem}`)
    this.name = 'ImportError'
    this.file = file
    this.where = where
    this.problem = problem
  }
}

/** A file-less problem found while parsing; the caller knows the file and attaches it. */
export class StructureError extends Error {
  readonly where: string | undefined

  constructor(where: string | undefined, problem: string) {
    super(problem)
    this.name = 'StructureError'
    this.where = where
  }
}

export function toImportError(file: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error
  if (error instanceof StructureError) return new ImportError(file, error.where, error.message)
  return new ImportError(file, undefined, error instanceof Error ? error.message : String(error))
}
