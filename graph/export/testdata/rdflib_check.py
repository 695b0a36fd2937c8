"""Usage: rdflib_check.py FILE FORMAT [FILE2 FORMAT2]

Parses FILE with rdflib (FORMAT: turtle, nt, nquads) and prints the number of
distinct triples (quads for nquads). With a second file, also checks that both
hold the same triples and exits 1 if they differ.
"""
import sys

from rdflib import ConjunctiveGraph, Graph


def load(path, fmt):
    if fmt == "nquads":
        g = ConjunctiveGraph()
        g.parse(path, format="nquads")
        quads = {(s, p, o, c.identifier) for s, p, o, c in g.quads((None, None, None, None))}
        return {(s, p, o) for s, p, o, _ in quads}, len(quads)
    g = Graph()
    g.parse(path, format=fmt)
    triples = set(g)
    return triples, len(triples)


def main():
    a, n = load(sys.argv[1], sys.argv[2])
    print(n)
    if len(sys.argv) > 3:
        b, _ = load(sys.argv[3], sys.argv[4])
        if a != b:
            for t in list(a - b)[:5]:
                print("only in first:", t)
            for t in list(b - a)[:5]:
                print("only in second:", t)
            sys.exit(1)


main()
