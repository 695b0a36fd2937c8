package token

var abbreviations = map[string]bool{}
var hyphenPrefixes = map[string]bool{}
var hyphenWords = map[string]bool{}
var mwtLexicon = map[string][]int{}
var starters = map[string]bool{}
