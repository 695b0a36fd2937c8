// Shared loader for the Node helper scripts: imports a package from the
// node_modules directory named by TEXTGRAPH_NODE_MODULES, so the scripts
// need no package.json of their own.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export async function load (name) {
  const dir = process.env.TEXTGRAPH_NODE_MODULES
  if (!dir) throw new Error('TEXTGRAPH_NODE_MODULES is not set')
  const root = path.resolve(dir, name)
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  let entry = pkg.main || 'index.js'
  const exp = pkg.exports && (pkg.exports['.'] ?? pkg.exports)
  if (typeof exp === 'string') entry = exp
  else if (exp && typeof exp === 'object') entry = exp.import?.default ?? exp.import ?? exp.node ?? exp.default ?? exp.require ?? entry
  if (pkg.type !== 'module' && pkg.module && typeof exp !== 'object') entry = pkg.main || entry
  const mod = await import(pathToFileURL(path.join(root, entry)).href)
  return mod.default ?? mod
}
