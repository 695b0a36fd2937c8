package export

import (
	"bufio"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// graphmlSink writes the entity projection as GraphML
// (http://graphml.graphdrawing.org/), readable by networkx, igraph, Gephi
// and yEd.
type graphmlSink struct {
	ix *index
}

func (s *graphmlSink) add(q quad.Quad) error { return s.ix.add(q) }

const graphmlHeader = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>
  <graph id="textgraph" edgedefault="directed">
`

// xmlText returns s escaped for XML text and attribute values, controls
// XML forbids replaced.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(clean(s)))
	return b.String()
}

func data(w *bufio.Writer, key, value string) {
	w.WriteString(`      <data key="`)
	w.WriteString(key)
	w.WriteString(`">`)
	w.WriteString(xmlText(value))
	w.WriteString("</data>\n")
}

func (s *graphmlSink) finish(w *bufio.Writer) error {
	w.WriteString(graphmlHeader)
	for _, e := range s.ix.entities() {
		w.WriteString(`    <node id="`)
		w.WriteString(xmlText(e.id))
		w.WriteString("\">\n")
		data(w, "label", e.label)
		data(w, "type", e.typ)
		data(w, "aliases", strings.Join(e.aliases, AliasSeparator))
		data(w, "mentions", strconv.Itoa(e.mentions))
		w.WriteString("    </node>\n")
	}
	for i, e := range s.ix.edges(true) {
		w.WriteString(`    <edge id="e`)
		w.WriteString(strconv.Itoa(i))
		w.WriteString(`" source="`)
		w.WriteString(xmlText(entityID(e.s)))
		w.WriteString(`" target="`)
		w.WriteString(xmlText(entityID(iriOf(e.o))))
		w.WriteString("\">\n")
		data(w, "predicate", compact(e.p))
		data(w, "elabel", first(s.ix.labels[e.p]))
		if e.hasConf {
			data(w, "confidence", formatConf(e))
		}
		data(w, "evidence", strconv.Itoa(len(e.evidence)))
		w.WriteString("    </edge>\n")
	}
	if _, err := w.WriteString("  </graph>\n</graphml>\n"); err != nil {
		return errorf("write graphml: %w", err)
	}
	return nil
}
