// Usage: node oxigraph_count.mjs FILE MIME  (text/turtle, application/n-triples, application/n-quads)
// Loads FILE into an oxigraph store and prints the number of quads.
import fs from 'node:fs'
import { load } from './node_import.mjs'

const [file, format] = process.argv.slice(2)
const ox = await load('oxigraph')
const store = new ox.Store()
const data = fs.readFileSync(file, 'utf8')
try {
  store.load(data, { format }) // oxigraph >= 0.5
} catch (err) {
  if (!(err instanceof TypeError) && !/format|mime|argument/i.test(String(err))) throw err
  store.load(data, format) // oxigraph 0.4: load(data, mimeType, baseIRI, toGraph)
}
console.log(store.size)
