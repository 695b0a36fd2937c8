// Usage: node n3_count.mjs FILE FORMAT  (FORMAT: Turtle, N-Triples, N-Quads)
// Parses FILE with N3.js and prints the number of distinct quads.
import fs from 'node:fs'
import { load } from './node_import.mjs'

const [file, format] = process.argv.slice(2)
const N3 = await load('n3')
const quads = new N3.Parser({ format }).parse(fs.readFileSync(file, 'utf8'))
console.log(new N3.Store(quads).size)
