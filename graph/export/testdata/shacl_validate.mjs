// Usage: node shacl_validate.mjs DATA.ttl SHAPES.ttl
// Validates DATA against SHAPES with shacl-engine. Prints "conforms" and
// exits 0, or prints the violations and exits 1. The RDF/JS factory and
// dataset come from the first of rdf-ext, @zazuko/env-node, @zazuko/env
// that is installed.
import fs from 'node:fs'
import { load } from './node_import.mjs'

const [dataFile, shapesFile] = process.argv.slice(2)
const N3 = await load('n3')
let rdf
for (const name of ['rdf-ext', '@zazuko/env-node', '@zazuko/env']) {
  try {
    rdf = await load(name)
    break
  } catch (err) {
    if (err.code !== 'ENOENT') throw err
  }
}
if (!rdf) throw new Error('no RDF/JS environment (rdf-ext or @zazuko/env-node) installed')
const { Validator } = await load('shacl-engine')

function read (file) {
  const ds = rdf.dataset()
  for (const q of new N3.Parser({ format: 'Turtle' }).parse(fs.readFileSync(file, 'utf8'))) ds.add(q)
  return ds
}

const validator = new Validator(read(shapesFile), { factory: rdf })
const report = await validator.validate({ dataset: read(dataFile) })
if (report.conforms) {
  console.log('conforms')
  process.exit(0)
}
for (const r of report.results) {
  console.log(`violation: focus=${r.focusNode?.value} path=${r.path?.map?.(p => p.predicates?.map(x => x.value)).join('/') ?? ''} constraint=${r.constraintComponent?.value} value=${r.value?.value ?? ''}`)
}
process.exit(1)
