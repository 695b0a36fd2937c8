// Package tag assigns part-of-speech tags to tokens: the universal tag
// (UPOS), the Penn Treebank tag (XPOS) and UD morphological features
// (FEATS).
//
// Input contract: tokens with Form set (the text's words, as a tokenizer or
// CoNLL-U gives them); nothing else is read. Output: Token.UPOS, XPOS and
// Feats are overwritten. Spans are left alone.
//
// # Model
//
// The Tagger is a greedy left-to-right averaged perceptron (extract/internal/ml)
// over hashed features: the word (lower-cased, digits folded), its exact
// form, suffixes of 1-4 and prefixes of 1-3 characters, its shape
// (Xxxx, dd.dd), capitalisation, hyphen and digit flags, the words two to
// either side with their suffixes and shapes, an ambiguity class (the set of
// labels a word had in training) for the word and its neighbours, the word
// classes of a dictionary read from WordNet 3.0 at training time and stored
// in the model (parts of speech, irregular and regular inflections, written
// with a capital; for the word, its neighbours, and joined with the words
// beside it: see dict.go), and the two labels already assigned to its left. A second perceptron then re-tags
// the sentence with the same features plus the first pass's labels of the
// next two words; it is trained on first-pass labels predicted by models
// that did not see the sentence (4-fold jackknife), as it meets them at run
// time. Tokens that the first pass labels by a wide margin skip the second.
//
// One label is a (UPOS, XPOS) pair; pairs seen fewer than 20 times in
// training are learnt as the frequent pair with the same XPOS. FEATS come
// from a lexicon of (word, label) pairs seen in training, falling back to
// the label's most frequent features. Words seen once and, during
// training, 30% of known words at random are presented as unknown, so that
// the affix and shape features learn to tag unseen words.
//
// # Embedded model
//
// Default decodes, once per process, the model in extract/model/data/tag.gz,
// trained by Train (textgraph train, or TrainFiles) on UD English EWT r2.16
// train plus GUM train (CC BY-SA 4.0 and CC BY 4.0), tuned on their dev
// sets. Measured with gold tokenization:
//
//	             UPOS   XPOS   FEATS
//	EWT dev     95.71  95.07  92.40
//	EWT test    96.03  95.27  92.85
//	GUM dev     97.01  96.67  89.83
//	GUM test    96.83  96.46  90.37
//
// (Without the WordNet classes: UPOS 95.45, 95.73, 96.49 and 96.35.) The
// file is 3.4 MB (gzip), the dictionary 0.5 MB of it; loading it
// allocates about 62 MB and takes 0.03 s (BenchmarkLoad). Tagging runs at about 286,000
// words/s on one core of the reference machine (BenchmarkTag), without
// allocating. Training is deterministic (TrainFiles on those files, with
// Debian's wordnet-base installed, writes the embedded file byte for byte)
// and takes about a minute on a free core.
package tag
