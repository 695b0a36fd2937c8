module github.com/textgraph/textgraph

go 1.26.8
