/**
 * Loaded with `--import` into the importer's process by bench:import: when the process exits,
 * writes its resource usage (the kernel's high-water mark of resident memory among it) to the
 * file named by BENCH_USAGE_FILE. Exact, where sampling from outside can miss a short peak.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_USAGE_FILE
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
