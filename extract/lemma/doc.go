// Package lemma gives each token its lemma (base form): "ran" -> "run",
// "mice" -> "mouse", "The" -> "the", "STEVENS" -> "Stevens", "12,000" ->
// "12000", while proper nouns keep their case.
//
// Input contract: tokens with Form and XPOS set (UPOS is used when present),
// as extract/tag leaves them. Output: Token.Lemma is overwritten. Lemmas are
// normalised strings beside the token's span; the text is never changed.
//
// # Model
//
// A Lemmatizer looks up, in order: the (form, XPOS) pair in a lexicon
// learned from a treebank; the lower-cased form with that XPOS, whose entry
// is an edit script ("lower-case, strip 3 bytes, append 'y'") so that any
// casing of a known word works; for a form without letters, the form itself
// (digit-group commas dropped); for a known word with a tag it never had
// (most often a tagging error), the word's most frequent script, except for
// proper nouns. An unseen word gets the edit script an averaged perceptron
// (extract/internal/ml) chooses from its suffixes, prefixes, length,
// capitalisation and tags; scripts may keep, lower-case or title-case the
// form.
//
// # Embedded model
//
// Default decodes, once per process, the model in
// extract/model/data/lemma.gz, trained by Train (textgraph train, or
// TrainFiles) on UD English EWT r2.16 train plus GUM train (CC BY-SA 4.0 and
// CC BY 4.0). Exact-match accuracy with gold tokenization, with gold tags
// and with the embedded tagger's tags:
//
//	            gold tags  predicted tags
//	EWT dev       98.67       97.12
//	EWT test      98.68       97.29
//	GUM dev       99.20       98.11
//	GUM test      99.15       98.05
//
// Training is deterministic: TrainFiles on those files writes the embedded
// file byte for byte. The file is 0.55 MB (gzip) and loads in about 0.02 s. Known words are
// lemmatized without allocating; the whole runs at over 3 million words/s
// on one core (BenchmarkLemmatize). Training takes a few seconds.
package lemma
