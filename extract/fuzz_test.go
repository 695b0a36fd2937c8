package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that any valid text extracts without panicking and that
// every fact keeps the provenance invariants.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"“", "\"", "” said Ms.", "“Unclosed quote\n\n“Another", "The head of , , said",
		"Amnesty International in", "Head of Amnesty International in Ukraine Oksana Pokalchuk",
		"date 2022-08-05", "I am resigning from",
		strings.Repeat("0", 86) + "ЕТ" + strings.Repeat("0", 41) + "!\" sAid", "“x,” she said. “y”", "said: \"\"", "According to",
	} {
		f.Add(s)
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 || strings.TrimSpace(text) == "" {
			return
		}
		d, facts, err := p.Extract(context.Background(), strings.NewReader(text), "fuzz")
		if err != nil {
			if strings.Contains(err.Error(), "internal error") && !strings.Contains(err.Error(), "tokenize") {
				t.Fatal(err) // a panic in a stage of this package
			}
			return
		}
		checkFacts(t, d, facts)
	})
}
