/** natural's German Porter stemmer, imported by its own path so the package root (and its database drivers) stays out. */
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string }
  export default stemmer
}
