package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
)

// Quote is a quotation attributed to a speaker.
type Quote struct {
	Region
	Speaker  int      // index into d.Mentions of the speaker mention, -1 if unknown
	Verb     doc.Span // the speech verb ("said", "wrote"); empty when inherited
	Sentence int      // the sentence holding the speech verb, else the first sentence of the quote
	// How tells where the speaker was found: "after" the quotation, "before"
	// it, in an "according to" phrase, or "inherited" from a neighbouring
	// quotation of the same passage.
	How string
}

// Word is a word of a sentence with its lower-cased form and span.
type Word struct {
	Form  string // as written
	Lower string
	Span  doc.Span
}

// Words returns the words of sentence si.
func Words(d *doc.Doc, si int) []Word {
	s := d.Sentences[si]
	ws := make([]Word, len(s.Tokens))
	for i, t := range s.Tokens {
		f := ner.WordForm(d.Text, t)
		ws[i] = Word{Form: f, Lower: strings.ToLower(f), Span: ner.WordSpan(d.Text, t)}
	}
	return ws
}

// speechVerbs are the verb forms that introduce speech.
var speechVerbs = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`say says said saying write writes wrote written
		emphasize emphasizes emphasized emphasise emphasises emphasised note notes noted
		add adds added state states stated tell tells told lament laments lamented
		insist insists insisted stress stresses stressed stressing claim claims claimed
		announce announces announced explain explains explained indicate indicates
		indicated assure assures assured recall recalls recalled ask asks asked reply
		replies replied declare declares declared warn warns warned argue argues argued
		arguing continue continues continued conclude concludes concluded admit admits
		admitted acknowledge acknowledges acknowledged confirm confirms confirmed urge
		urges urged express expresses expressed comment comments commented tweet tweets
		tweeted accuse accuses accused accusing report reports reported adding
		considering cite cites cited answer answers answered respond responds
		responded remark remarks remarked observe observes observed suggest
		suggests suggested complain complains complained shout shouts shouted
		whisper whispers whispered murmur murmurs murmured cry cries cried
		exclaim exclaims exclaimed`) {
		speechVerbs[v] = true
	}
}

// IsVerbAt reports whether ws[k] is a speech verb used as a verb (not "its
// report").
func IsVerbAt(ws []Word, k int) bool {
	if !speechVerbs[ws[k].Lower] {
		return false
	}
	if k > 0 {
		switch ws[k-1].Lower {
		case "the", "a", "an", "its", "his", "her", "their", "our", "my", "this", "’s", "'s":
			return false
		}
	}
	if k > 1 && ws[k-1].Form != ws[k-1].Lower {
		switch ws[k-2].Lower {
		case "the", "a", "an", "its", "his", "her", "their", "our", "my", "this":
			return false // "the AI report"
		}
	}
	return true
}

// IsSpeechVerb reports whether a lower-cased word form introduces speech.
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// MentionEndingAt returns the index of the longest mention of d ending at
// byte end (the one starting first), or -1.
func MentionEndingAt(d *doc.Doc, end int) int {
	best := -1
	// d.Mentions is in text order; a mention ending at end starts before it,
	// and no mention is longer than maxMention bytes.
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= end })
	for i--; i >= 0 && d.Mentions[i].Start >= end-maxMention; i-- {
		if m := d.Mentions[i]; m.End == end && (best < 0 || m.Start <= d.Mentions[best].Start) {
			best = i
		}
	}
	return best
}

// maxMention bounds the length of the mentions MentionEndingAt looks for.
const maxMention = 512

// MentionStartingAt returns the index of the longest mention starting at byte
// start, or -1.
func MentionStartingAt(d *doc.Doc, start int) int {
	best := -1
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= start })
	for ; i < len(d.Mentions) && d.Mentions[i].Start == start; i++ {
		if best < 0 || d.Mentions[i].End > d.Mentions[best].End {
			best = i
		}
	}
	return best
}

// skippable words may stand between a subject and its verb.
var skippable = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`am has have had was were is are be been being also
		finally previously repeatedly then later already still just now on last this
		night morning evening afternoon week month year ago so far as to gone decided
		once recently earlier soon again never not n't no always yesterday today
		tomorrow overnight late early even only reportedly allegedly publicly
		monday tuesday wednesday thursday friday saturday sunday january february march
		april may june july august september october november december will would could
		should might must can shall did does do unsuccessfully successfully personally
		immediately quickly eventually formally officially fully however actually`) {
		skippable[w] = true
	}
}

// Skippable reports whether a lower-cased word may stand between a subject
// and its verb for Subject (auxiliaries, adverbs, time words).
func Skippable(w string) bool { return skippable[w] }

