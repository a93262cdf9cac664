import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generateBenchDataset } from './benchDataset'

type Doc = Record<string, unknown> & { _id: string; _type: string }

export const DEFAULT_SEED = 1

/** Where the embedded source looks: EMBEDDED_DATASET_FILE=<this name> selects the file. */
export function benchDatasetName(articles: number, seed = DEFAULT_SEED): string {
  return seed === DEFAULT_SEED ? `bench-${articles}.ndjson` : `bench-${articles}-seed${seed}.ndjson`
}

export function readBundledDataset(): Doc[] {
  const text = readFileSync(path.join(process.cwd(), 'sanity/dataset', 'data.ndjson'), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc)
}

/** A bare name lands in sanity/dataset/ (git-ignored as bench-*.ndjson); a path is used as given. */
export function benchDatasetPath(name: string): string {
  return name.includes('/') ? path.resolve(name) : path.join(process.cwd(), 'sanity/dataset', name)
}

/** Generates and writes the dataset; written to a temporary file first, so a stopped run leaves no half file. */
export function writeBenchDataset(options: { articles: number; seed: number; out: string }): { file: string; documents: number; bytes: number } {
  const documents = generateBenchDataset(readBundledDataset(), options)
  const text = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
  const file = benchDatasetPath(options.out)
  writeFileSync(`${file}.partial`, text)
  renameSync(`${file}.partial`, file)
  return { file, documents: documents.length, bytes: Buffer.byteLength(text) }
}

/** The name of the dataset for N articles, generating it first when it is not there yet. */
export function ensureBenchDataset(articles: number, seed = DEFAULT_SEED): string {
  const name = benchDatasetName(articles, seed)
  if (!existsSync(benchDatasetPath(name))) writeBenchDataset({ articles, seed, out: name })
  return name
}
