import { parseServerEnv } from '@/lib/env/sanityServerEnv'

/** Tokens and secrets, validated when the server first loads a module that needs one. */
export const serverEnv = parseServerEnv(process.env)
