import { existsSync } from 'node:fs'
import path from 'node:path'
import { datasetFilePath, readDatasetDocuments } from '../lib/dataset/bundledDataset'
import { writeNdjsonFileSync } from '../lib/dataset/datasetWriter'
import { generateBenchDataset } from './benchDataset'

export const DEFAULT_SEED = 1

/** Where the embedded source looks: EMBEDDED_DATASET_FILE=<this name> selects the file. */
export function benchDatasetName(articles: number, seed = DEFAULT_SEED): string {
  return seed === DEFAULT_SEED ? `bench-${articles}.ndjson` : `bench-${articles}-seed${seed}.ndjson`
}

/** A bare name lands in sanity/dataset/ (git-ignored as bench-*.ndjson); a path is used as given. */
export function benchDatasetPath(name: string): string {
  return name.includes('/') ? path.resolve(name) : datasetFilePath(name)
}

/** Generates and writes the dataset; written to a temporary file first, so a stopped run leaves no half file. */
export function writeBenchDataset(options: { articles: number; seed: number; out: string }): {
  file: string
  documents: number
  bytes: number
} {
  const documents = generateBenchDataset(readDatasetDocuments(), options)
  const file = benchDatasetPath(options.out)
  const bytes = writeNdjsonFileSync(file, documents)
  return { file, documents: documents.length, bytes }
}

/** The name of the dataset for N articles, generating it first when it is not there yet. */
export function ensureBenchDataset(articles: number, seed = DEFAULT_SEED): string {
  const name = benchDatasetName(articles, seed)
  if (!existsSync(benchDatasetPath(name))) writeBenchDataset({ articles, seed, out: name })
  return name
}
