// The reading column is at most this wide (the --measure token at the largest body size), so
// no image in it is ever displayed wider; below that it spans the screen minus the gutters.
export const COLUMN_MAX_PX = 760

export const COLUMN_IMAGE_SIZES = `(max-width: ${COLUMN_MAX_PX + 64}px) calc(100vw - 2rem), ${COLUMN_MAX_PX}px`
