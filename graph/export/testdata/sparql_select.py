"""Usage: sparql_select.py DATA.ttl QUERY.rq

Runs a SPARQL SELECT query with rdflib over a Turtle file and prints the
number of result rows, then one line per row.
"""
import sys

from rdflib import Graph

g = Graph()
g.parse(sys.argv[1], format="turtle")
with open(sys.argv[2], encoding="utf-8") as f:
    rows = list(g.query(f.read()))
print(len(rows))
for row in rows:
    print("\t".join("" if v is None else str(v).replace("\n", " ")[:80] for v in row))