// Subject returns the index in d.Mentions of the subject of the verb at word
// v of sentence words ws, looking back over auxiliaries, adverbs, time
// phrases and appositions, or -1.
func Subject(d *doc.Doc, ws []Word, v int) int {
	pos := v - 1
	skipped := 0
	for pos >= 0 {
		if m := MentionEndingAt(d, ws[pos].Span.End); m >= 0 {
			return m
		}
		w := ws[pos]
		switch {
		case w.Lower == ",":
			q := pos - 1
			for q >= 0 && q >= pos-14 && ws[q].Lower != "," {
				q--
			}
			if q < 0 || ws[q].Lower != "," || q == pos-1 {
				return -1
			}
			if m := MentionEndingAt(d, ws[pos-1].Span.End); m >= 0 && d.Mentions[m].Start == ws[q+1].Span.Start && d.Mentions[m].Type == doc.Person {
				return m // "The head of X, Dmytro Kouleba, said"
			}
			pos = q - 1
		case skippable[w.Lower] || isNumber(w.Lower):
			skipped++
			if skipped > 7 {
				return -1
			}
			pos--
		default:
			return -1
		}
	}
	return -1
}

func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// mentionAfterTitles returns the mention starting at word k or after the
// titles there ("Professor Eastman said"), or -1.
func mentionAfterTitles(d *doc.Doc, ws []Word, k int) int {
	for ; k < len(ws); k++ {
		if m := MentionStartingAt(d, ws[k].Span.Start); m >= 0 {
			return m
		}
		if !ner.IsRoleWord(ws[k].Form) && !ner.IsRoleModifier(ws[k].Form) {
			return -1
		}
	}
	return -1
}

// mentionAfterNouns returns the mention at word k of sentence si or after
// the titles or up to three lower-case nouns (as tagged) there ("…," team member Rodaba Noori told
// the press), and the word it starts at, or -1.
func mentionAfterNouns(d *doc.Doc, si int, ws []Word, k int) (int, int) {
	toks := d.Sentences[si].Tokens
	for j := k; j < len(ws) && j <= k+3; j++ {
		if m := mentionAfterTitles(d, ws, j); m >= 0 {
			return m, j
		}
		if ws[j].Form != ws[j].Lower || j >= len(toks) || toks[j].UPOS != "NOUN" {
			break
		}
	}
	return -1, k
}

// Object returns the index in d.Mentions of a mention starting right after
// word v (titles skipped: "said Ms. Pokaltchouk"), or -1.
func Object(d *doc.Doc, ws []Word, v int) int {
	for k := v + 1; k < len(ws) && k <= v+3; k++ {
		if m := MentionStartingAt(d, ws[k].Span.Start); m >= 0 {
			return m
		}
		if !ner.IsRoleWord(ws[k].Form) && !ner.IsRoleModifier(ws[k].Form) {
			return -1
		}
	}
	return -1
}

// sentenceAt returns the sentence holding byte offset off, or the next one.
func sentenceAt(d *doc.Doc, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return off < d.Sentences[i].End })
	return min(i, len(d.Sentences)-1)
}

