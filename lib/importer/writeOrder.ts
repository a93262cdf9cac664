interface Identified {
  _id: string
}

function strongReferences(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => strongReferences(item, found))
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (typeof node._ref === 'string' && node._weak !== true) found.add(node._ref)
    Object.values(node).forEach((child) => strongReferences(child, found))
  }
  return found
}

/**
 * The Content Lake refuses a strong reference to a document that does not exist yet, so a
 * document must be written in the same transaction as, or after, everything it references.
 * Returns the documents in groups (strongly connected components, by Tarjan's algorithm, run
 * without recursion so a long chain of related articles cannot overflow the stack): each group
 * references only itself and earlier groups. Groups keep the input order where references allow.
 */
export function dependencyGroups<T extends Identified>(documents: T[]): T[][] {
  const index = new Map(documents.map((document, position) => [document._id, position]))
  const edges = documents.map((document) =>
    [...strongReferences(document, new Set())].flatMap((id) => {
      const target = index.get(id)
      return target === undefined || target === index.get(document._id) ? [] : [target]
    }),
  )
  const order: number[] = new Array<number>(documents.length).fill(-1)
  const low: number[] = new Array<number>(documents.length).fill(0)
  const onStack: boolean[] = new Array<boolean>(documents.length).fill(false)
  const stack: number[] = []
  const groups: T[][] = []
  let counter = 0

  for (let root = 0; root < documents.length; root++) {
    if (order[root] !== -1) continue
    const work: Array<[node: number, edge: number]> = [[root, 0]]
    order[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = true
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const [node, edge] = frame
      const next = edges[node]![edge]
      if (next !== undefined) {
        frame[1] += 1
        if (order[next] === -1) {
          order[next] = low[next] = counter++
          stack.push(next)
          onStack[next] = true
          work.push([next, 0])
        } else if (onStack[next]) low[node] = Math.min(low[node]!, order[next]!)
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!)
      if (low[node] === order[node]) {
        const members: number[] = []
        let member: number
        do {
          member = stack.pop()!
          onStack[member] = false
          members.push(member)
        } while (member !== node)
        groups.push(members.sort((a, b) => a - b).map((position) => documents[position]!))
      }
    }
  }
  return groups
}

/** Packs groups into batches of about `size`; a group is never split, so a batch may be larger when a group is. */
export function batchesOf<T>(groups: T[][], size: number): T[][] {
  const batches: T[][] = []
  let current: T[] = []
  for (const group of groups) {
    if (current.length > 0 && current.length + group.length > size) {
      batches.push(current)
      current = []
    }
    current.push(...group)
  }
  if (current.length > 0) batches.push(current)
  return batches
}
