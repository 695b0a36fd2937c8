"""Usage: networkx_check.py ENTITIES.csv RELATIONS.csv GRAPH.graphml

Loads the CSV export (pandas-free, with the csv module, as LOAD CSV would)
and the GraphML export with networkx and prints
"csv NODES EDGES" and "graphml NODES EDGES", then checks that the two
graphs agree on node ids, edges and attributes (exit 1 otherwise).
"""
import csv
import sys

import networkx as nx


def from_csv(ents, rels):
    g = nx.MultiDiGraph()
    with open(ents, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            g.add_node(row["id"], label=row["label"], type=row["type"], aliases=row["aliases"], mentions=int(row["mentions"]))
    with open(rels, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for end in ("source", "target"):
                if row[end] not in g:
                    sys.exit("relation %s %s not among the entities" % (end, row[end]))
            conf = float(row["confidence"]) if row["confidence"] else None
            g.add_edge(row["source"], row["target"], predicate=row["predicate"], label=row["label"],
                       confidence=conf, evidence=int(row["evidence_count"]))
    return g


def main():
    c = from_csv(sys.argv[1], sys.argv[2])
    m = nx.read_graphml(sys.argv[3], force_multigraph=True)
    print("csv", c.number_of_nodes(), c.number_of_edges())
    print("graphml", m.number_of_nodes(), m.number_of_edges())
    if set(c.nodes) != set(m.nodes):
        sys.exit("node ids differ: %r" % (set(c.nodes) ^ set(m.nodes)))
    for n, d in c.nodes(data=True):
        g = m.nodes[n]
        if d["label"] != g.get("label") or d["type"] != g.get("type") or d["mentions"] != g.get("mentions"):
            sys.exit("node %r differs: csv %r graphml %r" % (n, d, g))
    ce = sorted((u, v, d["predicate"], d["evidence"]) for u, v, d in c.edges(data=True))
    me = sorted((u, v, d["predicate"], d["evidence"]) for u, v, d in m.edges(data=True))
    if ce != me:
        sys.exit("edges differ")
    for u, v, d in m.edges(data=True):
        if not isinstance(d.get("confidence"), float) or not isinstance(d.get("evidence"), int):
            sys.exit("edge %r %r: confidence/evidence not typed: %r" % (u, v, d))


main()