// Attribute returns the quotations of d with their speakers. Quotations
// whose speaker is not found have Speaker -1.
func Attribute(d *doc.Doc) []Quote {
	rs := Regions(d.Text)
	qs := make([]Quote, len(rs))
	if len(d.Sentences) == 0 {
		return nil
	}
	for i, r := range rs {
		q := Quote{Region: r, Speaker: -1, Sentence: sentenceAt(d, r.Start)}
		closeAt := r.Close.End
		if r.Close.Len() == 0 {
			closeAt = r.End
		}
		sc := sentenceAt(d, max(r.End-1, r.Start))
		// After: "…,” Pokalchuk wrote." / "…,” said Ms. Pokaltchouk."
		if r.Close.Len() > 0 {
			ws := Words(d, sc)
			k := 0
			for k < len(ws) && ws[k].Span.Start < closeAt {
				k++
			}
			for k < len(ws) && (ws[k].Lower == "," || ws[k].Lower == "-" || ws[k].Lower == "—" || ws[k].Lower == "–") {
				k++
			}
			if k < len(ws) && Inside(rs, ws[k].Span.Start) < 0 {
				if IsVerbAt(ws, k) {
					if m := Object(d, ws, k); m >= 0 {
						q.Speaker, q.Verb, q.Sentence, q.How = m, ws[k].Span, sc, "after"
					}
				} else if m, at := mentionAfterNouns(d, sc, ws, k); m >= 0 {
					e := at
					for e < len(ws) && ws[e].Span.End <= d.Mentions[m].End {
						e++
					}
					// "…," Khaled Al-Maeena, editor at large at the Saudi
					// Gazette, said.
					if e < len(ws) && ws[e].Lower == "," {
						c := e + 1
						for c < len(ws) && c <= e+13 && ws[c].Lower != "," && !speechVerbs[ws[c].Lower] {
							c++
						}
						if c < len(ws) && c <= e+13 && ws[c].Lower == "," {
							e = c + 1
						}
					}
					from := e
					for e < len(ws) && e <= from+8 && skippable[ws[e].Lower] && !speechVerbs[ws[e].Lower] {
						e++
					}
					if e < len(ws) && speechVerbs[ws[e].Lower] {
						q.Speaker, q.Verb, q.Sentence, q.How = m, ws[e].Span, sc, "after"
					}
				}
			}
		}
		// Before: "X said: “…”", "According to X, …", "X said he was “outraged”".
		if q.Speaker < 0 {
			so := sentenceAt(d, r.Open.Start)
			ws := Words(d, so)
			n := 0
			for n < len(ws) && ws[n].Span.End <= r.Open.Start {
				n++
			}
			for k := n - 1; k >= 0 && q.Speaker < 0; k-- {
				if Inside(rs, ws[k].Span.Start) >= 0 {
					continue
				}
				if k+2 < n && ws[k].Lower == "according" && ws[k+1].Lower == "to" {
					if m := Object(d, ws, k+1); m >= 0 {
						q.Speaker, q.Sentence, q.How = m, so, "according"
					}
				}
			}
			// A speech verb whose clause holds the quotation comes first
			// ("X said Amnesty gave Y time to respond, adding, “…”": said,
			// not respond); any speech verb before it is the fallback
			// when the sentence is unparsed or the parse attaches the
			// quotation elsewhere.
			in := firstInside(d.Sentences[so].Tokens, r.Open.End)
			for pass := 0; pass < 2 && q.Speaker < 0; pass++ {
				if pass == 0 && in < 0 {
					continue
				}
				for k := n - 1; k >= 0 && q.Speaker < 0; k-- {
					if Inside(rs, ws[k].Span.Start) >= 0 || !IsVerbAt(ws, k) {
						continue
					}
					if pass == 0 && !dominates(d.Sentences[so].Tokens, k, in) {
						continue
					}
					m := -1
					if pass == 0 {
						m = parsedSubject(d, so, k)
					}
					if m < 0 {
						m = Subject(d, ws, k)
					}
					if m >= 0 {
						q.Speaker, q.Verb, q.Sentence, q.How = m, ws[k].Span, so, "before"
					}
				}
			}
		}
		qs[i] = q
	}
	// Inherit within a passage: a continued quotation, the next quotation of
	// "“…,” X said. “…”", or an earlier quotation of the same sentence.
	for i := range qs {
		if qs[i].Speaker >= 0 {
			continue
		}
		if i > 0 && qs[i-1].Speaker >= 0 {
			p := qs[i-1]
			so := sentenceAt(d, qs[i].Open.Start)
			if p.Continued || p.Sentence == so || (p.How == "after" && p.Sentence == so-1 && sameParagraph(d.Text, p.Close.End, qs[i].Open.Start)) {
				qs[i].Speaker, qs[i].How, qs[i].Sentence = p.Speaker, "inherited", so
			}
		}
	}
	for i := len(qs) - 2; i >= 0; i-- {
		if qs[i].Speaker < 0 && qs[i].Continued && qs[i+1].Speaker >= 0 {
			qs[i].Speaker, qs[i].How = qs[i+1].Speaker, "inherited"
		}
	}
	return qs
}

// parsedSubject returns the mention of the parsed subject of the verb at
// word k of sentence si ("Cynthia Thompson, curator … at the University
// of Arkansas, said"), climbing from a verb without a subject of its own
// to the verb it is conjoined to or modifies ("X said … and added"), or -1.
func parsedSubject(d *doc.Doc, si, k int) int {
	toks := d.Sentences[si].Tokens
	for climb := 0; climb < 3 && k >= 0 && k < len(toks); climb++ {
		for i, t := range toks {
			if t.Head != k+1 || (t.Rel != "nsubj" && t.Rel != "nsubj:outer") {
				continue
			}
			// A name in apposition to the subject is its name: "Malaysia's
			// Prime Minister, Najib Razak said".
			for j, a := range toks {
				if a.Head == i+1 && a.Rel == "appos" {
					if m := mentionCovering(d, toks[j].Span); m >= 0 {
						return m
					}
				}
			}
			return mentionCovering(d, toks[i].Span)
		}
		switch toks[k].Rel {
		case "conj", "advcl", "xcomp":
			k = toks[k].Head - 1
		default:
			return -1
		}
	}
	return -1
}

// mentionCovering returns the index of the shortest mention of d holding
// span sp, or -1.
func mentionCovering(d *doc.Doc, sp doc.Span) int {
	best := -1
	for i, m := range d.Mentions {
		if m.Start <= sp.Start && sp.End <= m.End && (best < 0 || m.Len() < d.Mentions[best].Len()) {
			best = i
		}
	}
	return best
}

// firstInside returns the index of the first parsed token starting at or
// after byte off, or -1 when there is none or the sentence is unparsed.
func firstInside(toks []doc.Token, off int) int {
	for i, t := range toks {
		if t.Head < 0 {
			return -1
		}
		if t.Start >= off {
			return i
		}
	}
	return -1
}

// dominates reports whether token k is an ancestor of token j in the
// sentence's dependency tree (indexes 0-based, heads 1-based).
func dominates(toks []doc.Token, k, j int) bool {
	for steps := 0; j >= 0 && j < len(toks) && steps <= len(toks); steps++ {
		h := toks[j].Head - 1
		if h == k {
			return true
		}
		j = h
	}
	return false
}

func sameParagraph(text string, a, b int) bool {
	if a > b || b > len(text) {
		return false
	}
	return !strings.Contains(text[a:b], "\n")
}
