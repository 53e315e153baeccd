/**
 * @module
 * TF-IDF term weighting over a small collection (an inquiry's questions and reply paragraphs) and cosine
 * similarity between sparse vectors. Linear in the number of terms; a comparison costs the smaller vector.
 */

/** term → weight, L2-normalized. */
export type TermVector = Map<string, number>

/** Inverse document frequency with smoothing: terms in every document weigh least, never zero. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const terms of documents) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1)
  const n = documents.length
  return new Map([...counts].map(([term, df]) => [term, Math.log((n + 1) / (df + 0.5))]))
}

/** A document's vector: sub-linear term frequency × idf, scaled by `boost` per term (default 1), normalized. */
export function weigh(terms: readonly string[], idf: ReadonlyMap<string, number>, boost?: ReadonlyMap<string, number>): TermVector {
  const tf = new Map<string, number>()
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1)
  const vector: TermVector = new Map()
  let norm = 0
  for (const [term, count] of tf) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 0) * (boost?.get(term) ?? 1)
    if (weight <= 0) continue
    vector.set(term, weight)
    norm += weight * weight
  }
  norm = Math.sqrt(norm)
  for (const [term, weight] of vector) vector.set(term, weight / norm)
  return vector
}

/** Cosine similarity of two normalized vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  return contributions(a, b).reduce((sum, [, value]) => sum + value, 0)
}

/** The shared terms and what each adds to the cosine, largest first. */
export function contributions(a: TermVector, b: TermVector): [string, number][] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  const shared: [string, number][] = []
  for (const [term, weight] of small) {
    const other = large.get(term)
    if (other !== undefined) shared.push([term, weight * other])
  }
  return shared.sort((x, y) => y[1] - x[1])
}
