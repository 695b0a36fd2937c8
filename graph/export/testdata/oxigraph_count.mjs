// Usage: node oxigraph_count.mjs FILE MIME  (text/turtle, application/n-triples, application/n-quads)
// Loads FILE into an oxigraph store and prints the number of quads.
import fs from 'node:fs'
import { load } from './node_import.mjs'

const [file, format] = process.argv.slice(2)
const ox = await load('oxigraph')
const store = new ox.Store()
store.load(fs.readFileSync(file, 'utf8'), { format })
console.log(store.size)
