package coref

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/model"
)

// Model is the learned mention-ranking resolver Cluster runs after its
// speaker and precise-construct sieves, in the manner of Durrett and Klein
// (2013, "Easy Victories"): for each phrase that starts its entity so far,
// in text order, an averaged perceptron scores every candidate antecedent
// and the choice of none, and the phrase joins the best. A pronoun's
// candidates are the phrases of its sentence and the pronounWindow
// sentences before; another phrase's are the phrases of the last
// nearWindow sentences and, further back, any that shares a word with it.
// A candidate whose entity clashes in number, gender, animacy, name type or
// person, contains the phrase, or holds the phrase's head with another
// possessor ("my jeans", "your jeans"), is never taken.
//
// The features (hashed, each conjoined with the kind of phrase: a
// pronoun's own form, name, description, coordination, demonstrative)
// describe the candidate pair — kinds and determiners of both, distance
// in sentences and phrases, exact string, head and word inclusion, the
// sieves' strict-head and name-inclusion rules, acronym, number, gender,
// animacy and entity-type values, syntactic relations, subject position,
// depth, quotations, speaker, genre, the candidate's place in the sieves'
// search order and the pronoun sieve's own choice, and the candidate's
// entity (size, a name in it, its first name or description) — and, for
// the choice of none, the phrase alone (head, determiner, relation and
// governor, neighbouring words, length, whether any candidate repeats it).
//
// Training (TrainFiles in package corefeval, run by textgraph train
// --models coref) follows the key: the target is the best-scoring right
// antecedent (latent), or none when the key links the phrase to no
// candidate, and updates are cost-augmented. Three models trained for
// three epochs over GUM train, in different orders, are averaged; the
// file, extract/model/data/coref.gz, is 237 KB and trains in about 15
// seconds on one core. On GUM dev (gold tokens, the project's own tags,
// parses and names), singletons removed, the model scores MUC 70.0, B3
// 59.0, CEAF-e 51.3, CoNLL 60.1 (65.2 with singletons), against 68.8 /
// 58.3 / 49.8 / 59.0 (64.8) for the sieves alone; on GUM test 64.1 / 53.6
// / 47.6 / 55.1 (61.7), against 62.8 / 52.8 / 47.9 / 54.5 (61.4). Cluster
// takes about 1.4 times as long as with the sieves alone (GUM dev: 175,000
// instead of 250,000 words a second, 5 ms a document).
//
// It is safe for concurrent use.
type Model struct {
	p *ml.Perceptron
}

// Serialised form of a Model, gzip-compressed in extract/model/data/coref.gz
// (integers little-endian):
//
//	magic "TGCR", version uint16 (1)
//	the perceptron (package ml's form: magic "TGPC", version, one class,
//	quantised int16 weights with one scale)
//
// The version names the feature templates of this file: a model is only
// meaningful to the code that extracts the same features.
const (
	crMagic   = "TGCR"
	crVersion = 1
)

// ErrFormat reports data that is not a coreference model of a known version.
var ErrFormat = errors.New("coref: not a coreference model")

// WriteTo writes m in its binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	hdr := append([]byte(crMagic), 0, 0)
	binary.LittleEndian.PutUint16(hdr[4:], crVersion)
	n, err := w.Write(hdr)
	if err != nil {
		return int64(n), fmt.Errorf("coref: write model: %w", err)
	}
	k, err := m.p.WriteTo(w)
	return int64(n) + k, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	hdr := make([]byte, 6)
	if _, err := io.ReadFull(br, hdr); err != nil {
		return nil, fmt.Errorf("coref: read model header: %w", err)
	}
	if string(hdr[:4]) != crMagic {
		return nil, ErrFormat
	}
	if v := binary.LittleEndian.Uint16(hdr[4:]); v != crVersion {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	p, err := ml.ReadPerceptron(br)
	if err != nil {
		return nil, fmt.Errorf("coref: %w", err)
	}
	if p.Classes() != 1 {
		return nil, fmt.Errorf("%w: %d classes, want 1", ErrFormat, p.Classes())
	}
	return &Model{p: p}, nil
}

