// Package wordnettest holds the test helper of the packages whose tests
// read WordNet.
package wordnettest

import (
	"os"
	"testing"

	"github.com/textgraph/textgraph/extract/internal/wordnet"
)

// Require skips the test when WordNet is not installed, and fails it under
// CI (CI=true), where .ci/run installs Debian's wordnet-base.
func Require(tb testing.TB) {
	tb.Helper()
	if err := wordnet.Installed(); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatal(err)
		}
		tb.Skip(err)
	}
}
