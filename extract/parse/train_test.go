package parse

import (
	"os"
	"testing"
)

// TestTrainModel rebuilds the embedded model when TEXTGRAPH_TRAIN_PARSE
// names the output file:
//
//	TEXTGRAPH_TRAIN_PARSE=/tmp/parse.gz GOMAXPROCS=1 go test -run TestTrainModel -timeout 1h -v ./extract/parse/
//
// It trains on EWT and GUM train with jackknifed tags and selects the epoch
// on EWT dev, as `textgraph train` does.
func TestTrainModel(t *testing.T) {
	out := os.Getenv("TEXTGRAPH_TRAIN_PARSE")
	if out == "" {
		t.Skip("TEXTGRAPH_TRAIN_PARSE not set")
	}
	train := []string{udFile(t, "UD_English-EWT", "en_ewt-ud-train.conllu"), udFile(t, "UD_English-GUM", "en_gum-ud-train.conllu")}
	dev := []string{udFile(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := TrainFiles(t.Context(), train, dev, f, testLog{t}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) {
	l.t.Log(string(b))
	return len(b), nil
}