var defaultModel = sync.OnceValues(func() (*Model, error) {
	rc, err := model.Open("coref")
	if err != nil {
		return nil, fmt.Errorf("coref: %w", err)
	}
	defer rc.Close()
	return ReadModel(rc)
})

// Default returns the embedded model (extract/model/data/coref.gz, or the
// one in TEXTGRAPH_MODELS), decoded on first use and shared by the
// process. Cluster uses the sieves alone when it returns an error.
func Default() (*Model, error) { return defaultModel() }

// Windows of the candidate antecedents the model ranks: a pronoun looks
// pronounWindow sentences back; another phrase looks at every phrase of
// the last nearWindow sentences and, further back, at phrases that share a
// word with it.
const (
	pronounWindow = 4
	nearWindow    = 3
)

// Feature templates. Their numbers are part of the model: renumbering one
// invalidates the trained weights.
const (
	fBias = iota + 1
	fNew
	fNewHead
	fNewDet
	fNewRel
	fNewSubj
	fNewQuote
	fNewPleo
	fNewHasExact
	fNewHasHead
	fNewFirstSent
	fNewNum
	fKinds
	fSentDist
	fKindsSentDist
	fMentDist
	fExact
	fHeadMatch
	fInclusion
	fClusterInclusion
	fModsIncl
	fNumber
	fGender
	fAnimacy
	fNER
	fCandRel
	fRels
	fCandSubj
	fQuote
	fLike
	fAnteHead
	fHeadPair
	fClusterSize
	fClusterProper
	fRank
	fStrict
	fStrictMods
	fName
	fAcronym
	fDets
	fSpeaker
	fGenre
	fGenreDist
	fNested
	fCandCoord
	fLikeDist
	fHeadMatchDist
	fNewGenre
	fNewLen
	fClusterPron
	fHeadMatchLex
	fExactLex
	fPronConj
	fPronConj2
	fPronLex
	fNomConj
	fFirstWords
	fNERDist
	fHeuristic
	fNewGov
	fNewNext
	fNewPrev
	fGovPair
	fRepr
	fReprHead
)

// kinds, as feature values.
func kindLabel(m np) string {
	switch {
	case m.coord:
		return "coord"
	case m.kind == proper:
		return "proper"
	case m.kind == pronoun:
		return m.text
	case m.kind == other:
		return "other:" + m.text
	}
	return "nominal"
}

// detLabel classes a phrase by its first word: a definite, demonstrative,
// possessive or indefinite determiner, a modifier or none.
func detLabel(m np) string {
	switch {
	case m.kind == pronoun:
		return "pron"
	case m.firstWord == "the":
		return "the"
	case definite[m.firstWord]:
		return "dem"
	case possessives[m.firstWord] || strings.HasSuffix(m.text, "'s") && m.End-m.Start > 2:
		return "poss"
	case m.indef:
		return "indef"
	case m.firstWord != m.head:
		return "mod"
	}
	return "bare"
}

func bucket(n int, bounds ...int) uint64 {
	for i, b := range bounds {
		if n <= b {
			return uint64(i)
		}
	}
	return uint64(len(bounds))
}

func boolv(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// ranker holds the state of one rank pass.
type ranker struct {
	c     *clusters
	genre string
	feats []uint64
	// per phrase
	kindH []uint64 // hash of kindLabel
	headH []uint64
	detH  []uint64
	relH  []uint64
	govH  []uint64 // lemma of the head's parent
	nextH []uint64 // the word after the phrase
	prevH []uint64 // the word before it
}

func newRanker(c *clusters) *ranker {
	r := &ranker{c: c, genre: genre(c.doc.ID)}
	n := len(c.ms)
	r.kindH, r.headH, r.detH, r.relH = make([]uint64, n), make([]uint64, n), make([]uint64, n), make([]uint64, n)
	r.govH, r.nextH, r.prevH = make([]uint64, n), make([]uint64, n), make([]uint64, n)
	for i, m := range c.ms {
		toks := c.sentence(m).Tokens
		if h := toks[m.Head].Head; h > 0 && h <= len(toks) {
			r.govH[i] = ml.Hash(strings.ToLower(toks[h-1].Lemma))
		}
		if m.End < len(toks) {
			r.nextH[i] = ml.Hash(strings.ToLower(toks[m.End].Form))
		}
		if m.Start > 0 {
			r.prevH[i] = ml.Hash(strings.ToLower(toks[m.Start-1].Form))
		}
		r.kindH[i] = ml.Hash(kindLabel(m))
		r.headH[i] = ml.Hash(m.head)
		r.detH[i] = ml.Hash(detLabel(m))
		rel, _, _ := strings.Cut(c.sentence(m).Tokens[m.Head].Rel, ":")
		r.relH[i] = ml.Hash(rel)
	}
	return r
}

// genre is the genre of a GUM document from its id ("GUM_news_iodine"),
// or "".
func genre(id string) string {
	if rest, ok := strings.CutPrefix(id, "GUM_"); ok {
		g, _, _ := strings.Cut(rest, "_")
		return g
	}
	return ""
}

func (r *ranker) add(f ...uint64) {
	h := f[0] * 0x9e3779b97f4a7c15
	for _, v := range f[1:] {
		h = ml.Mix(h, v)
	}
	r.feats = append(r.feats, h)
}

// newFeatures appends the features of leaving phrase i without antecedent.
func (r *ranker) newFeatures(i int, hasExact, hasHead bool) {
	m := r.c.ms[i]
	k := r.kindH[i]
	r.add(fNew, k)
	r.add(fNewHead, k, r.headH[i])
	r.add(fNewDet, k, r.detH[i])
	r.add(fNewRel, k, r.relH[i])
	r.add(fNewSubj, k, boolv(m.subj))
	r.add(fNewQuote, k, boolv(m.quoted))
	r.add(fNewPleo, k, boolv(m.pleonastic))
	r.add(fNewHasExact, k, boolv(hasExact))
	r.add(fNewHasHead, k, r.detH[i], boolv(hasHead))
	r.add(fNewFirstSent, k, bucket(m.Sentence, 0, 1, 3))
	r.add(fNewNum, k, uint64(m.number), uint64(m.animacy))
	r.add(fNewGenre, k, ml.Hash(r.genre))
	r.add(fNewLen, k, bucket(m.End-m.Start, 1, 2, 3, 5, 8))
	r.add(fNewGov, k, r.relH[i], r.govH[i])
	r.add(fNewNext, k, r.nextH[i])
	r.add(fNewPrev, k, r.prevH[i])
}

// pairFeatures appends the features of phrase j as antecedent of phrase
// i; rank is j's place among i's candidates.
func (r *ranker) pairFeatures(i, j, rank int) {
	c := r.c
	a, b := c.ms[i], c.ms[j]
	ka, kb := r.kindH[i], r.kindH[j]
	sd := bucket(a.Sentence-b.Sentence, 0, 1, 2, 3, 5, 10, 20)
	md := bucket(i-j, 1, 2, 3, 5, 10, 20, 50, 100)
	r.add(fBias, ka)
	r.add(fKinds, ka, kb)
	r.add(fSentDist, ka, sd)
	r.add(fKindsSentDist, ka, kb, sd)
	r.add(fMentDist, ka, md)
	r.add(fDets, ka, r.detH[i], r.detH[j])
	exact := a.text == b.text && a.kind != pronoun
	r.add(fExact, ka, boolv(exact), r.detH[i])
	headMatch := a.kind != pronoun && b.kind != pronoun && a.head == b.head
	if headMatch {
		r.add(fHeadMatch, ka, r.detH[i], r.detH[j])
		r.add(fHeadMatchDist, ka, sd, boolv(exact))
	} else if a.kind != pronoun && b.kind != pronoun {
		r.add(fHeadPair, r.headH[i], r.headH[j])
	}
	if a.kind != pronoun && b.kind != pronoun && len(a.words) > 0 {
		in := true
		for _, w := range a.words {
			found := false
			for _, v := range b.words {
				if v == w {
					found = true
					break
				}
			}
			if !found {
				in = false
				break
			}
		}
		r.add(fInclusion, ka, boolv(in), boolv(headMatch))
		mi := true
		for _, w := range a.mods {
			found := false
			for _, v := range b.mods {
				if v == w {
					found = true
					break
				}
			}
			if !found {
				mi = false
				break
			}
		}
		r.add(fModsIncl, ka, boolv(mi), boolv(headMatch))
	}
	r.add(fNumber, ka, uint64(a.number), uint64(b.number))
	r.add(fGender, ka, uint64(a.gender), uint64(b.gender))
	r.add(fAnimacy, ka, uint64(a.animacy), uint64(b.animacy))
	r.add(fNER, ka, ml.Hash(a.nerType), ml.Hash(b.nerType))
	r.add(fCandRel, ka, r.relH[j], boolv(a.Sentence == b.Sentence))
	if a.Sentence == b.Sentence {
		r.add(fRels, ka, r.relH[i], r.relH[j])
		r.add(fNested, ka, bucket(b.depth-a.depth, -2, -1, 0, 1, 2))
	}
	r.add(fCandSubj, ka, boolv(b.subj), sd)
	r.add(fQuote, ka, boolv(a.quoted), boolv(b.quoted), boolv(a.quote == b.quote))
	like := a.kind == pronoun && b.kind == pronoun && a.text == b.text
	r.add(fLike, ka, boolv(like))
	if b.kind == pronoun {
		r.add(fLikeDist, ka, kb, sd)
	}
	if a.kind == pronoun || a.kind == other {
		r.add(fAnteHead, ka, r.headH[j])
	}
	r.add(fRank, ka, bucket(rank, 0, 1, 2, 3, 5, 8, 12))
	if headMatch {
		r.add(fHeadMatchLex, ka, r.headH[i], boolv(exact))
		r.add(fNomConj, ka, r.detH[i], r.detH[j], sd, boolv(exact))
	}
	if exact {
		r.add(fExactLex, r.headH[i], boolv(a.End-a.Start > 1))
	}
	if a.kind == pronoun {
		r.add(fPronConj, ka, kb, sd, boolv(b.subj), boolv(like))
		r.add(fPronConj2, ka, r.relH[j], sd, bucket(rank, 0, 1, 2, 4))
		r.add(fGovPair, ka, r.relH[i], r.govH[i], r.relH[j], r.govH[j])
		r.add(fPronLex, ka, uint64(b.number), uint64(b.animacy), uint64(b.gender), ml.Hash(b.nerType))
	}
	r.add(fFirstWords, ka, ml.Hash(a.firstWord), ml.Hash(b.firstWord))
	r.add(fNERDist, ka, ml.Hash(b.nerType), sd)
	r.add(fCandCoord, ka, boolv(b.coord))
	if a.kind != pronoun && a.kind != other && b.kind != pronoun && b.kind != other {
		r.add(fStrict, ka, boolv(strictHead(true, true)(c, i, j)))
		r.add(fStrictMods, ka, boolv(strictHead(false, true)(c, i, j)))
		r.add(fName, ka, boolv(nameInclusion(c, i, j)))
		r.add(fAcronym, boolv(acronymOf(c, i, j) || acronymOf(c, j, i)))
	}
	// the antecedent's entity
	size, prop, pron := len(c.mem[c.id[j]]), false, false
	for _, k := range c.mem[c.id[j]] {
		prop = prop || c.ms[k].kind == proper
		pron = pron || c.ms[k].kind == pronoun && c.ms[k].text == a.text
	}
	r.add(fClusterSize, ka, bucket(size, 1, 2, 3, 5, 10))
	// the entity's first name or description stands for it
	rep := -1
	for _, k := range c.mem[c.id[j]] {
		if m := c.ms[k]; m.kind == proper || m.kind == nominal {
			rep = k
			break
		}
	}
	if rep >= 0 && rep != j {
		rm := c.ms[rep]
		r.add(fRepr, ka, r.kindH[rep], ml.Hash(rm.nerType), uint64(rm.number), uint64(rm.animacy))
		if a.kind == pronoun {
			r.add(fReprHead, ka, r.headH[rep])
		} else {
			r.add(fReprHead, ka, boolv(rm.head == a.head), boolv(rm.text == a.text))
		}
	}
	r.add(fClusterProper, ka, boolv(prop))
	r.add(fClusterPron, ka, boolv(pron))
	if sa := speakerOf(c.speaker, a.Sentence); sa != "" {
		r.add(fSpeaker, ka, boolv(sa == speakerOf(c.speaker, b.Sentence)))
	}
	g := ml.Hash(r.genre)
	r.add(fGenre, ka, kb, g)
	r.add(fGenreDist, ka, sd, g)
}

// otherPossessor reports whether a possessed phrase i has the head of a
// phrase of j's entity with another possessor: "my jeans" never joins
// "your jeans".
func (c *clusters) otherPossessor(i, j int) bool {
	a := c.ms[i]
	if a.kind == pronoun || !possessives[a.firstWord] {
		return false
	}
	for _, k := range c.mem[c.id[j]] {
		if b := c.ms[k]; b.kind != pronoun && b.head == a.head && possessives[b.firstWord] && b.firstWord != a.firstWord {
			return true
		}
	}
	return false
}

func speakerOf(speakers []string, si int) string {
	if si < len(speakers) {
		return speakers[si]
	}
	return ""
}

// share reports whether phrases a and b share a content word, or a and b
// are both names with one head.
func share(a, b np) bool {
	if a.head == b.head {
		return true
	}
	for _, w := range a.words {
		for _, v := range b.words {
			if v == w {
				return true
			}
		}
	}
	return false
}

// Costs of the errors in cost-augmented training (Durrett and Klein
// 2013): leaving a phrase unresolved that has a right antecedent costs
// most, linking a phrase that has none least. Measured on GUM dev, they
// trade precision for the recall the CoNLL score rewards.
const (
	costFalseNew       = 30
	costFalseAnaphoric = 2
	costWrongLink      = 10
)

// Gold tells the trainer the key entity of a phrase: an entity number, or
// -1 when the phrase is no key mention.
type Gold func(Ref) int

// training is the state of training during one rank pass.
type training struct {
	gold   Gold
	p      *ml.Perceptron
	errors int
	total  int
}

// resolvable reports whether the rank pass looks for an antecedent of
// phrase i.
func (c *clusters) resolvable(i int) bool {
	m := c.ms[i]
	if !c.first(i) || m.kind == clause || m.kind == pronoun && m.person != 3 {
		return false
	}
	if m.End-m.Start == 1 && titles[m.text] {
		return false
	}
	return true
}

// rank links each phrase that starts its entity to the best-scoring
// candidate antecedent, or to none, by the model p; with t set it also
// trains p.
func (c *clusters) rank(p *ml.Perceptron, t *training) {
	r := newRanker(c)
	var cands, offs []int
	var score [1]float32
	for i := range c.ms {
		if !c.resolvable(i) {
			continue
		}
		a := c.ms[i]
		window := len(c.order)
		if a.kind == pronoun {
			window = pronounWindow
		}
		cands, offs = cands[:0], offs[:0]
		r.feats = r.feats[:0]
		hasExact, hasHead := false, false
		c.candidates(i, window, func(j int) bool {
			b := c.ms[j]
			if c.id[j] == c.id[i] || b.pleonastic || b.kind == clause || b.kind == pronoun && b.person != 3 && a.kind == pronoun {
				return true
			}
			if a.kind != pronoun && a.Sentence-b.Sentence > nearWindow && !share(a, b) {
				return true
			}
			if !c.pronounAgrees(i, j) || c.otherPossessor(i, j) {
				return true
			}
			hasExact = hasExact || a.kind != pronoun && a.text == b.text
			hasHead = hasHead || a.kind != pronoun && b.kind != pronoun && a.head == b.head
			cands = append(cands, j)
			return true
		})
		offs = append(offs, 0)
		r.newFeatures(i, hasExact, hasHead)
		offs = append(offs, len(r.feats))
		heur := -1
		if a.kind == pronoun {
			// the choice of the pronoun sieve (pronouns)
			var hs float64
			for x, j := range cands {
				b := c.ms[j]
				if a.Sentence-b.Sentence > 3 || b.Sentence == a.Sentence && b.depth > a.depth+1 {
					continue
				}
				sc := pronounPreference(a, b, x)
				if heur < 0 || sc > hs {
					heur, hs = x, sc
				}
			}
		}
		for x, j := range cands {
			r.pairFeatures(i, j, x)
			if x == heur {
				r.add(fHeuristic, r.kindH[i])
				r.add(fHeuristic, 0)
			}
			offs = append(offs, len(r.feats))
		}
		// option 0 is "new", option x+1 candidate x
		best, bestScore := 0, float32(0)
		for o := 0; o <= len(cands); o++ {
			p.Score(r.feats[offs[o]:offs[o+1]], score[:])
			if o == 0 || score[0] > bestScore {
				best, bestScore = o, score[0]
			}
		}
		if t == nil {
			if best > 0 {
				c.merge(cands[best-1], i)
			}
			continue
		}
		// Training: the best-scoring right option is the target.
		g := t.gold(a.Ref)
		target, targetScore := 0, float32(0)
		right := func(o int) bool {
			if o == 0 {
				return false
			}
			return g >= 0 && t.gold(c.ms[cands[o-1]].Ref) == g
		}
		anyRight := false
		for o := 1; o <= len(cands); o++ {
			if right(o) {
				p.Score(r.feats[offs[o]:offs[o+1]], score[:])
				if !anyRight || score[0] > targetScore {
					target, targetScore = o, score[0]
				}
				anyRight = true
			}
		}
		t.total++
		// Cost-augmented decoding: the prediction the update corrects is
		// the one that scores best after adding the cost of its error.
		best, bestScore = 0, 0
		for o := 0; o <= len(cands); o++ {
			p.Score(r.feats[offs[o]:offs[o+1]], score[:])
			s := score[0]
			switch {
			case right(o):
			case o == 0 && anyRight:
				s += costFalseNew
			case o == 0:
			case !anyRight:
				s += costFalseAnaphoric
			default:
				s += costWrongLink
			}
			if o == 0 || s > bestScore {
				best, bestScore = o, s
			}
		}
		if best != target && !right(best) {
			t.errors++
			p.Add(r.feats[offs[target]:offs[target+1]], 0, 1)
			p.Add(r.feats[offs[best]:offs[best+1]], 0, -1)
		}
		p.Tick()
		// Later decisions see the entities the key builds.
		if target > 0 {
			c.merge(cands[target-1], i)
		}
	}
}

// Example is one training document: analysed (tagged, parsed, names
// recognized), with its speakers (nil for none) and its key.
type Example struct {
	Doc      *doc.Doc
	Speakers []string
	Gold     Gold
}

// NewTrainer returns an empty model for Train.
func NewTrainer() *Trainer {
	return &Trainer{p: ml.NewPerceptron(1, 20)}
}

// Trainer trains a Model, one epoch over the examples at a time.
type Trainer struct {
	p *ml.Perceptron
}

// Epoch trains on each example once, in order, and returns the share of
// decisions the model got wrong.
func (tr *Trainer) Epoch(exs []Example) float64 {
	var t training
	t.p = tr.p
	for _, ex := range exs {
		t.gold = ex.Gold
		c := prepare(ex.Doc, ex.Speakers)
		c.rank(tr.p, &t)
	}
	return float64(t.errors) / float64(max(t.total, 1))
}

// MergeModels averages the weights of models.
func MergeModels(ms ...*Model) (*Model, error) {
	var ps []*ml.Perceptron
	for _, m := range ms {
		ps = append(ps, m.p)
	}
	p, err := ml.Merge(ps...)
	if err != nil {
		return nil, err
	}
	return &Model{p: p}, nil
}

// Model returns the averaged model so far; training may go on.
func (tr *Trainer) Model() *Model { return &Model{p: tr.p.Averaged()} }

// ClusterModel is ClusterSpeakers with the model m (nil: the sieves
// alone).
func ClusterModel(d *doc.Doc, speakers []string, m *Model) [][]Ref {
	if m == nil {
		return clusterSieves(d, speakers)
	}
	c := prepare(d, speakers)
	c.rank(m.p, nil)
	c.placeDescriptions()
	c.quoteSpeakers()
	return c.entities()
}

// prepare finds the phrases of d and runs the sieves that precede the
// model.
func prepare(d *doc.Doc, speakers []string) *clusters {
	c := start(d, speakers)
	c.sieve(preciseConstruct, anyIndefinite|pronounAnchors)
	c.extraposed()
	return c
}
