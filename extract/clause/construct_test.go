package clause

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// sentence builds a parsed sentence from one line per token: form, UPOS,
// XPOS, head, relation and optionally the lemma (else the lowercased
// form), separated by spaces. The text is the forms joined by single
// spaces, but a hyphen (XPOS HYPH) touches the words around it, as the
// tokenizer splits "well-established".
func sentence(t *testing.T, rows string) (*doc.Sentence, string) {
	t.Helper()
	s := &doc.Sentence{}
	var text strings.Builder
	glue := false
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) == 5 {
			f = append(f, strings.ToLower(f[0]))
		}
		if len(f) != 6 {
			t.Fatalf("bad row %q", line)
		}
		head, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("bad head in %q", line)
		}
		if text.Len() > 0 && !glue && f[2] != "HYPH" {
			text.WriteByte(' ')
		}
		glue = f[2] == "HYPH"
		start := text.Len()
		text.WriteString(f[0])
		s.Tokens = append(s.Tokens, doc.Token{Span: doc.Span{Start: start, End: text.Len()}, Form: f[0], Lemma: f[5],
			UPOS: f[1], XPOS: f[2], Head: head, Rel: f[4], SpaceAfter: true})
	}
	return s, text.String()
}

// TestConstructions checks one construction per sentence, on parses as
// the embedded parser gives them.
func TestConstructions(t *testing.T) {
	cases := []struct {
		name, rows string
		want       []string
	}{
		{"adverb and preposition join the relation", `
Courtelary PROPN NNP 4 nsubj:pass
is AUX VBZ 4 aux:pass
first ADV RB 4 advmod
mentioned VERB VBN 0 root mention
in ADP IN 6 case
968 NUM CD 4 obl
. PUNCT . 4 punct`, []string{
			"Courtelary | is first mentioned in | 968 (mention in)",
		}},
		{"a determined description that is the subject stays the subject of its name's apposition", `
His PRON PRP$ 3 nmod:poss his
elder ADJ JJ 3 amod
brother NOUN NN 9 nsubj
, PUNCT , 5 punct
Conte PROPN NNP 3 appos Conte
Quinto PROPN NNP 5 flat Quinto
Mazzolini PROPN NNP 6 flat Mazzolini
, PUNCT , 3 punct
served VERB VBD 0 root serve
as ADP IN 11 case
consul NOUN NN 9 obl
in ADP IN 13 case
Jerusalem PROPN NNP 11 nmod Jerusalem
. PUNCT . 9 punct`, []string{
			"Conte Quinto Mazzolini | is | His elder brother (be) SECOND",
			"His elder brother , Conte Quinto Mazzolini | served as consul in | Jerusalem (serve as) SECOND",
			"His elder brother , Conte Quinto Mazzolini | served as | consul in Jerusalem (serve as)",
			"His elder brother | is | Conte Quinto Mazzolini (be)",
			"His elder brother | was | Conte Quinto Mazzolini (be) SECOND",
			"brother , Conte Quinto Mazzolini | is | elder (be) SECOND",
			"brother , Conte Quinto Mazzolini | was | elder (be) SECOND",
			"consul | is in | Jerusalem (be in) SECOND",
		}},
		{"a thing is no relation of itself", `
Their PRON PRP$ 2 nmod:poss their
performance NOUN NN 5 nsubj:pass performance
was AUX VBD 5 aux:pass be
well ADV RB 5 advmod well
received VERB VBN 0 root receive
and CCONJ CC 7 cc and
inspired VERB VBN 5 conj inspire
Ruby PROPN NNP 7 obj Ruby
Hunter PROPN NNP 8 flat Hunter
, PUNCT , 14 punct ,
Archie PROPN NNP 14 nmod:poss Archie
Roach PROPN NNP 11 flat Roach
's PART POS 11 case 's
partner NOUN NN 8 appos partner
, PUNCT , 17 punct ,
to PART TO 17 mark to
dub VERB VB 7 xcomp dub
the DET DT 20 det the
trio NOUN NN 20 compound trio
Tiddas PROPN NNP 17 obj Tiddas
, PUNCT , 25 punct ,
which PRON WDT 25 nsubj which
is AUX VBZ 25 cop be
Koori PROPN NNP 25 compound Koori
English PROPN NNP 20 conj English
for ADP IN 29 case for
the DET DT 29 det the
word NOUN NN 29 compound word
sisters NOUN NNS 17 obl sister
. PUNCT . 5 punct .`, []string{
			"Archie Roach 's partner | is | Ruby Hunter (be) SECOND",
			"Archie Roach | had | partner (have) SECOND",
			"Archie Roach | has | partner (have) SECOND",
			"Koori English | is | the trio Tiddas (be) SECOND",
			"Ruby Hunter , Archie Roach 's partner | dub the trio Tiddas for | the word sisters (dub for) SECOND",
			"Ruby Hunter , Archie Roach 's partner | dub which is Koori English for | the word sisters (dub for) SECOND",
			"Ruby Hunter , Archie Roach 's partner | dub | the trio Tiddas , which is Koori English | for the word sisters (dub) SECOND",
			"Ruby Hunter , Archie Roach 's partner | dub | which is Koori English | for the word sisters (dub) SECOND",
			"Ruby Hunter | dub the trio Tiddas for | the word sisters (dub for) SECOND",
			"Ruby Hunter | dub which is Koori English for | the word sisters (dub for) SECOND",
			"Ruby Hunter | dub | the trio Tiddas | for the word sisters (dub) SECOND",
			"Ruby Hunter | dub | which is Koori English | for the word sisters (dub) SECOND",
			"Ruby Hunter | is | Archie Roach 's partner (be)",
			"Ruby Hunter | was | Archie Roach 's partner (be) SECOND",
			"Their performance | was inspired | Ruby Hunter , Archie Roach 's partner , to dub the trio Tiddas , which is Koori English for the word sisters (inspire)",
			"Their performance | was well received |  (receive) SECOND",
			"Their performance | was | well received (be)",
			"the trio Tiddas | is | Koori English (be)",
		}},
		{"a bare passive whose participle an adverb modifies states a state", `
The DET DT 2 det the
play NOUN NN 5 nsubj:pass play
was AUX VBD 5 aux:pass be
well ADV RB 5 advmod well
received VERB VBN 0 root receive
. PUNCT . 5 punct .`, []string{
			"The play | was well received |  (receive) SECOND",
			"The play | was | well received (be)",
		}},
		{"the agent of a bare past participle acted", `
The DET DT 2 det the
privilege NOUN NN 7 nsubj privilege
cited VERB VBN 2 acl cite
by ADP IN 5 case by
Mrs. PROPN NNP 3 obl:agent Mrs.
Marcos PROPN NNP 5 flat Marcos
protects VERB VBZ 0 root protect
communications NOUN NNS 7 obj communication
between ADP IN 10 case between
spouses NOUN NNS 8 nmod spouse
. PUNCT . 7 punct .`, []string{
			"Mrs. Marcos | cited | The privilege (cite) SECOND",
			"The privilege cited by Mrs. Marcos | protects | communications between spouses (protect) SECOND",
			"The privilege | is cited by | Mrs. Marcos (cite by)",
			"The privilege | protects communications between | spouses (protect) SECOND",
			"The privilege | protects | communications between spouses (protect)",
			"communications | are between | spouses (be between) SECOND",
		}},
		{"an adverb in -ly before an adjective predicate goes with it", `
Broader ADJ JJR 3 amod broad
market NOUN NN 3 compound market
indexes NOUN NNS 6 nsubj index
were AUX VBD 6 cop be
virtually ADV RB 6 advmod virtually
unchanged ADJ JJ 0 root unchanged
. PUNCT . 6 punct .`, []string{
			"Broader market indexes | were | virtually unchanged (be)",
			"market indexes | are | Broader (be) SECOND",
			"market indexes | were | Broader (be) SECOND",
		}},
		{"an apposition of the fronted oblique of a subjectless adverbial clause is its subject", `
Although SCONJ IN 8 mark although
in ADP IN 3 case in
Flanders PROPN NNP 8 obl Flanders
, PUNCT , 7 punct ,
the DET DT 7 det the
Flemish ADJ JJ 7 compound Flemish
Region NOUN NN 3 appos region
assigned VERB VBN 21 advcl assign
all DET DT 8 obj all
of ADP IN 12 case of
its PRON PRP$ 12 nmod:poss its
powers NOUN NNS 9 nmod power
to ADP IN 16 case to
the DET DT 16 det the
Flemish ADJ JJ 16 amod Flemish
Community PROPN NNP 12 nmod Community
, PUNCT , 8 punct ,
the DET DT 20 det the
Walloon PROPN NNP 20 compound Walloon
Region NOUN NN 21 nsubj region
remains VERB VBZ 0 root remain
distinct ADJ JJ 21 xcomp distinct
from ADP IN 26 case from
the DET DT 26 det the
French ADJ JJ 26 amod French
Community PROPN NNP 22 obl Community
. PUNCT . 21 punct .`, []string{
			"Community | is | Flemish (be) SECOND",
			"Community | is | French (be) SECOND",
			"Community | was | Flemish (be) SECOND",
			"Community | was | French (be) SECOND",
			"Flanders , the Flemish Region | had | powers to the Flemish Community (have) SECOND",
			"Flanders , the Flemish Region | has | powers to the Flemish Community (have) SECOND",
			"Flanders | had | powers (have) SECOND",
			"Flanders | has | powers (have) SECOND",
			"its powers | are to | the Flemish Community (be to) SECOND",
			"the Flemish Region | is assigned all of its powers to | the Flemish Community | in Flanders (assign) SECOND",
			"the Flemish Region | is assigned all of | its powers to the Flemish Community | in Flanders (assign) SECOND",
			"the Flemish Region | is assigned | all of its powers to the Flemish Community (assign) SECOND",
			"the Flemish Region | is assigned | all of its powers to the Flemish Community | in Flanders (assign)",
			"the Walloon Region | remains distinct from | the French Community (remain) SECOND",
			"the Walloon Region | remains | distinct from the French Community (remain)",
		}},
		{"a sentence adverb before the auxiliary leaves a stative passive", `
Thus ADV RB 7 advmod thus
, PUNCT , 1 punct ,
the DET DT 4 det the
reaction NOUN NN 7 nsubj:pass reaction
is AUX VBZ 7 aux:pass be
strongly ADV RB 7 advmod strongly
favored VERB VBN 0 root favor
. PUNCT . 7 punct .`, []string{
			"the reaction | is strongly favored |  (favor) SECOND",
			"the reaction | is | strongly favored (be)",
		}},
		{"a fixed prepositional phrase is an adverb, no argument", `
Zero NUM CD 2 nsubj zero
helps VERB VBZ 0 root help
the DET DT 4 det the
band NOUN NN 2 obj band
of ADP IN 6 case of
Reploids PROPN NNP 4 nmod Reploids
, PUNCT , 11 punct ,
who PRON WP 11 nsubj who
in ADP IN 10 case in
turn NOUN NN 11 obl turn
marvel NOUN NN 2 conj marvel
at ADP IN 14 case at
his PRON PRP$ 14 nmod:poss his
skills NOUN NNS 11 nmod skill
. PUNCT . 2 punct .`, []string{
			"Reploids | had | band (have) SECOND",
			"Reploids | had | skills (have) SECOND",
			"Reploids | has | band (have) SECOND",
			"Reploids | has | skills (have) SECOND",
			"Reploids | marvel |  (marvel) SECOND",
			"Zero | helps the band of | Reploids (help) SECOND",
			"Zero | helps | the band of Reploids (help)",
			"the band | is of | Reploids (be of) SECOND",
		}},
		{"copular complement of a control verb", `
The DET DT 2 det
effect NOUN NN 3 nsubj
continues VERB VBZ 0 root continue
to PART TO 6 mark
be AUX VB 6 cop
influential ADJ JJ 3 xcomp
in ADP IN 8 case
theories NOUN NNS 6 obl
. PUNCT . 3 punct`, []string{
			"The effect | continues to be | influential | in theories (continue be)",
			"The effect | continues to be | influential in theories (continue be) SECOND",
		}},
		{"participle modifying a noun takes be in the sentence's tense", `
He PRON PRP 2 nsubj
met VERB VBD 0 root meet
commissioners NOUN NNS 2 obj
sent VERB VBN 3 acl send
to ADP IN 7 case
the DET DT 7 det
army NOUN NN 4 obl
. PUNCT . 2 punct`, []string{
			"He | met | commissioners sent to the army (meet)",
			"commissioners | were sent to | the army (send to)",
			"He | met commissioners sent to | the army (meet) SECOND",
		}},
		{"subject pronoun of a relative clause", `
The DET DT 2 det
division NOUN NN 3 nsubj
held VERB VBD 0 root hold
the DET DT 5 det
line NOUN NN 3 obj
until ADP IN 7 case
May PROPN NNP 3 obl
, PUNCT , 11 punct
when ADV WRB 11 advmod
it PRON PRP 11 nsubj
took VERB VBD 7 acl:relcl take
Cisterna PROPN NNP 11 obj
. PUNCT . 3 punct`, []string{
			"The division | held | the line | until May (hold)",
			"The division | held the line until | May (hold until) SECOND",
			"The division | took | Cisterna | in May (take)",
			"The division | held the line until | May , when it took Cisterna (hold until) SECOND",
			"The division | held | the line | until May , when it took Cisterna (hold) SECOND",
		}},
		{"relative clause without a relative word", `
In ADP IN 2 case
1840 NUM CD 4 obl
he PRON PRP 4 nsubj
received VERB VBD 0 root receive
a DET DT 6 det
post NOUN NN 4 obj
he PRON PRP 8 nsubj
held VERB VBD 6 acl:relcl hold
for ADP IN 10 case
years NOUN NNS 8 obl
. PUNCT . 4 punct`, []string{
			"he | received | a post he held for years | In 1840 (receive)",
			"he | held | a post | for years (hold)",
			"he | held a post for | years (hold for) SECOND",
			"he | received a post he held for | years | In 1840 (receive) SECOND",
		}},
		{"apposition to coordinated names", `
Mark PROPN NNP 8 nsubj
and CCONJ CC 3 cc
Marisa PROPN NNP 1 conj
, PUNCT , 6 punct
the DET DT 6 det
presenters NOUN NNS 1 appos
, PUNCT , 6 punct
made VERB VBD 0 root make
the DET DT 10 det
announcement NOUN NN 8 obj
. PUNCT . 8 punct`, []string{
			"Mark | made | the announcement (make)",
			"Marisa | made | the announcement (make)",
			"Mark | is | the presenters (be)",
			"Mark | was | the presenters (be) SECOND",
			"the presenters | are | Mark (be) SECOND",
			"the presenters | are | Marisa (be) SECOND",
			"Marisa | is | the presenters (be)",
			"Marisa | was | the presenters (be) SECOND",
			"Mark and Marisa , the presenters | made | the announcement (make) SECOND",
			"Mark and Marisa | is | the presenters (be) SECOND",
			"Mark and Marisa | was | the presenters (be) SECOND",
		}},
		{"title ending in a common noun", `
producer NOUN NN 2 compound
Leo PROPN NNP 4 nsubj
Graham PROPN NNP 2 flat
joined VERB VBD 0 root join
the DET DT 6 det
band NOUN NN 4 obj
. PUNCT . 4 punct`, []string{
			"producer Leo Graham | joined | the band (join)",
			"Leo Graham | is | a producer (be)",
			"Leo Graham | was | a producer (be) SECOND",
		}},
		{"possessive in the past tense", `
Ruby PROPN NNP 7 nsubj
Hunter PROPN NNP 1 flat
was AUX VBD 7 cop
Archie PROPN NNP 7 nmod:poss
Roach PROPN NNP 4 flat
's PART POS 4 case
partner NOUN NN 0 root
. PUNCT . 7 punct`, []string{
			"Ruby Hunter | was | Archie Roach 's partner (be)",
			"Archie Roach 's partner | was | Ruby Hunter (be) SECOND",
			"Archie Roach | had | partner (have) SECOND",
			"Archie Roach | has | partner (have) SECOND",
		}},
		{"oblique misparsed as a subject", `
In ADP IN 2 case
October PROPN NNP 6 nsubj
2008 NUM CD 2 nmod:unmarked
, PUNCT , 2 punct
Bond PROPN NNP 6 nsubj
apologized VERB VBD 0 root apologize
to ADP IN 8 case
Graves PROPN NNP 6 obl
. PUNCT . 6 punct`, []string{
			"Bond | apologized to | Graves (apologize to)",
		}},
		{"non-finite adverbial clause shares the subject", `
He PRON PRP 2 nsubj
stayed VERB VBD 0 root stay
for ADP IN 5 case
a DET DT 5 det
year NOUN NN 2 obl
before SCONJ IN 8 mark
being AUX VBG 8 aux:pass
appointed VERB VBN 2 advcl appoint
Chief PROPN NNP 10 compound
Constable PROPN NNP 8 obj
. PUNCT . 2 punct`, []string{
			"He | stayed | for a year (stay)",
			"He | was appointed | Chief Constable (appoint)",
		}},
		{"unmarked oblique of time", `
Passenger NOUN NN 2 compound
services NOUN NNS 3 nsubj
ended VERB VBD 0 root end
31 NUM CD 5 nummod
December PROPN NNP 3 obl:unmarked
1954 NUM CD 5 nmod:unmarked
. PUNCT . 3 punct`, []string{
			"Passenger services | ended | 31 December 1954 (end)",
			"Passenger services | ended 31 December | 1954 (end) SECOND",
		}},
		{"copular predicate hanging from its subject", `
The DET DT 3 det
previous ADJ JJ 3 amod
champions NOUN NNS 0 root
were AUX VBD 5 cop
Kilmacud PROPN NNP 3 nmod
Crokes PROPN NNP 5 flat
. PUNCT . 3 punct`, []string{
			"The previous champions | were | Kilmacud Crokes (be)",
		}},
		{"the argument is an oblique not of time", `
Tuqiri PROPN NNP 3 nsubj:pass
was AUX VBD 3 aux:pass
named VERB VBN 0 root name
in ADP IN 5 case
2010 NUM CD 3 obl
to ADP IN 8 case
the DET DT 8 det
squad NOUN NN 3 obl
. PUNCT . 3 punct`, []string{
			"Tuqiri | was named to | the squad | in 2010 (name to)",
		}},
		{"pronoun subject read as the subject of the adverbial clause before it", `
After SCONJ IN 3 mark
Byers PROPN NNP 3 nsubj
arrived VERB VBD 6 advcl arrive
, PUNCT , 6 punct
he PRON PRP 6 nsubj
criticized VERB VBD 0 root criticize
the DET DT 8 det
term NOUN NN 6 obj
. PUNCT . 6 punct`, []string{
			"Byers | criticized | the term (criticize)",
			"Byers | arrived |  (arrive) SECOND",
		}},
		{"predicate without a subject takes the noun it modifies, second", `
Smith PROPN NNP 2 nsubj
had VERB VBD 0 root have
the DET DT 4 det
idea NOUN NN 2 obj
of SCONJ IN 6 mark
running VERB VBG 4 acl run
workshops NOUN NNS 6 obj
. PUNCT . 2 punct`, []string{
			"Smith | had | the idea of running workshops (have)",
			"the idea | was running | workshops (run) SECOND",
			"Smith | had the idea of running | workshops (have) SECOND",
		}},
		{"time noun read as subject gives way to its apposition", `
This DET DT 2 det
year NOUN NN 6 nsubj
, PUNCT , 5 punct
Mr. PROPN NNP 5 nmod:desc
Wathen PROPN NNP 2 appos
says VERB VBZ 0 root say
the DET DT 8 det
firm NOUN NN 9 nsubj
grows VERB VBZ 6 ccomp grow
. PUNCT . 6 punct`, []string{
			"Mr. Wathen | says | the firm grows (say)",
			"the firm | grows |  (grow) SECOND",
		}},
		{"possessive pronoun read as the earlier subject, second", `
King PROPN NNP 2 nsubj
refers VERB VBZ 0 root refer
to ADP IN 5 case
her PRON PRP$ 5 nmod:poss
grandmother NOUN NN 2 obl
. PUNCT . 2 punct`, []string{
			"King | refers to | her grandmother (refer to)",
			"King | has | grandmother (have) SECOND",
			"King | had | grandmother (have) SECOND",
		}},
		{"relative word tied to no noun reads the noun phrase closing at the comma before it", `
The DET DT 2 det
pair NOUN NN 3 nsubj
developed VERB VBD 0 root develop
workshops NOUN NNS 3 obj
, PUNCT , 8 punct
which PRON WDT 7 nsubj
became VERB VBD 3 conj become
the DET DT 10 det
Arts PROPN NNP 10 compound
Trust PROPN NNP 7 obj
. PUNCT . 3 punct`, []string{
			"The pair | developed | workshops (develop)",
			"workshops | became | the Arts Trust (become)",
		}},
		{"relative word tied to no noun reads the nearest noun before it, second", `
The DET DT 2 det
pair NOUN NN 3 nsubj
developed VERB VBD 0 root develop
workshops NOUN NNS 3 obj
jointly ADV RB 3 advmod
, PUNCT , 9 punct
which PRON WDT 8 nsubj
became VERB VBD 3 conj become
the DET DT 11 det
Arts PROPN NNP 11 compound
Trust PROPN NNP 8 obj
. PUNCT . 3 punct`, []string{
			"The pair | developed | workshops (develop)",
			"workshops | became | the Arts Trust (become) SECOND",
		}},
		{"adverb between the verb and its oblique's preposition joins the relation", `
The DET DT 2 det
company NOUN NN 3 nsubj
relies VERB VBZ 0 root rely
heavily ADV RB 3 advmod
on ADP IN 7 case
imported VERB VBD 7 amod import
steel NOUN NN 3 obl
. PUNCT . 3 punct`, []string{
			"The company | relies heavily on | imported steel (rely on)",
		}},
		{"title read from the words when the parse splits the name", `
The DET DT 2 det
deal NOUN NN 4 nsubj:pass
was AUX VBD 4 aux:pass be
signed VERB VBN 0 root sign
by ADP IN 9 case
former ADJ JJ 8 amod
Finance PROPN NNP 8 compound Finance
Minister PROPN NNP 9 nmod:desc Minister
Anna PROPN NNP 4 obl:agent Anna
Berg PROPN NNP 9 flat Berg
in ADP IN 12 case
Oslo PROPN NNP 9 nmod Oslo
. PUNCT . 4 punct`, []string{
			"The deal | was signed by | former Finance Minister Anna Berg in Oslo (sign by)",
			"former Finance Minister Anna Berg | is in | Oslo (be in) SECOND",
			"Anna Berg | is | a former Finance Minister (be)",
			"Anna Berg | was | a former Finance Minister (be) SECOND",
			"The deal | was signed by former Finance Minister Anna Berg in | Oslo (sign by) SECOND",
		}},
		{"title ending in a common noun before an object name", `
The DET DT 2 det
museum NOUN NN 3 nsubj
hired VERB VBD 0 root hire
curator NOUN NN 5 nmod:desc
Maria PROPN NNP 3 obj Maria
Lopez PROPN NNP 5 flat Lopez
last ADJ JJ 8 amod
year NOUN NN 3 obl:unmarked
. PUNCT . 3 punct`, []string{
			"The museum | hired | curator Maria Lopez | last year (hire)",
			"Maria Lopez | is | a curator (be)",
			"Maria Lopez | was | a curator (be) SECOND",
		}},
		{"reporting verb hanging from the reported clause", `
Sales NOUN NNS 2 nsubj sale
rose VERB VBD 0 root rise
5 NUM CD 4 nummod
% SYM NN 2 obj
last ADJ JJ 6 amod
year NOUN NN 2 obl:unmarked
, PUNCT , 10 punct
Mr. PROPN NNP 9 nmod:desc Mr.
Reed PROPN NNP 10 nsubj Reed
argues VERB VBZ 2 parataxis argue
. PUNCT . 2 punct`, []string{
			"Sales | rose | 5 % | last year (rise)",
			"Mr. Reed | argues | Sales rose 5 % last year (argue)",
			"Mr. Reed | argues Sales rose 5 % | last year (argue) SECOND",
		}},
		{"reporting verb with an oblique of its own", `
The DET DT 2 det
talks NOUN NNS 4 nsubj talk
will AUX MD 4 aux
resume VERB VB 0 root
in ADP IN 6 case
May PROPN NNP 4 obl May
, PUNCT , 9 punct
officials NOUN NNS 9 nsubj official
said VERB VBD 4 parataxis say
on ADP IN 11 case
Friday PROPN NNP 9 obl Friday
. PUNCT . 4 punct`, []string{
			"The talks | will resume | in May (resume)",
			"officials | said | The talks will resume in May | on Friday (say)",
			"officials | said The talks will resume in | May | on Friday (say) SECOND",
		}},
		{"place set off by a comma is where the place before it is", `
She PRON PRP 2 nsubj
studied VERB VBD 0 root study
at ADP IN 5 case
the DET DT 5 det
University PROPN NNP 2 obl University
of ADP IN 8 case
South PROPN NNP 8 compound South
Florida PROPN NNP 5 nmod Florida
in ADP IN 10 case
Tampa PROPN NNP 2 obl Tampa
, PUNCT , 12 punct
Florida PROPN NNP 10 appos Florida
. PUNCT . 2 punct`, []string{
			"She | studied at | the University of South Florida | in Tampa , Florida (study at)",
			"the University | is of | South Florida (be of) SECOND",
			"Tampa | is in | Florida (be in)",
			"She | studied at the University of | South Florida | in Tampa , Florida (study at) SECOND",
		}},
		{"place as an unmarked modifier of the place before it", `
The DET DT 2 det
plant NOUN NN 8 nsubj
in ADP IN 4 case
Toledo PROPN NNP 2 nmod Toledo
, PUNCT , 6 punct
Ohio PROPN NNP 4 nmod:unmarked Ohio
, PUNCT , 2 punct
closed VERB VBD 0 root close
in ADP IN 10 case
May PROPN NNP 8 obl May
. PUNCT . 8 punct`, []string{
			"The plant | is in | Toledo , Ohio (be in) SECOND",
			"Toledo | is in | Ohio (be in)",
			"The plant in Toledo , Ohio | closed | in May (close)",
			"The plant | is in Toledo , | Ohio (be in) SECOND",
		}},
		{"names in a list are no places", `
They PRON PRP 2 nsubj
met VERB VBD 0 root meet
Mark PROPN NNP 2 obj Mark
, PUNCT , 5 punct
Anna PROPN NNP 3 flat Anna
and CCONJ CC 7 cc
Tom PROPN NNP 3 conj Tom
. PUNCT . 2 punct`, []string{
			"They | met | Mark , Anna (meet)",
			"They | met | Tom (meet)",
			"They | met | Mark , Anna and Tom (meet) SECOND",
		}},
		{"examples introduced by such as, one tuple per conjunct", `
The DET DT 2 det
shop NOUN NN 3 nsubj
sells VERB VBZ 0 root sell
fruits NOUN NNS 3 obj fruit
such ADJ JJ 7 case
as ADP IN 5 fixed
apples NOUN NNS 4 nmod apple
, PUNCT , 9 punct
pears NOUN NNS 7 conj pear
and CCONJ CC 11 cc
plums NOUN NNS 7 conj plum
. PUNCT . 3 punct`, []string{
			"The shop | sells | fruits such as apples , pears and plums (sell)",
			"fruits | are such as | apples (be such as)",
			"fruits | are such as | pears (be such as)",
			"fruits | are such as | plums (be such as)",
			"fruits | are such as | apples , pears and plums (be such as) SECOND",
			"The shop | sells fruits such as | apples , pears and plums (sell) SECOND",
		}},
		{"examples introduced by including", `
The DET DT 2 det
region NOUN NN 3 nsubj
has VERB VBZ 0 root have
many ADJ JJ 5 amod
lakes NOUN NNS 3 obj lake
, PUNCT , 8 punct
including VERB VBG 8 case include
Lake PROPN NNP 5 nmod Lake
Ontario PROPN NNP 8 flat Ontario
and CCONJ CC 11 cc
Lake PROPN NNP 8 conj Lake
Erie PROPN NNP 11 flat Erie
. PUNCT . 3 punct`, []string{
			"The region | has | many lakes , including Lake Ontario and Lake Erie (have)",
			"many lakes | are including | Lake Ontario (be including)",
			"many lakes | are including | Lake Erie (be including)",
			"many lakes | are including | Lake Ontario and Lake Erie (be including) SECOND",
			"The region | has many lakes , including | Lake Ontario and Lake Erie (have) SECOND",
		}},
		{"quoted reported speech keeps its quotes", `
" PUNCT '' 5 punct
The DET DT 3 det
plan NOUN NN 5 nsubj
will AUX MD 5 aux
fail VERB VB 10 ccomp
, PUNCT , 5 punct
" PUNCT '' 5 punct
the DET DT 9 det
minister NOUN NN 10 nsubj
said VERB VBD 0 root say
. PUNCT . 10 punct`, []string{
			"The plan | will fail |  (fail) SECOND",
			"the minister | said | \" The plan will fail , \" (say)",
		}},
		{"purpose clause joins its governing verb in the relation, a second reading as an aim is not asserted", `
The DET DT 2 det
viaduct NOUN NN 4 nsubj:pass
was AUX VBD 4 aux:pass be
opened VERB VBN 0 root open
in ADP IN 6 case
1893 NUM CD 4 obl
to PART TO 8 mark
carry VERB VB 4 advcl
the DET DT 10 det
railway NOUN NN 8 obj
over ADP IN 13 case
the DET DT 13 det
canal NOUN NN 10 nmod
. PUNCT . 4 punct`, []string{
			"The viaduct | was opened | in 1893 (open)",
			"The viaduct | was opened to carry | the railway over the canal (carry) SECOND",
			"the railway | is over | the canal (be over) SECOND",
			"The viaduct | was opened to carry the railway over | the canal (carry) SECOND",
		}},
		{"quotes inside an oblique keep its preposition", `
The DET DT 2 det
town NOUN NN 5 nsubj:pass
is AUX VBZ 5 aux:pass be
first ADV RB 5 advmod
mentioned VERB VBN 0 root mention
in ADP IN 7 case
968 NUM CD 5 obl
as ADP IN 10 case
" PUNCT '' 10 punct
Curtis PROPN NNP 5 obl Curtis
" PUNCT '' 10 punct
in ADP IN 14 case
a DET DT 14 det
list NOUN NN 5 obl
. PUNCT . 5 punct`, []string{
			"The town | is first mentioned as | \" Curtis \" | in 968 | in a list (mention as)",
		}},
		{"a list of names parsed as appositions is no place", `
G7 PROPN NNP 2 nsubj
includes VERB VBZ 0 root include
the DET DT 4 det
U.S. PROPN NNP 2 obj
, PUNCT , 6 punct
Japan PROPN NNP 4 appos
, PUNCT , 8 punct
Britain PROPN NNP 4 appos
. PUNCT . 2 punct`, []string{
			"G7 | includes | the U.S. (include)",
			"G7 | includes | the U.S. , Japan , Britain (include) SECOND",
		}},
		{"a verb misread as a plural noun stays out of a title, and a letter is no name", `
The DET DT 3 det
northern ADJ JJ 3 amod
dialect NOUN NN 0 root
strongly ADV RB 6 advmod
influences NOUN NNS 6 compound influence
language NOUN NN 3 appos
B NOUN NN 6 flat B
. PUNCT . 3 punct`, []string{
			"dialect | is | northern (be) SECOND",
			"dialect | was | northern (be) SECOND",
		}},
		{"an oblique fronted before the subject scopes over conjoined predicates", `
In ADP IN 2 case
1998 NUM CD 6 obl
, PUNCT , 2 punct
the DET DT 5 det
company NOUN NN 6 nsubj
bought VERB VBD 0 root buy
a DET DT 8 det
mill NOUN NN 6 obj
and CCONJ CC 10 cc
closed VERB VBD 6 conj close
two NUM CD 12 nummod
plants NOUN NNS 10 obj plant
. PUNCT . 6 punct`, []string{
			"the company | bought | a mill | In 1998 (buy)",
			"the company | closed | two plants | In 1998 (close)",
		}},
		{"an oblique after the subject stays with its predicate", `
The DET DT 2 det
company NOUN NN 3 nsubj
bought VERB VBD 0 root buy
a DET DT 5 det
mill NOUN NN 3 obj
in ADP IN 7 case
1998 NUM CD 3 obl
and CCONJ CC 9 cc
closed VERB VBD 3 conj close
two NUM CD 11 nummod
plants NOUN NNS 9 obj plant
. PUNCT . 3 punct`, []string{
			"The company | bought | a mill | in 1998 (buy)",
			"The company | bought a mill in | 1998 (buy in) SECOND",
			"The company | closed | two plants (close)",
		}},
		{"adjectives are weak copular readings", `
The DET DT 3 det
old ADJ JJ 3 amod
mill NOUN NN 4 nsubj
makes VERB VBZ 0 root make
rare ADJ JJ 8 amod
and CCONJ CC 7 cc
costly ADJ JJ 5 conj
paper NOUN NN 4 obj
. PUNCT . 4 punct`, []string{
			"The old mill | makes | rare and costly paper (make)",
			"mill | is | old (be) SECOND",
			"mill | was | old (be) SECOND",
			"paper | is | rare and costly (be) SECOND",
			"paper | was | rare and costly (be) SECOND",
		}},
		{"a noun of a noun is a weak possession", `
Critics NOUN NNS 2 nsubj critic
questioned VERB VBD 0 root question
the DET DT 4 det
dogmas NOUN NNS 2 obj dogma
of ADP IN 7 case
the DET DT 7 det
church NOUN NN 4 nmod
. PUNCT . 2 punct`, []string{
			"Critics | questioned | the dogmas of the church (question)",
			"the dogmas | are of | the church (be of) SECOND",
			"the church | has | dogmas (have) SECOND",
			"the church | had | dogmas (have) SECOND",
			"Critics | questioned the dogmas of | the church (question) SECOND",
		}},
		{"whole subtrees of the arguments are weak readings", `
The DET DT 2 det
farmers NOUN NNS 3 nsubj farmer
sold VERB VBD 0 root sell
wheat NOUN NN 3 obj
and CCONJ CC 6 cc
corn NOUN NN 4 conj
to ADP IN 9 case
a DET DT 9 det
mill NOUN NN 3 obl
that PRON WDT 11 nsubj
opened VERB VBD 9 acl:relcl open
in ADP IN 13 case
May PROPN NNP 11 obl May
. PUNCT . 3 punct`, []string{
			"The farmers | sold | wheat | to a mill (sell)",
			"The farmers | sold | corn | to a mill (sell)",
			"The farmers | sold wheat to | a mill (sell to) SECOND",
			"The farmers | sold corn to | a mill (sell to) SECOND",
			"a mill | opened | in May (open)",
			"The farmers | sold | wheat and corn | to a mill that opened in May (sell) SECOND",
			"The farmers | sold | corn | to a mill that opened in May (sell) SECOND",
			"The farmers | sold wheat to | a mill that opened in May (sell to) SECOND",
			"The farmers | sold corn to | a mill that opened in May (sell to) SECOND",
		}},
		{"words of the object up to a nested argument join the relation, weak", `
The DET DT 2 det
company NOUN NN 3 nsubj
asked VERB VBD 0 root ask
engineers NOUN NNS 3 iobj engineer
to PART TO 6 mark
design VERB VB 3 xcomp design
a DET DT 8 det
bridge NOUN NN 6 obj
. PUNCT . 3 punct`, []string{
			"The company | asked | engineers (ask)",
			"The company | asked | to design a bridge (ask)",
			"The company | design | a bridge (design) SECOND",
			"The company | asked to design | a bridge (ask) SECOND",
		}},
		{"a participle modifying a noun is a weak copular reading too", `
Police PROPN NNS 2 nsubj police
questioned VERB VBD 0 root question
the DET DT 5 det
arrested VERB VBN 5 amod arrest
men NOUN NNS 2 obj man
. PUNCT . 2 punct`, []string{
			"Police | questioned | the arrested men (question)",
			"men | are | arrested (be) SECOND",
			"men | were | arrested (be) SECOND",
		}},
		{"an indefinite description after a name is an apposition however parsed", `
The DET DT 2 det the
novel NOUN NN 3 nsubj novel
follows VERB VBZ 0 root follow
Cashel PROPN NNP 3 obj Cashel
Byron PROPN NNP 4 flat Byron
, PUNCT , 10 punct ,
a DET DT 10 det a
world NOUN NN 9 compound world
champion NOUN NN 10 compound champion
prizefighter NOUN NN 3 obl prizefighter
, PUNCT , 14 punct ,
as SCONJ IN 14 mark as
he PRON PRP 14 nsubj he
tries VERB VBZ 3 advcl try
to PART TO 16 mark to
woo VERB VB 14 xcomp woo
Lydia PROPN NNP 16 obj Lydia
. PUNCT . 3 punct .`, []string{
			"Cashel Byron | is | a world champion prizefighter (be)",
			"Cashel Byron | was | a world champion prizefighter (be) SECOND",
			"The novel | follows | Cashel Byron (follow)",
			"The novel | tries to woo | Lydia (woo)",
			"a world champion prizefighter | is | Cashel Byron (be) SECOND",
		}},
		{"an adverb completes a verb without other arguments", `
The DET DT 3 det the
waist NOUN NN 3 compound waist
line NOUN NN 5 nsubj:pass line
was AUX VBD 5 aux:pass be
put VERB VBN 0 root put
higher ADV RBR 5 advmod high
and CCONJ CC 10 cc and
the DET DT 9 det the
skirts NOUN NNS 10 nsubj skirt
became VERB VBD 5 conj become
longer ADV RBR 10 advmod long
. PUNCT . 5 punct .`, []string{
			"The waist line | was put | higher (put)",
			"the skirts | became | longer (become)",
		}},
		{"an oblique right after a predicate noun joins the relation like its nmod", `
It PRON PRP 5 nsubj it
was AUX VBD 5 cop be
a DET DT 5 det a
notable ADJ JJ 5 amod notable
influence NOUN NN 0 root influence
on ADP IN 7 case on
John PROPN NNP 5 obl John
Buchan PROPN NNP 7 flat Buchan
. PUNCT . 5 punct .`, []string{
			"It | was a notable influence on | John Buchan (be influence on)",
			"It | was | a notable influence on John Buchan (be influence on) SECOND",
			"It | was | a notable influence | on John Buchan (be influence on) SECOND",
		}},
		{"to between copulas joins the relation", `
Their PRON PRP$ 2 nmod:poss their
purpose NOUN NN 6 nsubj purpose
is AUX VBZ 6 cop be
to PART TO 6 mark to
be AUX VB 6 cop be
fair ADJ JJ 0 root fair
to ADP IN 9 case to
both DET DT 9 det both
parties NOUN NNS 6 obl party
. PUNCT . 6 punct .`, []string{
			"Their purpose | is to be fair to | both parties (be fair to)",
			"Their purpose | is to be | fair to both parties (be fair to) SECOND",
			"Their purpose | is to be | fair | to both parties (be fair to) SECOND",
		}},
		{"a relative word after a noun phrase and a comma stands for it however parsed", `
Congress PROPN NNP 3 nsubj Congress
is AUX VBZ 3 aux be
struggling VERB VBG 0 root struggle
to PART TO 5 mark to
dismantle VERB VB 3 xcomp dismantle
the DET DT 9 det the
Catastrophic ADJ JJ 9 amod catastrophic
Care PROPN NNP 9 compound Care
Act PROPN NNP 5 obj Act
of ADP IN 11 case of
1988 NUM CD 9 nmod 1988
, PUNCT , 14 punct ,
which PRON WDT 14 nsubj which
boosted VERB VBD 5 advcl:relcl boost
benefits NOUN NNS 14 obj benefit
for ADP IN 18 case for
the DET DT 18 det the
elderly ADV RB 14 obl elderly
. PUNCT . 3 punct .`, []string{
			"Care Act | is | Catastrophic (be) SECOND",
			"Care Act | was | Catastrophic (be) SECOND",
			"Congress | is struggling to dismantle the Catastrophic Care Act of | 1988 (dismantle) SECOND",
			"Congress | is struggling to dismantle | the Catastrophic Care Act of 1988 (dismantle)",
			"the Catastrophic Care Act of 1988 | boosted benefits for | the elderly (boost for) SECOND",
			"the Catastrophic Care Act of 1988 | boosted | benefits | for the elderly (boost)",
			"the Catastrophic Care Act | is of | 1988 (be of) SECOND",
		}},
		{"a description under a preposition has its apposition", `
The DET DT 2 det the
bank NOUN NN 4 nsubj bank
has AUX VBZ 4 aux have
filed VERB VBN 0 root file
charges NOUN NNS 4 obj charge
against ADP IN 11 case against
the DET DT 8 det the
branch NOUN NN 11 nmod:poss branch
's PART POS 8 case 's
former ADJ JJ 11 amod former
manager NOUN NN 5 nmod manager
, PUNCT , 13 punct ,
Christopher PROPN NNP 11 appos Christopher
Drogoul PROPN NNP 13 flat Drogoul
, PUNCT , 21 punct ,
and CCONJ CC 21 cc and
a DET DT 21 det a
former ADJ JJ 21 amod former
branch NOUN NN 20 compound branch
vice NOUN NN 21 compound vice
president NOUN NN 11 conj president
. PUNCT . 4 punct .`, []string{
			"Christopher Drogoul | is | the branch 's former manager (be)",
			"Christopher Drogoul | was | the branch 's former manager (be) SECOND",
			"The bank | has filed charges against | the branch 's former manager , Christopher Drogoul , and a former branch vice president (file) SECOND",
			"The bank | has filed | charges against the branch 's former manager , Christopher Drogoul , and a former branch vice president (file)",
			"charges | are against | the branch 's former manager , Christopher Drogoul (be against) SECOND",
			"charges | are against | the branch 's former manager , Christopher Drogoul , and a former branch vice president (be against) SECOND",
			"the branch 's former manager | is | Christopher Drogoul (be) SECOND",
			"the branch | had | former manager , Christopher Drogoul (have) SECOND",
			"the branch | had | former manager , Christopher Drogoul , and a former branch vice president (have) SECOND",
			"the branch | has | former manager , Christopher Drogoul (have) SECOND",
			"the branch | has | former manager , Christopher Drogoul , and a former branch vice president (have) SECOND",
		}},
		{"an infinitive completing a copular adjective joins the relation", `
Ford PROPN NNP 4 nsubj Ford
may AUX MD 4 aux may
be AUX VB 4 cop be
able ADJ JJ 0 root able
to PART TO 6 mark to
shut VERB VB 4 xcomp shut
out ADP RP 6 compound:prt out
General ADJ NNP 9 amod General
Motors PROPN NNPS 6 obj Motor
now ADV RB 6 advmod now
. PUNCT . 4 punct .`, []string{
			"Ford | may be able to shut out | General Motors (shut out) MODAL",
			"Motors | are | General (be) SECOND",
			"Motors | were | General (be) SECOND",
		}},
		{"a bare adjective and its preposition join the relation", `
The DET DT 2 det the
agreement NOUN NN 4 nsubj agreement
is AUX VBZ 4 cop be
subject ADJ JJ 0 root subject
to ADP IN 7 case to
shareholder NOUN NN 7 compound shareholder
approval NOUN NN 4 obl approval
. PUNCT . 4 punct .`, []string{
			"The agreement | is subject to | shareholder approval (be subject to)",
			"The agreement | is | subject to shareholder approval (be subject to) SECOND",
			"The agreement | is | subject | to shareholder approval (be subject to) SECOND",
		}},
		{"a preposition and a relative word stand for the modified noun", `
During ADP IN 3 case during
a DET DT 3 det a
point NOUN NN 14 obl point
in ADP IN 5 case in
which PRON WDT 8 obl which
Robin PROPN NNP 8 nsubj Robin
was AUX VBD 8 cop be
unable ADJ JJ 3 acl:relcl unable
to PART TO 10 mark to
see VERB VB 8 xcomp see
Ariana PROPN NNP 10 obj Ariana
, PUNCT , 3 punct ,
he PRON PRP 14 nsubj he
grew VERB VBD 0 root grow
closer ADV RBR 14 advmod close
. PUNCT . 14 punct .`, []string{
			"Robin | grew | During a point (grow during) SECOND",
			"Robin | was unable to see | Ariana | a point (see)",
			"he | grew | During a point (grow during)",
			"he | grew | During a point in which Robin was unable to see Ariana (grow during) SECOND",
		}},
		{"the governor's obliques belong to a merged complement", `
In ADP IN 2 case in
1840 NUM CD 6 obl 1840
, PUNCT , 2 punct ,
he PRON PRP 6 nsubj:pass he
was AUX VBD 6 aux:pass be
appointed VERB VBN 0 root appoint
to PART TO 8 mark to
command VERB VB 6 xcomp command
his PRON PRP$ 10 nmod:poss his
regiment NOUN NN 8 obj regiment
. PUNCT . 6 punct .`, []string{
			"he | was appointed to command | his regiment | In 1840 (command)",
			"he | had | regiment (have) SECOND",
			"he | has | regiment (have) SECOND",
		}},
		{"a conjoined participle shares the auxiliaries of its verb", `
The DET DT 3 det the
old ADJ JJ 3 amod old
ferry NOUN NN 5 nsubj:pass ferry
was AUX VBD 5 aux:pass be
sold VERB VBN 0 root sell
to ADP IN 9 case to
a DET DT 9 det a
local ADJ JJ 9 amod local
company NOUN NN 5 obl company
in ADP IN 11 case in
1990 NUM CD 5 obl 1990
and CCONJ CC 13 cc and
renamed VERB VBN 5 conj rename
to ADP IN 16 case to
Northern ADJ NNP 16 amod Northern
Star PROPN NNP 13 obl Star
. PUNCT . 5 punct .`, []string{
			"The old ferry | was sold to | a local company | in 1990 (sell to)",
			"The old ferry | was renamed to | Northern Star (rename to)",
			"Star | is | Northern (be) SECOND",
			"Star | was | Northern (be) SECOND",
			"company | is | local (be) SECOND",
			"company | was | local (be) SECOND",
			"ferry | is | old (be) SECOND",
			"ferry | was | old (be) SECOND",
		}},
		{"a subject leaves its past participle modifier to a tuple of its own", `
The DET DT 2 det the
engineers NOUN NNS 7 nsubj engineer
hired VERB VBN 2 acl hire
by ADP IN 6 case by
the DET DT 6 det the
city NOUN NN 3 obl:agent city
repaired VERB VBD 0 root repair
the DET DT 9 det the
bridge NOUN NN 7 obj bridge
in ADP IN 11 case in
May PROPN NNP 7 obl May
. PUNCT . 7 punct .`, []string{
			"The engineers | repaired | the bridge | in May (repair)",
			"The engineers | were hired by | the city (hire by)",
			"the city | hired | The engineers (hire) SECOND",
			"The engineers | repaired the bridge in | May (repair in) SECOND",
			"The engineers hired by the city | repaired | the bridge | in May (repair) SECOND",
			"The engineers hired by the city | repaired the bridge in | May (repair in) SECOND",
		}},
		{"a gerund complement joins the governing verb with its preposition", `
The DET DT 2 det the
board NOUN NN 4 nsubj:pass board
is AUX VBZ 4 aux:pass be
charged VERB VBN 0 root charge
with SCONJ IN 6 mark with
reviewing VERB VBG 4 advcl review
the DET DT 8 det the
plans NOUN NNS 6 obj plan
and CCONJ CC 10 cc and
assessing VERB VBG 6 conj assess
the DET DT 12 det the
policies NOUN NNS 10 obj policy
. PUNCT . 4 punct .`, []string{
			"The board | is charged with reviewing | the plans (review)",
			"The board | is charged with assessing | the policies (assess)",
			"The board | is charged |  (charge) SECOND",
		}},
		{"a stranded preposition joins the relation as a particle", `
The DET DT 2 det the
complaints NOUN NNS 4 nsubj:pass complaint
were AUX VBD 4 aux:pass be
dealt VERB VBN 0 root deal
with ADP IN 4 obl with
quickly ADV RB 4 advmod quickly
. PUNCT . 4 punct .`, []string{
			"The complaints | were dealt with | quickly (deal with)",
		}},
		{"a title takes an indefinite article unless it names a unique office", `
The DET DT 2 det the
bridge NOUN NN 4 nsubj:pass bridge
was AUX VBD 4 aux:pass be
opened VERB VBN 0 root open
by ADP IN 7 case by
President PROPN NNP 7 nmod:desc President
Ana PROPN NNP 4 obl:agent Ana
Ruiz PROPN NNP 7 flat Ruiz
and CCONJ CC 10 cc and
engineer NOUN NN 7 conj engineer
Tomas PROPN NNP 10 appos Tomas
Berg PROPN NNP 11 flat Berg
. PUNCT . 4 punct .`, []string{
			"Ana Ruiz | is | President (be)",
			"Ana Ruiz | was | President (be) SECOND",
			"The bridge | was opened by | President Ana Ruiz (open by)",
			"The bridge | was opened by | President Ana Ruiz and engineer Tomas Berg (open by) SECOND",
			"The bridge | was opened by | engineer Tomas Berg (open by)",
			"Tomas Berg | is | an engineer (be)",
			"Tomas Berg | is | engineer (be)",
			"Tomas Berg | was | an engineer (be) SECOND",
			"Tomas Berg | was | engineer (be) SECOND",
			"engineer | is | Tomas Berg (be) SECOND",
		}},
		{"each conjunct of an oblique argument is an argument", `
She PRON PRP 2 nsubj she
worked VERB VBD 0 root work
with ADP IN 4 case with
Smith PROPN NNP 2 obl Smith
and CCONJ CC 6 cc and
Jones PROPN NNP 4 conj Jones
on ADP IN 9 case on
the DET DT 9 det the
project NOUN NN 2 obl project
. PUNCT . 2 punct .`, []string{
			"She | worked with | Smith | on the project (work with)",
			"She | worked with | Jones | on the project (work with)",
			"She | worked with | Smith and Jones | on the project (work with) SECOND",
		}},
		{"a further oblique keeps its conjuncts", `
In ADP IN 2 case in
1990 NUM CD 8 obl 1990
and CCONJ CC 4 cc and
1991 NUM CD 2 conj 1991
, PUNCT , 2 punct ,
the DET DT 7 det the
company NOUN NN 8 nsubj company
sold VERB VBD 0 root sell
its PRON PRP$ 10 nmod:poss its
shares NOUN NNS 8 obj share
. PUNCT . 8 punct .`, []string{
			"the company | sold | its shares | In 1990 and 1991 (sell)",
			"the company | has | shares (have) SECOND",
			"the company | had | shares (have) SECOND",
		}},
		{"a verb conjoined to a merged open complement shares the governing verb", `
The DET DT 2 det the
volunteers NOUN NNS 3 nsubj volunteer
decided VERB VBD 0 root decide
to PART TO 5 mark to
clean VERB VB 3 xcomp clean
the DET DT 7 det the
park NOUN NN 5 obj park
and CCONJ CC 9 cc and
plant VERB VBP 5 conj plant
new ADJ JJ 11 amod new
trees NOUN NNS 9 obj tree
. PUNCT . 3 punct .`, []string{
			"The volunteers | decided to clean | the park (clean)",
			"The volunteers | decided to plant | new trees (plant)",
		}},
		{"an adverbial clause completes a verb without arguments", `
The DET DT 2 det the
crowd NOUN NN 3 nsubj crowd
cheered VERB VBD 0 root cheer
when ADV WRB 7 advmod when
the DET DT 6 det the
team NOUN NN 7 nsubj team
scored VERB VBD 3 advcl score
. PUNCT . 3 punct .`, []string{
			"The crowd | cheered | when the team scored (cheer)",
			"the team | scored |  (score) SECOND",
		}},
		{"a preposition before a gerund completing a verb joins the relation", `
The DET DT 2 det the
damage NOUN NN 5 nsubj:pass damage
can AUX MD 5 aux can
be AUX VB 5 aux:pass be
repaired VERB VBN 0 root repair
by SCONJ IN 7 mark by
replacing VERB VBG 5 advcl replace
the DET DT 10 det the
old ADJ JJ 10 amod old
pipes NOUN NNS 7 obj pipe
. PUNCT . 5 punct .`, []string{
			"The damage | can be repaired by | replacing the old pipes (repair by) MODAL",
			"The damage | can be repaired by replacing | the old pipes (repair by) MODAL SECOND",
			"The damage | is replacing | the old pipes (replace) SECOND",
			"pipes | are | old (be) SECOND",
			"pipes | were | old (be) SECOND",
		}},
		{"a subordinate clause is a further argument", `
The DET DT 2 det the
guard NOUN NN 3 nsubj guard
stopped VERB VBD 0 root stop
the DET DT 5 det the
car NOUN NN 3 obj car
when ADV WRB 9 advmod when
the DET DT 8 det the
light NOUN NN 9 nsubj light
turned VERB VBD 3 advcl turn
red ADJ JJ 9 xcomp red
. PUNCT . 3 punct .`, []string{
			"The guard | stopped | the car | when the light turned red (stop)",
			"the light | turned | red (turn)",
		}},
		{"a code before a number is no name after a title", `
Trucks NOUN NNS 2 nsubj truck
take VERB VBP 0 root take
exit NOUN NN 4 compound exit
US PROPN NNP 2 obj US
64 NUM CD 4 flat 64
. PUNCT . 2 punct .`, []string{
			"Trucks | take | exit US 64 (take)",
		}},
		{"a preposition before a wh-clause completing a verb joins the relation", `
The DET DT 3 det the
final ADJ JJ 3 amod final
price NOUN NN 4 nsubj price
depends VERB VBZ 0 root depend
on SCONJ IN 9 mark on
what PRON WP 9 obj what
the DET DT 8 det the
buyers NOUN NNS 9 nsubj buyer
want VERB VBP 4 advcl want
. PUNCT . 4 punct .`, []string{
			"The final price | depends on | what the buyers want (depend on)",
		}},
		{"an adjective conjoined to a predicate noun is a predicate too", `
The DET DT 3 det the
old ADJ JJ 3 amod old
road NOUN NN 7 nsubj road
was AUX VBD 7 cop be
a DET DT 7 det a
narrow ADJ JJ 7 amod narrow
path NOUN NN 0 root path
and CCONJ CC 10 cc and
quite ADV RB 10 advmod quite
dangerous ADJ JJ 7 conj dangerous
in ADP IN 12 case in
winter NOUN NN 10 obl winter
. PUNCT . 7 punct .`, []string{
			"The old road | was | a narrow path (be)",
			"The old road | was | quite dangerous in winter (be)",
			"The old road | was quite dangerous in | winter (be) SECOND",
			"The old road | was | a narrow path and quite dangerous in winter (be) SECOND",
			"a narrow path | was | The old road (be) SECOND",
			"road | is | old (be) SECOND",
			"road | was | old (be) SECOND",
		}},
		{"a reporting verb with its subject after it, parsed as a conjunct, reports the clause before", `
" PUNCT ` + "``" + ` 4 punct "
Everybody PRON NN 4 nsubj everybody
is AUX VBZ 4 aux be
going VERB VBG 0 root go
to PART TO 6 mark to
buy VERB VB 4 xcomp buy
" PUNCT ` + "``" + ` 6 punct "
the DET DT 10 det the
new ADJ JJ 10 amod new
phones NOUN NNS 6 obj phone
, PUNCT , 12 punct ,
says VERB VBZ 4 conj say
Tom PROPN NNP 12 nsubj Tom
Hill PROPN NNP 13 flat Hill
. PUNCT . 4 punct .`, []string{
			"Everybody | is going to buy | the new phones (buy)",
			"Tom Hill | says | \" Everybody is going to buy \" the new phones (say)",
			"Tom Hill | says \" Everybody is going to buy \" | the new phones (say) SECOND",
			"Tom Hill | says \" Everybody is going | to buy \" the new phones (say) SECOND",
		}},
		{"a quoted title runs to its closing quote", `
A DET DT 3 det a
second ADJ JJ 3 amod second
film NOUN NN 5 nsubj:pass film
was AUX VBD 5 aux:pass be
released VERB VBN 0 root release
, PUNCT , 7 punct ,
known VERB VBN 5 conj know
as ADP IN 11 case as
" PUNCT ` + "``" + ` 11 punct "
Night NOUN NN 11 compound night
Train NOUN NN 7 obl train
: PUNCT : 14 punct :
The DET DT 14 det the
Return NOUN NN 11 appos return
" PUNCT '' 14 punct "
. PUNCT . 5 punct .`, []string{
			"A second film | was known as | \" Night Train : The Return \" (know as)",
			"A second film | was released |  (release) SECOND",
		}},
		{"a fronted participle parsed as the root takes the subject of the clause under it", `
Having AUX VBG 2 aux have
moved VERB VBN 0 root move
to ADP IN 6 case to
the DET DT 6 det the
Third ADJ JJ 6 amod third
Division NOUN NN 2 obl division
at ADP IN 10 case at
the DET DT 10 det the
first ADJ JJ 10 amod first
try NOUN NN 2 obl try
, PUNCT , 13 punct ,
they PRON PRP 13 nsubj they
won VERB VBD 2 parataxis win
promotion NOUN NN 13 obj promotion
in ADP IN 16 case in
1980 NUM CD 13 obl 1980
. PUNCT . 2 punct .`, []string{
			"they | moved to | the Third Division | at the first try (move to)",
			"they | won | promotion | in 1980 (win)",
			"they | won promotion in | 1980 (win in) SECOND",
		}},
		{"a passive participle with being takes a finite form of be", `
He PRON PRP 2 nsubj he
worked VERB VBD 0 root work
as ADP IN 5 case as
a DET DT 5 det a
teacher NOUN NN 2 obl teacher
before SCONJ IN 8 mark before
being AUX VBG 8 aux:pass be
appointed VERB VBN 2 advcl appoint
to ADP IN 11 case to
the DET DT 11 det the
board NOUN NN 8 obl board
in ADP IN 13 case in
1990 NUM CD 8 obl 1990
. PUNCT . 2 punct .`, []string{
			"He | worked as | a teacher (work as)",
			"He | was appointed to | the board | in 1990 (appoint to)",
		}},
		{"a relative clause with where takes the modified noun as its place", `
She PRON PRP 2 nsubj she
visited VERB VBD 0 root visit
the DET DT 4 det the
house NOUN NN 2 obj house
where ADV WRB 9 advmod where
her PRON PRP$ 7 nmod:poss her
father NOUN NN 9 nsubj:pass father
was AUX VBD 9 aux:pass be
born VERB VBN 4 acl:relcl bear
. PUNCT . 2 punct .`, []string{
			"She | visited | the house where her father was born (visit)",
			"her father | was born in | the house (bear in)",
			"She | had | father (have) SECOND",
			"She | has | father (have) SECOND",
		}},
		{"a clause with where after an oblique takes the oblique as its place", `
He PRON PRP 2 nsubj he
moved VERB VBD 0 root move
to ADP IN 4 case to
Boston PROPN NNP 2 obl Boston
, PUNCT , 8 punct ,
where ADV WRB 8 advmod where
he PRON PRP 8 nsubj he
opened VERB VBD 2 advcl open
a DET DT 10 det a
bakery NOUN NN 8 obj bakery
. PUNCT . 2 punct .`, []string{
			"He | moved to | Boston (move to)",
			"he | opened | a bakery | in Boston (open)",
			"Boston | opened | a bakery | in Boston (open) SECOND",
		}},
		{"a clause with when after a time oblique takes the time as an argument", `
The DET DT 2 det the
team NOUN NN 3 nsubj team
played VERB VBD 0 root play
in ADP IN 5 case in
Ohio PROPN NNP 3 obl Ohio
until ADP IN 7 case until
1970 NUM CD 3 obl 1970
, PUNCT , 11 punct ,
when ADV WRB 11 advmod when
it PRON PRP 11 nsubj it
moved VERB VBD 3 advcl move
to ADP IN 13 case to
Denver PROPN NNP 11 obl Denver
. PUNCT . 3 punct .`, []string{
			"The team | played in | Ohio | until 1970 (play in)",
			"The team | moved to | Denver | in 1970 (move to)",
		}},
		{"one of a group set off after a name describes it", `
Maria PROPN NNP 8 nsubj Maria
, PUNCT , 3 punct ,
one NUM CD 1 parataxis one
of ADP IN 6 case of
the DET DT 6 det the
founders NOUN NNS 3 nmod founder
, PUNCT , 1 punct ,
left VERB VBD 0 root leave
the DET DT 10 det the
company NOUN NN 8 obj company
in ADP IN 12 case in
2010 NUM CD 8 obl 2010
. PUNCT . 8 punct .`, []string{
			"Maria | is | one of the founders (be)",
			"Maria | was | one of the founders (be) SECOND",
			"Maria | is one of | the founders (be) SECOND",
			"Maria | was one of | the founders (be) SECOND",
			"one of the founders | is | Maria (be) SECOND",
			"one | is of | the founders (be of) SECOND",
			"Maria | left | the company | in 2010 (leave)",
			"Maria | left the company in | 2010 (leave in) SECOND",
			"Maria , one of the founders | left | the company | in 2010 (leave) SECOND",
			"Maria , one of the founders | left the company in | 2010 (leave in) SECOND",
		}},
		{"a place after a city may be followed by a conjunction", `
She PRON PRP 2 nsubj she
worked VERB VBD 0 root work
in ADP IN 4 case in
Austin PROPN NNP 2 obl Austin
, PUNCT , 6 punct ,
Texas PROPN NNP 4 nmod:unmarked Texas
and CCONJ CC 9 cc and
later ADV RBR 9 advmod late
moved VERB VBD 2 conj move
to ADP IN 11 case to
Denver PROPN NNP 9 obl Denver
. PUNCT . 2 punct .`, []string{
			"Austin | is in | Texas (be in)",
			"She | worked in | Austin , Texas (work in)",
			"She | worked in Austin , | Texas (work in) SECOND",
			"She | later moved to | Denver (move to)",
		}},
		{"an object and its open complement are one argument", `
The DET DT 3 det the
new ADJ JJ 3 amod new
law NOUN NN 4 nsubj law
required VERB VBD 0 root require
insiders NOUN NNS 4 obj insider
to PART TO 7 mark to
file VERB VB 4 xcomp file
their PRON PRP$ 9 nmod:poss their
transactions NOUN NNS 7 obj transaction
within ADP IN 12 case within
two NUM CD 12 nummod two
days NOUN NNS 7 obl day
. PUNCT . 4 punct .`, []string{
			"The new law | required | insiders to file their transactions within two days (require)",
			"insiders | file | their transactions | within two days (file) SECOND",
			"insiders | file their transactions within | two days (file within) SECOND",
			"The new law | has | transactions (have) SECOND",
			"The new law | had | transactions (have) SECOND",
		}},
		{"a word split at its hyphen stays one word in the relation", `
The DET DT 2 det the
Maoists PROPN NNPS 6 nsubj Maoist
have VERB VBP 6 aux have
well ADV RB 6 advmod well
- PUNCT HYPH 4 punct -
established VERB VBN 0 root establish
linkages NOUN NNS 6 obj linkage
with ADP IN 10 case with
communist ADJ JJ 10 amod communist
organizations NOUN NNS 7 nmod organization
. PUNCT . 6 punct .`, []string{
			"The Maoists | have well-established | linkages with communist organizations (establish)",
			"The Maoists | have well-established linkages with | communist organizations (establish) SECOND",
			"linkages | are with | communist organizations (be with) SECOND",
			"organizations | are | communist (be) SECOND",
			"organizations | were | communist (be) SECOND",
		}},
		{"an infinitive modifying a noun takes it as subject and be to", `
The DET DT 2 det the
company NOUN NN 3 nsubj company
announced VERB VBD 0 root announce
plans NOUN NNS 3 obj plan
to PART TO 6 mark to
add VERB VB 4 acl add
two NUM CD 9 nummod two
new ADJ JJ 9 amod new
models NOUN NNS 6 obj model
next ADJ JJ 11 amod next
year NOUN NN 6 obl:unmarked year
. PUNCT . 3 punct .`, []string{
			"The company | announced | plans to add two new models next year (announce)",
			"The company | announced plans to add two new models | next year (announce) SECOND",
			"plans | were to add | two new models | next year (add)",
		}},
		{"an infinitive after an ordinal says what the noun did", `
She PRON PRP 5 nsubj she
was AUX VBD 5 cop be
the DET DT 5 det the
first ADJ JJ 5 amod first
woman NOUN NN 0 root woman
to PART TO 7 mark to
land VERB VB 5 acl land
the DET DT 9 det the
jump NOUN NN 7 obj jump
. PUNCT . 5 punct .`, []string{
			"She | was | the first woman to land the jump (be)",
			"She | was the first woman to land | the jump (be) SECOND",
			"the first woman to land the jump | was | She (be) SECOND",
			"She | land | the jump (land) SECOND",
		}},
		{"an infinitive extraposed after expletive it completes the adjective", `
It PRON PRP 3 expl it
was AUX VBD 3 cop be
difficult ADJ JJ 0 root difficult
to PART TO 5 mark to
find VERB VB 3 csubj find
a DET DT 7 det a
buyer NOUN NN 5 obj buyer
for ADP IN 10 case for
the DET DT 10 det the
plant NOUN NN 5 obl plant
. PUNCT . 3 punct .`, []string{
			"It | was difficult to find | a buyer | for the plant (find)",
			"It | was difficult to find a buyer for | the plant (find for) SECOND",
		}},
		{"an argument takes a word split at its hyphen whole", `
He PRON PRP 3 nsubj:pass he
was AUX VBD 3 aux:pass be
born VERB VBN 0 root bear
to ADP IN 5 case to
Afro PROPN NNP 3 obl Afro
- PUNCT HYPH 8 punct -
Guyanese ADJ JJ 8 amod Guyanese
parents NOUN NNS 3 parataxis parent
. PUNCT . 3 punct .`, []string{
			"He | was born to | Afro-Guyanese (bear to)",
			"parents | are | Afro-Guyanese (be) SECOND",
			"parents | were | Afro-Guyanese (be) SECOND",
		}},
		{"a clausal complement keeps its pronoun subject", `
Mr. PROPN NNP 2 nmod:desc Mr.
Smith PROPN NNP 3 nsubj Smith
said VERB VBD 0 root say
he PRON PRP 7 nsubj he
is AUX VBZ 7 aux be
not PART RB 7 advmod not
talking VERB VBG 3 ccomp talk
to ADP IN 10 case to
any DET DT 10 det any
studios NOUN NNS 7 obl studio
. PUNCT . 3 punct .`, []string{
			"Mr. Smith | said | he is not talking to any studios (say)",
			"he | is not talking to | any studios (talk to) NEG",
			"Mr. Smith | is not talking to | any studios (talk to) NEG SECOND",
			"Mr. Smith | said he is not talking to | any studios (say) SECOND",
		}},
		{"a fronted participle used as a preposition heads no clause", `
Excluding VERB VBG 7 advcl exclude
the DET DT 4 det the
special ADJ JJ 4 amod special
editions NOUN NNS 1 obj edition
, PUNCT , 1 punct ,
Ram PROPN NNP 7 nsubj Ram
came VERB VBD 0 root come
in ADP IN 10 case in
three NUM CD 10 nummod three
colors NOUN NNS 7 obl color
. PUNCT . 7 punct .`, []string{
			"Ram | came in | three colors (come in)",
			"editions | are | special (be) SECOND",
			"editions | were | special (be) SECOND",
		}},
		{"a noun with a determiner before a name is no title", `
After ADP IN 4 case after
a DET DT 4 det a
short ADJ JJ 4 amod short
absence NOUN NN 6 obl absence
Keibler PROPN NNP 6 nsubj Keibler
began VERB VBD 0 root begin
a DET DT 9 det a
short ADJ JJ 9 amod short
feud NOUN NN 6 obj feud
. PUNCT . 6 punct .`, []string{
			"Keibler | began | a short feud | After a short absence (begin)",
			"absence | is | short (be) SECOND",
			"absence | was | short (be) SECOND",
			"feud | is | short (be) SECOND",
			"feud | was | short (be) SECOND",
		}},
		{"an adjective phrase after its noun predicates", `
People NOUN NNS 6 nsubj person
familiar ADJ JJ 1 amod familiar
with ADP IN 5 case with
the DET DT 5 det the
talks NOUN NNS 2 obl talk
said VERB VBD 0 root say
the DET DT 8 det the
deal NOUN NN 10 nsubj deal
was AUX VBD 10 cop be
dead ADJ JJ 6 ccomp dead
. PUNCT . 6 punct .`, []string{
			"People | are familiar with | the talks (be familiar with)",
			"People | were familiar with | the talks (be familiar with) SECOND",
			"People | are | familiar with the talks (be) SECOND",
			"People | were | familiar with the talks (be) SECOND",
			"People familiar with the talks | said | the deal was dead (say)",
			"the deal | was | dead (be)",
		}},
		{"a relative clause on a copular predicate speaks of the subject", `
Billy PROPN NNP 6 nsubj Billy
Celeski PROPN NNP 1 flat Celeski
is AUX VBZ 6 cop be
an DET DT 6 det a
Australian ADJ JJ 6 amod Australian
footballer NOUN NN 0 root footballer
who PRON WP 8 nsubj who
plays VERB VBZ 6 acl:relcl play
as ADP IN 11 case as
a DET DT 11 det a
midfielder NOUN NN 8 obl midfielder
. PUNCT . 6 punct .`, []string{
			"Billy Celeski | plays as | a midfielder (play as)",
			"Billy Celeski | is | an Australian footballer (be)",
			"Billy Celeski | is | an Australian footballer who plays as a midfielder (be) SECOND",
			"an Australian footballer | is | Billy Celeski (be) SECOND",
		}},
		{"a participle on a copular predicate noun speaks of the subject", `
The DET DT 2 det the
song NOUN NN 5 nsubj song
was AUX VBD 5 cop be
a DET DT 5 det a
track NOUN NN 0 root track
played VERB VBN 5 acl play
during ADP IN 8 case during
marriages NOUN NNS 6 obl marriage
. PUNCT . 5 punct .`, []string{
			"The song | was played during | marriages (play during)",
			"The song | was | a track played during marriages (be)",
			"The song | was a track played during | marriages (be) SECOND",
			"a track played during marriages | was | The song (be) SECOND",
		}},
		{"the subject of a passive does not do its gerund's action", `
The DET DT 2 det the
fat NOUN NN 5 nsubj:pass fat
can AUX MD 5 aux can
be AUX VB 5 aux:pass be
clarified VERB VBN 0 root clarify
by SCONJ IN 7 mark by
adding VERB VBG 5 advcl add
a DET DT 10 det a
raw ADJ JJ 10 amod raw
potato NOUN NN 7 obj potato
. PUNCT . 5 punct .`, []string{
			"The fat | can be clarified by | adding a raw potato (clarify by) MODAL",
			"The fat | can be clarified by adding | a raw potato (clarify by) MODAL SECOND",
			"The fat | is adding | a raw potato (add) SECOND",
			"potato | is | raw (be) SECOND",
			"potato | was | raw (be) SECOND",
		}},
		{"a main verb tagged as a bare past participle is a past tense", `
Billboard PROPN NNP 2 nsubj Billboard
ranked VERB VBN 0 root rank
the DET DT 4 det the
album NOUN NN 2 obj album
first ADV RB 2 advmod first
, PUNCT , 8 punct ,
while SCONJ IN 8 mark while
placing VERB VBG 2 advcl place
it PRON PRP 8 obj it
twelfth ADV RB 8 advmod twelfth
. PUNCT . 2 punct .`, []string{
			"Billboard | ranked | the album | while placing it twelfth (rank)",
			"Billboard | was placing | it (place)",
		}},
		{"names joined by an ampersand are one name", `
The DET DT 2 det the
ads NOUN NNS 4 nsubj:pass ad
were AUX VBD 4 aux:pass be
developed VERB VBN 0 root develop
by ADP IN 6 case by
Frankenberry PROPN NNP 4 obl:agent Frankenberry
, PUNCT , 8 punct ,
Laughlin PROPN NNP 6 conj Laughlin
& CCONJ CC 10 cc &
Constable PROPN NNP 6 conj Constable
. PUNCT . 4 punct .`, []string{
			"The ads | were developed by | Frankenberry , Laughlin & Constable (develop by)",
		}},
		{"bare gerund right after a noun is a reduced relative of the noun", `
Parliament PROPN NNP 2 nsubj Parliament
ousted VERB VBD 0 root oust
two NUM CD 4 nummod two
residents NOUN NNS 2 obj resident
from ADP IN 7 case from
a DET DT 7 det a
panel NOUN NN 4 nmod panel
drafting VERB VBG 2 advcl draft
a DET DT 10 det a
constitution NOUN NN 8 obj constitution
. PUNCT . 2 punct .`, []string{
			"Parliament | ousted two residents from | a panel (oust) SECOND",
			"Parliament | ousted | two residents from a panel (oust)",
			"a panel | was drafting | a constitution (draft)",
			"two residents | are from | a panel (be from) SECOND",
		}},
		{"a gerund after a time noun keeps the clause's subject", `
Millais PROPN NNP 2 nsubj Millais
painted VERB VBD 0 root paint
into ADP IN 5 case into
the DET DT 5 det the
winter NOUN NN 2 obl winter
putting VERB VBG 2 advcl put
lamps NOUN NNS 6 obj lamp
. PUNCT . 2 punct .`, []string{
			"Millais | painted | into the winter (paint)",
			"Millais | was putting | lamps (put)",
		}},
		{"a concessive clause is no further argument of a verb with an object", `
Rockwell PROPN NNP 2 nsubj Rockwell
re-designated VERB VBD 0 root re-designate
the DET DT 4 det the
MPTA PROPN NNP 2 obj MPTA
, PUNCT , 10 punct ,
though SCONJ IN 10 mark though
it PRON PRP 10 nsubj:pass it
was AUX VBD 10 aux:pass be
never ADV RB 10 advmod never
christened VERB VBN 2 advcl christen
with ADP IN 13 case with
a DET DT 13 det a
name NOUN NN 10 obl name
. PUNCT . 2 punct .`, []string{
			"Rockwell | re-designated | the MPTA (re-designate)",
			"Rockwell | was never christened with | a name (christen with) NEG",
		}},
		{"a modifier set off by commas stays out of the subject", `
First PROPN NNP 2 compound First
Security PROPN NNP 11 nsubj Security
, PUNCT , 5 punct ,
with ADP IN 5 case with
$ SYM $ 2 obl $
5 NUM CD 7 compound 5
billion NUM CD 5 nummod billion
in ADP IN 9 case in
assets NOUN NNS 5 nmod asset
, PUNCT , 2 punct ,
said VERB VBD 0 root say
the DET DT 13 det the
agreement NOUN NN 14 nsubj agreement
expired VERB VBD 11 ccomp expire
. PUNCT . 11 punct .`, []string{
			"$ 5 billion | is in | assets (be in) SECOND",
			"First Security , with $ 5 billion in assets | said | the agreement expired (say) SECOND",
			"First Security | said | the agreement expired (say)",
			"the agreement | expired |  (expire) SECOND",
		}},
		{"one of a group , named in apposition , is the name", `
One NUM CD 8 nsubj one
of ADP IN 4 case of
its PRON PRP$ 4 nmod:poss its
specialists NOUN NNS 1 nmod specialist
, PUNCT , 6 punct ,
Steve PROPN NNP 4 appos Steve
White PROPN NNP 6 flat White
took VERB VBD 0 root take
an DET DT 10 det a
interest NOUN NN 8 obj interest
. PUNCT . 8 punct .`, []string{
			"One of its specialists | are | Steve White (be) SECOND",
			"One | is of | its specialists , Steve White (be of) SECOND",
			"Steve White | is | One of its specialists (be)",
			"Steve White | took | an interest (take)",
			"Steve White | was | One of its specialists (be) SECOND",
		}},
		{"a concession is no further argument", `
Despite ADP IN 3 case despite
the DET DT 3 det the
plans NOUN NNS 7 obl plan
, PUNCT , 3 punct ,
Infiniti PROPN NNP 7 nsubj Infiniti
will AUX MD 7 aux will
show VERB VB 0 root show
profits NOUN NNS 7 obj profit
. PUNCT . 7 punct .`, []string{
			"Infiniti | will show | profits (show)",
		}},
		{"a concession after a verb without object stays its argument", `
The DET DT 2 det the
game NOUN NN 3 nsubj game
continued VERB VBD 0 root continue
despite ADP IN 6 case despite
the DET DT 6 det the
rain NOUN NN 3 obl rain
. PUNCT . 3 punct .`, []string{
			"The game | continued despite | the rain (continue despite)",
		}},
		{"a wh-adverb before the predicate stays out of the relation", `
when ADV WRB 2 advmod when
staying VERB VBG 8 advcl stay
in ADP IN 4 case in
York PROPN NNP 2 obl York
, PUNCT , 2 punct ,
the DET DT 7 det the
pair NOUN NN 8 nsubj pair
developed VERB VBD 0 root develop
the DET DT 10 det the
idea NOUN NN 8 obj idea
. PUNCT . 8 punct .`, []string{
			"the pair | developed | the idea (develop)",
			"the pair | was staying in | York (stay in)",
		}},
		{"a participle set off by commas stays out of the subject", `
The DET DT 2 det the
session NOUN NN 9 nsubj session
, PUNCT , 4 punct ,
taking VERB VBG 2 acl take
place NOUN NN 4 obj place
on ADP IN 7 case on
Monday PROPN NNP 4 obl Monday
, PUNCT , 2 punct ,
produced VERB VBD 0 root produce
two NUM CD 11 nummod two
songs NOUN NNS 9 obj song
. PUNCT . 9 punct .`, []string{
			"The session , taking place on Monday | produced | two songs (produce) SECOND",
			"The session | produced | two songs (produce)",
			"The session | was taking place on | Monday (take on) SECOND",
			"The session | was taking | place | on Monday (take)",
		}},
		{"a year naming an edition makes no time of the oblique", `
Crokes PROPN NNP 3 nsubj:pass Crokes
were AUX VBD 3 aux:pass be
knocked VERB VBN 0 root knock
out ADP RP 3 compound:prt out
of ADP IN 8 case of
the DET DT 8 det the
2006 NUM CD 8 compound 2006
competition NOUN NN 3 obl competition
at ADP IN 11 case at
the DET DT 11 det the
final NOUN NN 3 obl final
. PUNCT . 3 punct .`, []string{
			"Crokes | were knocked out of | the 2006 competition | at the final (knock out out of)",
		}},
		{"an apposition of a fronted oblique running into the verb is its subject", `
Until ADP IN 4 case until
its PRON PRP$ 4 nmod:poss its
2007 NUM CD 4 nummod 2007
acquisition NOUN NN 12 obl acquisition
by ADP IN 7 case by
Tavistock PROPN NNP 7 compound Tavistock
Group PROPN NNP 4 nmod Group
, PUNCT , 11 punct ,
Freebirds PROPN NNP 10 compound Freebirds
World PROPN NNP 11 compound World
Burrito PROPN NNP 4 appos Burrito
had VERB VBD 0 root have
its PRON PRP$ 15 nmod:poss its
corporate ADJ JJ 15 amod corporate
headquarters NOUN NN 12 obj headquarters
in ADP IN 18 case in
College PROPN NNP 18 compound College
Station PROPN NNP 12 obl Station
. PUNCT . 12 punct .`, []string{
			"Freebirds World Burrito | had its corporate headquarters in | College Station (have in) SECOND",
			"Freebirds World Burrito | had its corporate headquarters in | College Station | Until its 2007 acquisition by Tavistock Group (have in) SECOND",
			"Freebirds World Burrito | had | corporate headquarters (have) SECOND",
			"Freebirds World Burrito | had | its corporate headquarters | Until its 2007 acquisition by Tavistock Group | in College Station (have)",
			"Freebirds World Burrito | had | its corporate headquarters | in College Station (have) SECOND",
			"Freebirds World Burrito | has | corporate headquarters (have) SECOND",
			"headquarters | is | corporate (be) SECOND",
			"headquarters | was | corporate (be) SECOND",
			"its 2007 acquisition | is by | Tavistock Group (be by) SECOND",
		}},
		{"of two subjects before the verb, one cut off by a comma belongs to the fronted clause", `
Upon SCONJ IN 2 mark upon
exiting VERB VBG 11 advcl exit
Davidson PROPN NNP 4 compound Davidson
Township PROPN NNP 11 nsubj Township
, PUNCT , 7 punct ,
Sullivan PROPN NNP 7 compound Sullivan
County PROPN NNP 4 appos County
, PUNCT , 7 punct ,
Muncy PROPN NNP 11 nsubj Muncy
Creek PROPN NNP 9 flat Creek
enters VERB VBZ 0 root enter
Lycoming PROPN NNP 13 compound Lycoming
County PROPN NNP 11 obj County
. PUNCT . 11 punct .`, []string{
			"Davidson Township | is in | Sullivan County (be in)",
			"Muncy Creek | enters | Lycoming County (enter)",
			"Muncy Creek | is exiting |  (exit) SECOND",
		}},
		{"a conjunct after a conjunct that shares the auxiliaries shares them too", `
The DET DT 2 det the
deal NOUN NN 4 nsubj deal
will AUX MD 4 aux will
extend VERB VB 0 root extend
its PRON PRP$ 6 nmod:poss its
technologies NOUN NNS 4 obj technology
, PUNCT , 8 punct ,
strengthen VERB VB 4 conj strengthen
its PRON PRP$ 10 nmod:poss its
position NOUN NN 8 obj position
and CCONJ CC 12 cc and
assure VERB VB 8 conj assure
a DET DT 14 det a
presence NOUN NN 12 obj presence
. PUNCT . 4 punct .`, []string{
			"The deal | had | position (have) SECOND",
			"The deal | had | technologies (have) SECOND",
			"The deal | has | position (have) SECOND",
			"The deal | has | technologies (have) SECOND",
			"The deal | will assure | a presence (assure)",
			"The deal | will extend | its technologies (extend)",
			"The deal | will strengthen | its position (strengthen)",
		}},
		{"a clause set off by a comma from a verb of no speech is no complement", `
The DET DT 2 det the
population NOUN NN 3 nsubj population
boomed VERB VBD 0 root boom
, PUNCT , 8 punct ,
5 NUM CD 6 nummod 5
boroughs NOUN NNS 8 nsubj:pass borough
were AUX VBD 8 aux:pass be
formed VERB VBN 3 ccomp form
. PUNCT . 3 punct .`, []string{
			"5 boroughs | were formed |  (form) SECOND",
			"The population | boomed |  (boom) SECOND",
		}},
		{"a capitalized title after a name is its apposition, and no name of its own", `
He PRON PRP 2 nsubj he
met VERB VBD 0 root meet
Peter PROPN NNP 2 obj Peter
Kharitonov PROPN NNP 3 flat Kharitonov
, PUNCT , 8 punct ,
Deputy PROPN NNP 7 compound Deputy
State PROPN NNP 3 appos State
Secretary PROPN NNP 3 appos Secretary
of ADP IN 12 case of
the DET DT 12 det the
State PROPN NNP 12 compound State
Chancellory PROPN NNP 3 nmod Chancellory
. PUNCT . 2 punct .`, []string{
			"He | met | Peter Kharitonov (meet)",
			"He | met | Peter Kharitonov , Deputy State Secretary of the State Chancellory (meet) SECOND",
			"Peter Kharitonov , Deputy State Secretary | is of | the State Chancellory (be of) SECOND",
			"Peter Kharitonov | is of | the State Chancellory (be of) SECOND",
			"Peter Kharitonov | is | Secretary (be)",
			"Peter Kharitonov | was | Secretary (be) SECOND",
			"Secretary | is | Peter Kharitonov (be) SECOND",
		}},
		{"a bare wh-word is no argument", `
The DET DT 3 det the
poll NOUN NN 3 compound poll
points NOUN NNS 4 nsubj point
up VERB VBP 0 root up
some DET DT 6 det some
inconsistencies NOUN NNS 4 obj inconsistency
between ADP IN 8 case between
what PRON WP 6 nmod what
people NOUN NNS 10 nsubj people
say VERB VBP 8 acl:relcl say
and CCONJ CC 14 cc and
what PRON WP 14 obj what
they PRON PRP 14 nsubj they
do VERB VBP 10 conj do
. PUNCT . 4 punct .`, []string{
			"The poll points | up some inconsistencies between | what people say and what they do (up) SECOND",
			"The poll points | up | some inconsistencies between what people say and what they do (up)",
			"some inconsistencies | are between | what (be between) SECOND",
			"some inconsistencies | are between | what people say and what they do (be between) SECOND",
		}},
		{"an infinitive after a copula is a verb with its object", `
A DET DT 3 det a
better ADJ JJR 3 amod good
alternative NOUN NN 7 nsubj:outer alternative
would AUX MD 7 aux would
be AUX VB 7 cop be
to PART TO 7 mark to
use VERB VB 0 root use
the DET DT 12 det the
Smith PROPN NNP 11 compound Smith
- PUNCT HYPH 9 punct -
Waterman PROPN NNP 12 compound Waterman
algorithm NOUN NN 7 obj algorithm
. PUNCT . 7 punct .`, []string{
			"A better alternative | would be to use | the Smith-Waterman algorithm (use) MODAL",
			"alternative | is | better (be) SECOND",
			"alternative | was | better (be) SECOND",
		}},
		{"a clause of purpose modifies no noun of the subject", `
A DET DT 3 det a
better ADJ JJR 3 amod good
alternative NOUN NN 15 nsubj:outer alternative
in ADP IN 7 mark in
order NOUN NN 4 fixed order
to PART TO 7 mark to
find VERB VB 3 acl find
the DET DT 11 det the
best ADJ JJS 11 amod good
possible ADJ JJ 11 amod possible
results NOUN NNS 7 obj result
would AUX MD 15 aux would
be AUX VB 15 cop be
to PART TO 15 mark to
use VERB VB 0 root use
the DET DT 20 det the
Smith PROPN NNP 19 compound Smith
- PUNCT HYPH 17 punct -
Waterman PROPN NNP 20 compound Waterman
algorithm NOUN NN 15 obj algorithm
. PUNCT . 15 punct .`, []string{
			"A better alternative in order to find the best possible results | would be to use | the Smith-Waterman algorithm (use) MODAL SECOND",
			"A better alternative | find | the best possible results (find) SECOND",
			"A better alternative | would be to use | the Smith-Waterman algorithm (use) MODAL",
			"alternative | is | better (be) SECOND",
			"alternative | was | better (be) SECOND",
			"possible results | are | best (be) SECOND",
			"possible results | were | best (be) SECOND",
			"results | are | possible (be) SECOND",
			"results | were | possible (be) SECOND",
		}},
		{"a which-clause stays out of a verb's object", `
In ADP IN 2 case in
Taiwan PROPN NNP 6 obl Taiwan
, PUNCT , 2 punct ,
the DET DT 5 det the
locals NOUN NNS 6 nsubj local
speak VERB VBP 0 root speak
a DET DT 8 det a
version NOUN NN 6 obj version
of ADP IN 12 case of
the DET DT 12 det the
Minnan PROPN NNP 12 compound Minnan
language NOUN NN 8 nmod language
which PRON WDT 15 nsubj:pass which
is AUX VBZ 15 aux:pass be
called VERB VBN 8 acl:relcl call
Taiwanese ADJ JJ 15 xcomp Taiwanese
. PUNCT . 6 punct .`, []string{
			"a version of the Minnan language | is called | Taiwanese (call)",
			"a version | is of | the Minnan language (be of) SECOND",
			"the locals | speak a version of | the Minnan language | In Taiwan (speak) SECOND",
			"the locals | speak | a version of the Minnan language which is called Taiwanese | In Taiwan (speak) SECOND",
			"the locals | speak | a version of the Minnan language | In Taiwan (speak)",
		}},
		{"a relative clause opened by that read as a conjunction takes the noun as its object", `
this PRON DT 3 nsubj this
has AUX VBZ 3 aux have
left VERB VBN 0 root leave
a DET DT 6 det a
gaping VERB VBG 6 amod gap
loophole NOUN NN 3 obj loophole
that SCONJ IN 12 mark that
illegal ADJ JJ 10 amod illegal
drug NOUN NN 10 compound drug
businesses NOUN NNS 12 nsubj business
are AUX VBP 12 aux be
exploiting VERB VBG 6 acl:relcl exploit
. PUNCT . 3 punct .`, []string{
			"drug businesses | are | illegal (be) SECOND",
			"drug businesses | were | illegal (be) SECOND",
			"illegal drug businesses | are exploiting | a gaping loophole (exploit)",
			"this | has left | a gaping loophole that illegal drug businesses are exploiting (leave)",
		}},
		{"a focusing adverb before a gerund's preposition joins the relation; a passive's subject does not do the gerund", `
They PRON PRP 4 nsubj they
can AUX MD 4 aux can
be AUX VB 4 aux:pass be
relieved VERB VBN 0 root relieved
only ADV RB 7 advmod only
by SCONJ IN 7 mark by
changing VERB VBG 4 advcl change
that DET DT 9 det that
system NOUN NN 7 obj system
. PUNCT . 4 punct .`, []string{
			"They | are changing | that system (change) SECOND",
			"They | can be relieved only by changing | that system (relieved by) MODAL SECOND",
			"They | can be relieved only by | changing that system (relieved by) MODAL",
		}},
		{"an oblique argument keeps a relative clause that says which thing is meant", `
prices NOUN NNS 3 nsubj price
had AUX VBD 3 aux have
risen VERB VBN 0 root rise
to ADP IN 5 case to
levels NOUN NNS 3 obl level
at ADP IN 7 case at
which PRON WDT 9 obl which
there PRON EX 9 expl there
was VERB VBD 5 acl:relcl be
resistance NOUN NN 9 nsubj resistance
to ADP IN 13 case to
further ADJ JJR 13 amod further
advance NOUN NN 10 nmod advance
. PUNCT . 3 punct .`, []string{
			"advance | is | further (be) SECOND",
			"advance | was | further (be) SECOND",
			"prices | had risen to levels at which there was resistance to | further advance (rise to) SECOND",
			"prices | had risen to | levels at which there was resistance to further advance (rise to)",
			"resistance to further advance | was at | levels (be at)",
			"resistance | is to | further advance (be to) SECOND",
		}},
		{"a subject keeps a who-clause that says which one is meant", `
a DET DT 2 det a
woman NOUN NN 8 nsubj woman
who PRON WP 4 nsubj who
used VERB VBD 2 acl:relcl use
the DET DT 6 det the
pill NOUN NN 4 obj pill
would AUX MD 8 aux would
have VERB VB 0 root have
to PART TO 10 mark to
make VERB VB 8 xcomp make
three NUM CD 12 nummod three
trips NOUN NNS 10 obj trip
. PUNCT . 8 punct .`, []string{
			"a woman who used the pill | would have to make | three trips (make) MODAL",
			"a woman | used | the pill (use)",
		}},
		{"a conjunct after an apposition with no comma before its conjunction is no second subject", `
The DET DT 2 det the
Wellesley PROPN NNP 13 nsubj Wellesley
, PUNCT , 4 punct ,
Mass. PROPN NNP 2 appos Mass.
, PUNCT , 6 punct ,
maker NOUN NN 2 appos maker
of ADP IN 9 case of
scientific ADJ JJ 9 amod scientific
instruments NOUN NNS 6 nmod instrument
and CCONJ CC 12 cc and
electronic ADJ JJ 12 amod electronic
parts NOUN NNS 2 conj part
said VERB VBD 0 root say
Berthold PROPN NNP 15 nsubj Berthold
expects VERB VBZ 13 ccomp expect
sales NOUN NNS 15 obj sale
. PUNCT . 13 punct .`, []string{
			"Berthold | expects | sales (expect)",
			"The Wellesley , Mass. , maker of scientific instruments and electronic parts | said | Berthold expects sales (say) SECOND",
			"The Wellesley , Mass. | is | maker of scientific instruments (be) SECOND",
			"The Wellesley , Mass. | was | maker of scientific instruments (be) SECOND",
			"The Wellesley | is maker of | scientific instruments (be) SECOND",
			"The Wellesley | is | maker of scientific instruments (be)",
			"The Wellesley | said Berthold expects | sales (say) SECOND",
			"The Wellesley | said | Berthold expects sales (say)",
			"The Wellesley | was maker of | scientific instruments (be) SECOND",
			"The Wellesley | was | maker of scientific instruments (be) SECOND",
			"instruments | are | scientific (be) SECOND",
			"instruments | were | scientific (be) SECOND",
			"maker of scientific instruments | is | The Wellesley (be) SECOND",
			"maker | is of | scientific instruments (be of) SECOND",
			"parts | are | electronic (be) SECOND",
			"parts | were | electronic (be) SECOND",
			"scientific instruments | had | maker (have) SECOND",
			"scientific instruments | has | maker (have) SECOND",
		}},
		{"a when-clause the parse hangs as parataxis takes its time, and so do its conjuncts", `
The DET DT 2 det the
division NOUN NN 3 nsubj division
held VERB VBD 0 root hold
until ADP IN 6 case until
the DET DT 6 det the
offensive NOUN NN 3 obl offensive
of ADP IN 9 case of
23 NUM CD 9 nummod 23
May PROPN NNP 6 nmod May
, PUNCT , 13 punct ,
when ADV WRB 13 advmod when
it PRON PRP 13 nsubj it
broke VERB VBD 3 parataxis break
out ADP RP 13 compound:prt out
of ADP IN 17 case of
the DET DT 17 det the
beachhead NOUN NN 13 obl beachhead
and CCONJ CC 19 cc and
raced VERB VBD 13 conj race
to ADP IN 21 case to
Rome PROPN NNP 19 obl Rome
. PUNCT . 3 punct .`, []string{
			"23 May | had | offensive (have) SECOND",
			"23 May | has | offensive (have) SECOND",
			"The division | broke out of | the beachhead | in the offensive of 23 May (break out out of)",
			"The division | held until the offensive of | 23 May (hold) SECOND",
			"The division | held | until the offensive of 23 May (hold)",
			"The division | raced to | Rome | in the offensive of 23 May (race to)",
			"the offensive | is of | 23 May (be of) SECOND",
		}},
		{"a measure of time with ago or later is a time argument", `
A DET DT 2 det a
year NOUN NN 3 obl:unmarked year
later ADV RBR 7 advmod late
, PUNCT , 3 punct ,
he PRON PRP 7 nsubj:pass he
was AUX VBD 7 aux:pass be
appointed VERB VBN 0 root appoint
to ADP IN 10 case to
the DET DT 10 det the
board NOUN NN 7 obl board
. PUNCT . 7 punct .`, []string{
			"he | was appointed to | the board | A year later (appoint to)",
		}},
		{"a fronted adverb of time is a time argument", `
Afterward ADV RB 4 advmod afterward
he PRON PRP 4 nsubj he
has AUX VBZ 4 aux have
joined VERB VBN 0 root join
the DET DT 6 det the
Academy PROPN NNP 4 obj Academy
. PUNCT . 4 punct .`, []string{
			"he | has joined | the Academy | Afterward (join)",
		}},
		{"a personal pronoun subject stands for the subject of an adverbial clause fronted before it", `
Although SCONJ IN 5 mark although
the DET DT 3 det the
villages NOUN NNS 5 nsubj:pass village
were AUX VBD 5 aux:pass be
located VERB VBN 15 advcl locate
close ADV RB 5 advmod close
to ADP IN 9 case to
industrial ADJ JJ 9 amod industrial
sites NOUN NNS 6 obl site
, PUNCT , 5 punct ,
they PRON PRP 15 nsubj:pass they
were AUX VBD 15 aux:pass be
generally ADV RB 15 advmod generally
physically ADV RB 15 advmod physically
separated VERB VBN 0 root separate
from ADP IN 17 case from
factories NOUN NNS 15 obl factory
. PUNCT . 15 punct .`, []string{
			"sites | are | industrial (be) SECOND",
			"sites | were | industrial (be) SECOND",
			"the villages | were generally physically separated from | factories (separate from)",
			"the villages | were located close to | industrial sites (locate close to)",
		}},
		{"a clause told to an object is a further argument", `
She PRON PRP 2 nsubj she
warned VERB VBD 0 root warn
the DET DT 4 det the
police NOUN NN 2 obj police
that SCONJ IN 7 mark that
he PRON PRP 7 nsubj he
fled VERB VBD 2 ccomp flee
. PUNCT . 2 punct .`, []string{
			"She | warned | the police | that he fled (warn)",
			"he | fled |  (flee) SECOND",
		}},
		{"a clause proposed to someone is a further argument of the addressee", `
She PRON PRP 2 nsubj she
proposed VERB VBD 0 root propose
to ADP IN 5 case to
the DET DT 5 det the
council NOUN NN 2 obl council
that SCONJ IN 9 mark that
it PRON PRP 9 nsubj it
should AUX MD 9 aux should
build VERB VB 2 ccomp build
a DET DT 11 det a
home NOUN NN 9 obj home
. PUNCT . 2 punct .`, []string{
			"She | proposed to | the council | that it should build a home (propose to)",
			"it | should build | a home (build) MODAL",
		}},
		{"a subject it stands for the subject of an adverbial clause fronted before it", `
As SCONJ IN 4 mark as
the DET DT 3 det the
festival NOUN NN 4 nsubj festival
grew VERB VBD 7 advcl grow
, PUNCT , 4 punct ,
it PRON PRP 7 nsubj it
moved VERB VBD 0 root move
to ADP IN 11 case to
a DET DT 11 det a
larger ADJ JJR 11 amod large
park NOUN NN 7 obl park
. PUNCT . 7 punct .`, []string{
			"the festival | moved to | a larger park (move to)",
			"the festival | grew |  (grow) SECOND",
			"park | is | larger (be) SECOND",
			"park | was | larger (be) SECOND",
		}},
		{"a placeholder it for a clause after the verb stands for no fronted subject", `
As SCONJ IN 4 mark as
the DET DT 3 det the
festival NOUN NN 4 nsubj festival
grew VERB VBD 7 advcl grow
, PUNCT , 4 punct ,
it PRON PRP 7 nsubj it
became VERB VBD 0 root become
clear ADJ JJ 7 xcomp clear
that SCONJ IN 14 mark that
the DET DT 11 det the
park NOUN NN 14 nsubj park
was AUX VBD 14 cop be
too ADV RB 14 advmod too
small ADJ JJ 8 ccomp small
. PUNCT . 7 punct .`, []string{
			"it | became | clear (become)",
			"it | became | clear that the park was too small (become) SECOND",
			"the festival | became | clear (become) SECOND",
			"the festival | became | clear that the park was too small (become) SECOND",
			"the festival | grew |  (grow) SECOND",
			"the park | was too | small (be)",
		}},
		{"what a place has is in it", `
Japan PROPN NNP 3 nmod:poss Japan
's PART POS 1 case 's
regulator NOUN NN 4 nsubj regulator
says VERB VBZ 0 root say
it PRON PRP 7 nsubj it
is AUX VBZ 7 aux be
investigating VERB VBG 4 ccomp investigate
Apple PROPN NNP 7 obj Apple
. PUNCT . 4 punct .`, []string{
			"Japan 's regulator | is investigating | Apple (investigate) SECOND",
			"Japan 's regulator | says it is investigating | Apple (say) SECOND",
			"Japan 's regulator | says | it is investigating Apple (say)",
			"Japan | had | regulator (have) SECOND",
			"Japan | has | regulator (have) SECOND",
			"it | is investigating | Apple (investigate)",
			"regulator | is in | Japan (be in)",
		}},
		{"a place's apposition describes the name before it", `
BNL PROPN NNP 8 nsubj BNL
, PUNCT , 6 punct ,
Italy PROPN NNP 6 nmod:poss Italy
's PART POS 3 case 's
largest ADJ JJS 6 amod large
bank NOUN NN 1 appos bank
, PUNCT , 1 punct ,
filed VERB VBN 0 root file
charges NOUN NNS 8 obj charge
. PUNCT . 8 punct .`, []string{
			"BNL , Italy 's largest bank | filed | charges (file) SECOND",
			"BNL | filed | charges (file)",
			"BNL | is in | Italy (be in)",
			"BNL | is | Italy 's largest bank (be)",
			"BNL | was | Italy 's largest bank (be) SECOND",
			"Italy 's largest bank | is | BNL (be) SECOND",
			"Italy | had | largest bank (have) SECOND",
			"Italy | has | largest bank (have) SECOND",
			"bank | is | largest (be) SECOND",
			"bank | was | largest (be) SECOND",
		}},
		{"a place's action on something is not in the place", `
Wellington PROPN NNP 3 nmod:poss Wellington
's PART POS 1 case 's
invasion NOUN NN 6 nsubj invasion
of ADP IN 5 case of
France PROPN NNP 3 nmod France
failed VERB VBD 0 root fail
. PUNCT . 6 punct .`, []string{
			"France | had | Wellington 's invasion (have) SECOND",
			"France | has | Wellington 's invasion (have) SECOND",
			"Wellington 's invasion of France | failed |  (fail) SECOND",
			"Wellington 's invasion | is of | France (be of) SECOND",
			"Wellington | had | invasion (have) SECOND",
			"Wellington | had | invasion of France (have) SECOND",
			"Wellington | has | invasion (have) SECOND",
			"Wellington | has | invasion of France (have) SECOND",
		}},
		{"a possessive pronoun stands for the agreeing pronoun subject before it", `
He PRON PRP 3 nsubj he
could AUX MD 3 aux could
control VERB VB 0 root control
his PRON PRP$ 5 nmod:poss his
instincts NOUN NNS 3 obj instinct
. PUNCT . 3 punct .`, []string{
			"He | could control | his instincts (control) MODAL",
			"He | had | instincts (have) SECOND",
			"He | has | instincts (have) SECOND",
		}},
		{"a conjoined clause the parse hangs as an oblique is no argument", `
Both DET DT 2 det both
parties NOUN NNS 4 nsubj party
are AUX VBP 4 aux be
guarding VERB VBG 0 root guard
their PRON PRP$ 6 nmod:poss their
seats NOUN NNS 4 obj seat
, PUNCT , 14 punct ,
and CCONJ CC 14 cc and
tensions NOUN NNS 14 nsubj tension
have AUX VBP 14 aux have
been AUX VBN 14 cop be
at ADP IN 14 case at
a DET DT 14 det a
peak NOUN NN 4 obl peak
for ADP IN 16 case for
years NOUN NNS 14 nmod year
. PUNCT . 4 punct .`, []string{
			"Both parties | are guarding | their seats (guard)",
			"Both parties | had | seats (have) SECOND",
			"Both parties | has | seats (have) SECOND",
			"tensions | have been at a peak for | years (be at) SECOND",
			"tensions | have been at | a peak for years (be at)",
		}},
		{"a speaker set off by commas with a reporting verb is no second subject", `
The DET DT 2 det the
sellers NOUN NNS 11 nsubj seller
, PUNCT , 5 punct ,
these DET DT 5 det this
analysts NOUN NNS 2 conj analyst
added VERB VBN 5 acl add
, PUNCT , 2 punct ,
could AUX MD 11 aux could
be AUX VB 11 cop be
either CCONJ CC 11 cc:preconj either
banks NOUN NNS 0 root bank
or CCONJ CC 15 cc or
other ADJ JJ 15 amod other
U.S. PROPN NNP 15 compound U.S.
firms NOUN NNS 11 conj firm
. PUNCT . 11 punct .`, []string{
			"The sellers , these analysts added | could be | either banks or other U.S. firms (be) MODAL SECOND",
			"The sellers , these analysts added | could be | other U.S. firms (be) MODAL SECOND",
			"The sellers | could be | either banks (be) MODAL",
			"The sellers | could be | other U.S. firms (be) MODAL",
			"either banks | could be | The sellers (be) MODAL SECOND",
			"other U.S. firms | could be | The sellers (be) MODAL SECOND",
			"these analysts | added | The sellers could be either banks or other U.S. firms (add)",
		}},
		{"a bare wh-word is no subject of a first reading", `
The DET DT 2 det the
police NOUN NN 3 nsubj police
tried VERB VBD 0 root try
to PART TO 5 mark to
explain VERB VB 3 xcomp explain
what PRON WP 5 obj what
happened VERB VBD 6 acl:relcl happen
to ADP IN 10 case to
the DET DT 10 det the
money NOUN NN 7 obl money
. PUNCT . 3 punct .`, []string{
			"The police | tried to explain what happened to | the money (explain) SECOND",
			"The police | tried to explain | what happened to the money (explain)",
		}},
		{"a that-clause extraposed after an adjective is its subject", `
It PRON PRP 3 expl it
is AUX VBZ 3 cop be
likely ADJ JJ 0 root likely
that SCONJ IN 8 mark that
the DET DT 6 det the
bank NOUN NN 8 nsubj bank
will AUX MD 8 aux will
raise VERB VB 3 csubj raise
its PRON PRP$ 10 nmod:poss its
rates NOUN NNS 8 obj rate
. PUNCT . 3 punct .`, []string{
			"that the bank will raise its rates | is | likely (be)",
			"the bank | had | rates (have) SECOND",
			"the bank | has | rates (have) SECOND",
			"the bank | will raise | its rates (raise)",
		}},
		{"an infinitive after a noun of no plan or decision is no be-to relation", `
He PRON PRP 2 nsubj he
missed VERB VBD 0 root miss
a DET DT 4 det a
chance NOUN NN 2 obj chance
to PART TO 6 mark to
ride VERB VB 4 acl ride
the DET DT 9 det the
famous ADJ JJ 9 amod famous
bus NOUN NN 6 obj bus
. PUNCT . 2 punct .`, []string{
			"He | missed a chance to ride | the famous bus (miss) SECOND",
			"He | missed | a chance to ride the famous bus (miss)",
			"a chance | ride | the famous bus (ride) SECOND",
			"bus | is | famous (be) SECOND",
			"bus | was | famous (be) SECOND",
		}},
		{"a time that is the only oblique keeps its preposition", `
The DET DT 2 det the
bridge NOUN NN 4 nsubj:pass bridge
was AUX VBD 4 aux:pass be
rebuilt VERB VBN 0 root rebuild
in ADP IN 6 case in
1994 NUM CD 4 obl 1994
. PUNCT . 4 punct .`, []string{
			"The bridge | was rebuilt | in 1994 (rebuild)",
		}},
		{"a participle of an indefinite apposition says it of the noun the apposition describes", `
John PROPN NNP 10 nsubj John
Smith PROPN NNP 1 flat Smith
, PUNCT , 5 punct ,
a DET DT 5 det a
lawyer NOUN NN 1 appos lawyer
based VERB VBN 5 acl base
in ADP IN 8 case in
Boston PROPN NNP 6 obl Boston
, PUNCT , 1 punct ,
won VERB VBD 0 root win
the DET DT 12 det the
case NOUN NN 10 obj case
. PUNCT . 10 punct .`, []string{
			"John Smith | is | a lawyer based in Boston (be)",
			"John Smith | was | a lawyer based in Boston (be) SECOND",
			"John Smith | was based in | Boston (base in)",
			"John Smith | won | the case (win)",
			"a lawyer based in Boston | is | John Smith (be) SECOND",
			"John Smith | is a lawyer based in | Boston (be) SECOND",
			"John Smith | was a lawyer based in | Boston (be) SECOND",
			"John Smith , a lawyer based in Boston | won | the case (win) SECOND",
		}},
		{"a predicate noun leaves the relative clause it is the subject of", `
Maria PROPN NNP 6 nsubj Maria
Lopez PROPN NNP 1 flat Lopez
is AUX VBZ 6 cop be
a DET DT 6 det a
Spanish ADJ JJ 6 amod Spanish
writer NOUN NN 0 root writer
who PRON WP 8 nsubj who
lives VERB VBZ 6 acl:relcl live
in ADP IN 10 case in
Paris PROPN NNP 8 obl Paris
. PUNCT . 6 punct .`, []string{
			"Maria Lopez | is | a Spanish writer (be)",
			"Maria Lopez | lives in | Paris (live in)",
			"a Spanish writer | is | Maria Lopez (be) SECOND",
			"Maria Lopez | is | a Spanish writer who lives in Paris (be) SECOND",
		}},
		{"a run of adverbs right before the verb joins the relation", `
The DET DT 2 det the
committee NOUN NN 5 nsubj committee
thus ADV RB 5 advmod thus
formally ADV RB 5 advmod formally
approved VERB VBD 0 root approve
the DET DT 7 det the
plan NOUN NN 5 obj plan
. PUNCT . 5 punct .`, []string{
			"The committee | thus formally approved | the plan (approve)",
		}},
		{"they stands for a whole coordination", `
Smith PROPN NNP 4 nsubj Smith
and CCONJ CC 3 cc and
Jones PROPN NNP 1 conj Jones
founded VERB VBD 0 root found
the DET DT 6 det the
firm NOUN NN 4 obj firm
in ADP IN 8 case in
Boston PROPN NNP 6 nmod Boston
, PUNCT , 13 punct ,
and CCONJ CC 13 cc and
later ADV RBR 13 advmod late
they PRON PRP 13 nsubj they
sold VERB VBD 4 conj sell
it PRON PRP 13 obj it
to ADP IN 17 case to
a DET DT 17 det a
bank NOUN NN 13 obl bank
. PUNCT . 4 punct .`, []string{
			"Smith | founded | the firm in Boston (found)",
			"Jones | founded | the firm in Boston (found)",
			"the firm | is in | Boston (be in) SECOND",
			"Smith and Jones | sold | it | later | to a bank (sell)",
			"Smith and Jones | sold it to | a bank | later (sell to) SECOND",
			"Smith | founded the firm in | Boston (found) SECOND",
			"Jones | founded the firm in | Boston (found) SECOND",
			"Smith and Jones | founded | the firm in Boston (found) SECOND",
		}},
		{"a subject clause with no subject of its own is no object of its verb", `
He PRON PRP 2 nsubj he
said VERB VBD 0 root say
funding VERB VBG 5 csubj fund
would AUX MD 5 aux would
consist VERB VB 2 ccomp consist
of ADP IN 8 case of
a DET DT 8 det a
loan NOUN NN 5 obl loan
from ADP IN 11 case from
the DET DT 11 det the
bank NOUN NN 8 nmod bank
. PUNCT . 2 punct .`, []string{
			"He | said | funding would consist of a loan from the bank (say)",
			"funding | would consist of | a loan from the bank (consist of) MODAL",
			"a loan | is from | the bank (be from) SECOND",
			"He | funding |  (fund) SECOND",
			"He | said funding would consist of | a loan from the bank (say) SECOND",
			"He | said funding would consist of a loan from | the bank (say) SECOND",
			"funding | would consist of a loan from | the bank (consist of) MODAL SECOND",
		}},
		{"each end of a range of quantities is an oblique of its own", `
Prices NOUN NNS 2 nsubj price
ranged VERB VBD 0 root rang
from ADP IN 5 case from
5 NUM CD 5 nummod 5
% SYM NN 2 obl %
to ADP IN 8 case to
7 NUM CD 8 nummod 7
% SYM NN 5 nmod %
. PUNCT . 2 punct .`, []string{
			"Prices | ranged from | 5 % (rang from)",
			"Prices | ranged to | 7 % (rang to)",
			"5 % | is to | 7 % (be to) SECOND",
			"Prices | ranged from | 5 % to 7 % (rang from) SECOND",
		}},
		{"a particle the parse labels an adverb joins the relation", `
On ADP IN 3 case on
one NUM CD 3 nummod one
occasion NOUN NN 6 obl occasion
the DET DT 5 det the
lamps NOUN NNS 6 nsubj lamp
went VERB VBD 0 root go
out ADV RB 6 advmod out
and CCONJ CC 11 cc and
the DET DT 10 det the
water NOUN NN 11 nsubj water
became VERB VBD 6 conj become
cold ADJ JJ 11 xcomp cold
. PUNCT . 6 punct .`, []string{
			"the lamps | went out | On one occasion (go out on)",
			"the water | became | cold | On one occasion (become)",
		}},
		{"a fronted time keeps the preposition the parse reads as the clause's subordinator", `
He PRON PRP 2 nsubj he
taught VERB VBD 0 root teach
at ADP IN 5 case at
a DET DT 5 det a
school NOUN NN 2 obl school
in ADP IN 7 case in
Paris PROPN NNP 5 nmod Paris
, PUNCT , 12 punct ,
since ADP IN 12 mark since
1990 NUM CD 12 obl 1990
she PRON PRP 12 nsubj she
worked VERB VBD 2 advcl work
as ADP IN 15 case as
a DET DT 15 det a
doctor NOUN NN 12 obl doctor
in ADP IN 17 case in
Rome PROPN NNP 12 obl Rome
. PUNCT . 2 punct .`, []string{
			"He | taught at | a school in Paris (teach at)",
			"a school | is in | Paris (be in) SECOND",
			"she | worked as | a doctor | since 1990 | in Rome (work as)",
			"Paris | worked as | a doctor | since 1990 | in Rome (work as) SECOND",
			"He | taught at a school in | Paris (teach at) SECOND",
		}},
		{"a part of a plural takes a plural be", `
Many ADJ JJ 5 nsubj many
of ADP IN 4 case of
the DET DT 4 det the
workers NOUN NNS 1 nmod worker
stay VERB VBP 0 root stay
at ADP IN 7 case at
home NOUN NN 5 obl home
, PUNCT , 9 punct ,
hoping VERB VBG 5 advcl hope
for ADP IN 12 case for
a DET DT 12 det a
raise NOUN NN 9 obl raise
. PUNCT . 5 punct .`, []string{
			"Many of the workers | stay at | home (stay at)",
			"Many of the workers | are hoping for | a raise (hope for)",
		}},
		{"the recipient and the thing given are one object", `
She PRON PRP 2 nsubj she
told VERB VBD 0 root tell
him PRON PRP 2 iobj he
the DET DT 6 det the
whole ADJ JJ 6 amod whole
story NOUN NN 2 obj story
. PUNCT . 2 punct .`, []string{
			"She | told | him the whole story (tell)",
		}},
		{"a passive conjoined to a predicate adjective is no predicate of its subject", `
The DET DT 2 det the
talks NOUN NNS 4 nsubj talk
were AUX VBD 4 cop be
friendly ADJ JJ 0 root friendly
, PUNCT , 10 punct ,
and CCONJ CC 10 cc and
the DET DT 8 det the
workers NOUN NNS 10 nsubj:pass worker
were AUX VBD 10 aux:pass be
allowed VERB VBN 4 conj allow
to PART TO 12 mark to
return VERB VB 10 xcomp return
. PUNCT . 4 punct .`, []string{
			"The talks | were | friendly (be)",
			"The talks | were | friendly , and the workers were allowed to return (be) SECOND",
			"the workers | were allowed to return |  (return) SECOND",
		}},
		{"an object after two verbs joined is the first one's too", `
The DET DT 2 det the
firm NOUN NN 4 nsubj firm
will AUX MD 4 aux will
sell VERB VB 0 root sell
or CCONJ CC 6 cc or
merge VERB VB 4 conj merge
dozens NOUN NNS 6 obj dozen
of ADP IN 10 case of
weak ADJ JJ 10 amod weak
banks NOUN NNS 7 nmod bank
next ADJ JJ 12 amod next
year NOUN NN 4 obl:unmarked year
. PUNCT . 4 punct .`, []string{
			"The firm | will merge dozens of | weak banks (merge) SECOND",
			"The firm | will merge | dozens of weak banks (merge)",
			"The firm | will sell dozens of | weak banks | next year (sell) SECOND",
			"The firm | will sell | dozens of weak banks | next year (sell)",
			"banks | are | weak (be) SECOND",
			"banks | were | weak (be) SECOND",
			"dozens | are of | weak banks (be of) SECOND",
			"weak banks | had | dozens (have) SECOND",
			"weak banks | has | dozens (have) SECOND",
		}},
		{"a past form joined to a perfect participle shares its have", `
Many ADJ JJ 2 amod many
workers NOUN NNS 4 nsubj worker
have AUX VBP 4 aux have
crossed VERB VBN 0 root cross
the DET DT 7 det the
picket NOUN NN 7 compound picket
lines NOUN NNS 4 obj line
and CCONJ CC 9 cc and
returned VERB VBD 4 conj return
to ADP IN 11 case to
work NOUN NN 9 obl work
. PUNCT . 4 punct .`, []string{
			"Many workers | have crossed | the picket lines (cross)",
			"Many workers | have returned to | work (return to)",
		}},
		{"a conjoined noun shares the first one's owner", `
The DET DT 2 det the
city NOUN NN 4 nmod:poss city
's PART POS 2 case 's
history NOUN NN 8 nsubj:pass history
and CCONJ CC 6 cc and
culture NOUN NN 4 conj culture
are AUX VBP 8 aux:pass be
described VERB VBN 0 root describe
in ADP IN 11 case in
the DET DT 11 det the
book NOUN NN 8 obl book
. PUNCT . 8 punct .`, []string{
			"The city 's culture | are described in | the book (describe in)",
			"The city 's history and culture | are described in | the book (describe in) SECOND",
			"The city 's history | are described in | the book (describe in)",
			"The city | had | history (have) SECOND",
			"The city | had | history and culture (have) SECOND",
			"The city | has | history (have) SECOND",
			"The city | has | history and culture (have) SECOND",
		}},
		{"a passive's as-phrase is its argument before another oblique", `
The DET DT 2 det the
island NOUN NN 5 nsubj:pass island
is AUX VBZ 5 aux:pass be
also ADV RB 5 advmod also
known VERB VBN 0 root know
in ADP IN 7 case in
Japan PROPN NNP 5 obl Japan
as ADP IN 11 case as
the DET DT 11 det the
Northern ADJ JJ 11 amod northern
Territory NOUN NN 5 obl territory
. PUNCT . 5 punct .`, []string{
			"Territory | is | Northern (be) SECOND",
			"Territory | was | Northern (be) SECOND",
			"The island | is also known as | the Northern Territory | in Japan (know as)",
		}},
		{"a reporting verb hung from the clause it reports keeps its pronoun subject", `
The DET DT 2 det the
ministry NOUN NN 5 nsubj ministry
will AUX MD 5 aux will
not PART RB 5 advmod not
publish VERB VB 0 root publish
the DET DT 7 det the
report NOUN NN 5 obj report
until ADP IN 10 case until
next ADJ JJ 10 amod next
year NOUN NN 7 nmod year
, PUNCT , 13 punct ,
she PRON PRP 13 nsubj she
argues VERB VBZ 5 parataxis argue
. PUNCT . 5 punct .`, []string{
			"The ministry | argues The ministry will not publish the report until | next year (argue) SECOND",
			"The ministry | argues The ministry will not publish | the report until next year (argue) SECOND",
			"The ministry | argues | The ministry will not publish the report until next year (argue) SECOND",
			"The ministry | will not publish the report until | next year (publish) NEG SECOND",
			"The ministry | will not publish | the report until next year (publish) NEG",
			"she | argues The ministry will not publish the report until | next year (argue) SECOND",
			"she | argues The ministry will not publish | the report until next year (argue) SECOND",
			"she | argues | The ministry will not publish the report until next year (argue)",
			"the report | is until | next year (be until) SECOND",
		}},
		{"a reporting verb with a complement of its own takes its pronoun's antecedent", `
Smith PROPN NNP 6 nsubj Smith
and CCONJ CC 3 cc and
Jones PROPN NNP 1 conj Jones
were AUX VBD 6 cop be
the DET DT 6 det the
founders NOUN NNS 0 root founder
of ADP IN 9 case of
the DET DT 9 det the
firm NOUN NN 6 nmod firm
; PUNCT , 12 punct ;
they PRON PRP 12 nsubj they
believed VERB VBD 6 parataxis believe
that SCONJ IN 16 mark that
small ADJ JJ 15 amod small
teams NOUN NNS 16 nsubj team
work VERB VBP 12 ccomp work
better ADJ JJR 16 advmod good
. PUNCT . 6 punct .`, []string{
			"Jones | were the founders of | the firm (be founder of)",
			"Smith and Jones | believed that | small teams work better (believe)",
			"Smith and Jones | were the founders of | the firm (be founder of) SECOND",
			"Smith and Jones | were | the founders of the firm ; they believed that small teams work better (be founder of) SECOND",
			"Smith | were the founders of | the firm (be founder of)",
			"Smith | were the founders of | the firm (be founder of) SECOND",
			"Smith | were | the founders of the firm (be founder of) SECOND",
			"small teams | work | better (work)",
			"teams | are | small (be) SECOND",
			"teams | were | small (be) SECOND",
		}},
		{"a participle set off after a predicate noun's by-phrase says something of the subject", `
Abbey PROPN NNP 2 compound Abbey
Road PROPN NNP 6 nsubj Road
is AUX VBZ 6 cop be
the DET DT 6 det the
eleventh ADJ JJ 6 amod eleventh
album NOUN NN 0 root album
by ADP IN 9 case by
the DET DT 9 det the
Beatles PROPN NNPS 6 nmod Beatles
, PUNCT , 11 punct ,
released VERB VBN 6 acl release
in ADP IN 13 case in
1969 NUM CD 11 obl 1969
by ADP IN 16 case by
Apple PROPN NNP 16 compound Apple
Records NOUN NNS 11 obl:agent record
. PUNCT . 6 punct .`, []string{
			"Abbey Road | is released by | Apple Records | in 1969 (release by)",
			"Abbey Road | is the eleventh album by the Beatles , released in 1969 by | Apple Records (be album by) SECOND",
			"Abbey Road | is the eleventh album by | the Beatles (be album by)",
			"Abbey Road | is | the eleventh album by the Beatles , released in 1969 by Apple Records (be album by) SECOND",
		}},
		{"an object pronoun is not its own clause's subject", `
The DET DT 2 det the
ministry NOUN NN 5 nsubj ministry
does AUX VBZ 5 aux do
not PART RB 5 advmod not
want VERB VB 0 root want
it PRON PRP 5 obj it
to PART TO 9 mark to
be AUX VB 9 aux:pass be
published VERB VBN 5 xcomp publish
before ADP IN 12 case before
the DET DT 12 det the
vote NOUN NN 9 obl vote
. PUNCT . 5 punct .`, []string{
			"The ministry | be published before | the vote (publish before) SECOND",
			"The ministry | does not want | it to be published before the vote (want) NEG",
			"it | be published before | the vote (publish before)",
		}},
		{"an adverb right before an oblique's preposition joins the relation with it", `
The DET DT 2 det the
protesters NOUN NNS 4 nsubj:pass protester
were AUX VBD 4 aux:pass be
treated VERB VBN 0 root treat
harshly ADV RB 4 advmod harshly
, PUNCT , 10 punct ,
often ADV RB 10 advmod often
with ADP IN 10 case with
tear NOUN NN 10 compound tear
gas NOUN NN 4 obl gas
and CCONJ CC 13 cc and
rubber NOUN NN 13 compound rubber
bullets NOUN NNS 10 conj bullet
. PUNCT . 4 punct .`, []string{
			"The protesters | were treated often with | rubber bullets (treat with)",
			"The protesters | were treated often with | tear gas (treat with)",
			"The protesters | were treated often with | tear gas and rubber bullets (treat with) SECOND",
		}},
		{"a reporting verb set off by commas reports the clause around it", `
The DET DT 2 det the
company NOUN NN 8 nsubj company
, PUNCT , 5 punct ,
he PRON PRP 5 nsubj he
said VERB VBD 8 parataxis say
, PUNCT , 5 punct ,
will AUX MD 8 aux will
open VERB VB 0 root open
a DET DT 11 det a
new ADJ JJ 11 amod new
plant NOUN NN 8 obj plant
next ADJ JJ 13 amod next
year NOUN NN 8 obl:unmarked year
. PUNCT . 8 punct .`, []string{
			"The company | said | The company will open a new plant next year (say) SECOND",
			"The company | will open | a new plant | next year (open)",
			"he | said | The company will open a new plant next year (say)",
		}},
		{"a conjunct of a bare participle takes a form of be too", `
A DET DT 3 det a
car NOUN NN 3 compound car
bomb NOUN NN 4 nsubj bomb
exploded VERB VBD 0 root explode
near ADP IN 7 case near
the DET DT 7 det the
station NOUN NN 4 obl station
, PUNCT , 9 punct ,
killing VERB VBG 4 advcl kill
four NUM CD 11 nummod four
people NOUN NNS 9 obj people
and CCONJ CC 13 cc and
wounding VERB VBG 9 conj wound
dozens NOUN NNS 13 obj dozen
of ADP IN 16 case of
others NOUN NNS 14 nmod other
. PUNCT . 4 punct .`, []string{
			"A car bomb | exploded near | the station (explode near)",
			"A car bomb | was killing | four people (kill)",
			"A car bomb | was wounding dozens of | others (wound) SECOND",
			"A car bomb | was wounding | dozens of others (wound)",
			"dozens | are of | others (be of) SECOND",
			"others | had | dozens (have) SECOND",
			"others | has | dozens (have) SECOND",
		}},
		{"a clause of condition is not asserted: its tuples are second readings", `
The DET DT 2 det the
plant NOUN NN 4 nsubj plant
will AUX MD 4 aux will
close ADV RB 0 root close
next ADJ JJ 6 amod next
year NOUN NN 4 obl:unmarked year
if SCONJ IN 10 mark if
the DET DT 9 det the
company NOUN NN 10 nsubj company
loses VERB VBZ 4 advcl lose
the DET DT 12 det the
contract NOUN NN 10 obj contract
. PUNCT . 4 punct .`, []string{
			"The plant | will close | next year (close)",
			"the company | loses | the contract (lose) SECOND",
		}},
		{"an as-long-as clause is a condition too", `
The DET DT 2 det the
workers NOUN NNS 3 nsubj worker
accepted VERB VBD 0 root accept
a DET DT 5 det a
pay NOUN NN 3 obj pay
cut VERB VBN 5 acl cut
as ADV RB 8 advmod as
long ADV RB 6 advmod long
as SCONJ IN 12 mark as
the DET DT 11 det the
managers NOUN NNS 12 nsubj manager
took VERB VBD 8 advcl take
a DET DT 14 det a
cut NOUN NN 12 obj cut
too ADV RB 12 advmod too
. PUNCT . 3 punct .`, []string{
			"The workers | accepted | a pay cut as long as the managers took a cut too (accept)",
			"a pay | was cut |  (cut) SECOND",
			"the managers | took | a cut (take) SECOND",
		}},
		{"a so-that clause of purpose is not asserted", `
The DET DT 2 det the
company NOUN NN 3 nsubj company
bought VERB VBD 0 root buy
new ADJ JJ 5 amod new
servers NOUN NNS 3 obj server
so SCONJ IN 10 mark so
that SCONJ IN 6 fixed that
it PRON PRP 10 nsubj it
could AUX MD 10 aux could
store VERB VB 3 advcl store
more ADJ JJR 12 amod more
data NOUN NN 10 obj data
. PUNCT . 3 punct .`, []string{
			"The company | bought | new servers (buy)",
			"The company | could store | more data (store) MODAL SECOND",
		}},
		{"a gerund set off after a verb's oblique takes the verb's subject", `
The DET DT 2 det the
band NOUN NN 3 nsubj band
toured VERB VBN 0 root tour
with ADP IN 7 case with
a DET DT 7 det a
new ADJ JJ 7 amod new
drummer NOUN NN 3 obl drummer
, PUNCT , 9 punct ,
playing VERB VBG 7 acl play
in ADP IN 12 case in
forty NUM CD 12 nummod forty
cities NOUN NNS 9 obl city
. PUNCT . 3 punct .`, []string{
			"The band | toured with a new drummer , playing in | forty cities (tour with) SECOND",
			"The band | toured with | a new drummer , playing in forty cities (tour with)",
			"The band | was playing in | forty cities (play in)",
		}},
		{"a verb phrase conjoined to a copular predicate is no second predicate of the copula", `
The DET DT 2 det the
tower NOUN NN 5 nsubj tower
is AUX VBZ 5 cop be
very ADV RB 5 advmod very
old ADJ JJ 0 root old
and CCONJ CC 9 cc and
can AUX MD 9 aux can
be AUX VB 9 aux:pass be
seen VERB VBN 5 conj see
from ADP IN 12 case from
the DET DT 12 det the
river NOUN NN 9 obl river
. PUNCT . 5 punct .`, []string{
			"The tower | can be seen from | the river (see from) MODAL",
			"The tower | is very | old (be)",
			"The tower | is very | old and can be seen from the river (be) SECOND",
		}},
		{"a measure the object holds is no further argument", `
The DET DT 2 det the
lizard NOUN NN 7 nsubj lizard
is AUX VBZ 7 cop be
about ADV RB 5 advmod about
ten NUM CD 6 nummod ten
inches NOUN NNS 7 obl:unmarked inch
long ADV RB 0 root long
, PUNCT , 11 punct ,
and CCONJ CC 11 cc and
can AUX MD 11 aux can
run VERB VB 7 conj run
on ADP IN 13 case on
water NOUN NN 11 obl water
. PUNCT . 7 punct .`, []string{
			"The lizard | can run on | water (run on) MODAL",
			"The lizard | is | about ten inches long (be)",
			"The lizard | is | about ten inches long , and can run on water (be) SECOND",
		}},
		{"a subject agrees in number with its verb whatever its tag", `
Sanders NOUN NNS 6 nsubj Sanders
was AUX VBD 6 cop be
not PART RB 6 advmod not
at ADP IN 6 case at
the DET DT 6 det the
meeting NOUN NN 0 root meeting
, PUNCT , 10 punct ,
but CCONJ CC 10 cc but
he PRON PRP 10 nsubj he
sent VERB VBD 6 conj send
a DET DT 12 det a
letter NOUN NN 10 obj letter
. PUNCT . 6 punct .`, []string{
			"Sanders | sent | a letter (send)",
			"Sanders | was not at | the meeting (be at) NEG",
			"Sanders | was not at | the meeting , but he sent a letter (be at) NEG SECOND",
		}},
		{"they stands for a group's name when no plural noun is there", `
Hamas PROPN NNP 2 nsubj Hamas
fired VERB VBD 0 root fire
rockets NOUN NNS 2 obj rocket
at ADP IN 6 case at
the DET DT 6 det the
city NOUN NN 2 obl city
, PUNCT , 11 punct ,
and CCONJ CC 11 cc and
later ADV RBR 11 advmod late
they PRON PRP 11 nsubj they
attacked VERB VBD 2 conj attack
a DET DT 14 det a
border NOUN NN 14 compound border
post NOUN NN 11 obj post
. PUNCT . 2 punct .`, []string{
			"Hamas | attacked | a border post | later (attack)",
			"Hamas | fired rockets at | the city (fire at) SECOND",
			"Hamas | fired | rockets | at the city (fire)",
		}},
		{"a name right after a fronted clause's verb is its object; the name set off after it is the subject", `
Peace NOUN NN 2 compound peace
talks NOUN NNS 3 nsubj talk
began VERB VBD 0 root begin
in ADP IN 5 case in
1995 NUM CD 3 obl 1995
, PUNCT , 7 punct ,
but CCONJ CC 18 cc but
, PUNCT , 7 punct ,
after ADP IN 11 case after
the DET DT 11 det the
plot NOUN NN 18 obl plot
to PART TO 13 mark to
assassinate VERB VB 11 acl assassinate
Rabin PROPN NNP 18 nsubj Rabin
, PUNCT , 16 punct ,
Shimon PROPN NNP 14 conj Shimon
Peres PROPN NNP 16 flat Peres
called VERB VBD 3 conj call
new ADJ JJ 20 amod new
elections NOUN NNS 18 obj election
. PUNCT . 3 punct .`, []string{
			"Peace talks | began | in 1995 (begin)",
			"Shimon Peres | called | new elections | after the plot to assassinate (call)",
			"the plot | was to assassinate |  (assassinate) SECOND",
		}},
		{"a relative word the parse ties to no noun takes the nearest noun its verb agrees with", `
Computers NOUN NNS 2 nsubj computer
devoted VERB VBN 0 root devote
entirely ADV RB 2 advmod entirely
to ADP IN 6 case to
text NOUN NN 6 compound text
editing NOUN NN 2 obl editing
, PUNCT , 9 punct ,
which PRON WDT 9 nsubj which
have VERB VBP 2 parataxis have
all ADV RB 9 obj all
but CCONJ CC 12 cc but
vanished VERB VBD 9 conj vanish
in ADP IN 15 case in
the DET DT 15 det the
U.S. PROPN NNP 12 obl U.S.
, PUNCT , 17 punct ,
remain VERB VBP 9 conj remain
popular ADJ JJ 17 xcomp popular
in ADP IN 20 case in
Japan PROPN NNP 18 obl Japan
. PUNCT . 2 punct .`, []string{
			"Computers | devoted entirely to | text editing (devote to)",
			"Computers | have | all (have) SECOND",
			"Computers | remain popular in | Japan (remain) SECOND",
			"Computers | remain | popular in Japan (remain) SECOND",
			"Computers | vanished in | the U.S. (vanish in) SECOND",
		}},
		{"a name right after its title stays in the argument", `
She PRON PRP 2 nsubj she
married VERB VBD 0 root marry
the DET DT 4 det the
painter NOUN NN 2 obj painter
John PROPN NNP 4 appos John
Smith PROPN NNP 5 flat Smith
in ADP IN 8 case in
1920 NUM CD 2 obl 1920
; PUNCT : 11 punct ;
they PRON PRP 11 nsubj they
had VERB VBD 2 parataxis have
two NUM CD 13 nummod two
children NOUN NNS 11 obj child
. PUNCT . 2 punct .`, []string{
			"John Smith | had | two children (have) SECOND",
			"John Smith | is | the painter (be)",
			"John Smith | was | the painter (be) SECOND",
			"She | married the painter John Smith in | 1920 (marry in) SECOND",
			"She | married | the painter John Smith | in 1920 (marry)",
			"the painter | is | John Smith (be) SECOND",
			"they | had | two children (have)",
		}},
		{"a quoted name next to the common noun it names is that noun", `
She PRON PRP 2 nsubj she
won VERB VBD 0 root win
the DET DT 4 det the
award NOUN NN 2 obj award
for ADP IN 7 case for
her PRON PRP$ 7 nmod:poss her
novel NOUN NN 2 obl novel
" PUNCT ` + "``" + ` 9 punct "
Beloved ADJ JJ 7 appos beloved
" PUNCT '' 9 punct "
in ADP IN 12 case in
1988 NUM CD 2 obl 1988
. PUNCT . 2 punct .`, []string{
			"\" Beloved \" | is | a novel (be)",
			"She | had | novel \" Beloved \" (have) SECOND",
			"She | has | novel \" Beloved \" (have) SECOND",
			"She | won the award for | her novel \" Beloved \" | in 1988 (win for) SECOND",
			"She | won | the award | for her novel \" Beloved \" | in 1988 (win)",
		}},
		{"a that-clause conjoined to a verb with a clausal complement is said too", `
The DET DT 2 det the
firm NOUN NN 3 nsubj firm
said VERB VBD 0 root say
the DET DT 5 det the
deal NOUN NN 7 nsubj deal
is AUX VBZ 7 cop be
subject ADJ JJ 3 ccomp subject
to ADP IN 9 case to
approval NOUN NN 7 obl approval
, PUNCT , 14 punct ,
and CCONJ CC 14 cc and
that SCONJ IN 14 mark that
it PRON PRP 14 nsubj it
hopes VERB VBZ 3 conj hope
to PART TO 16 mark to
close VERB VB 14 xcomp close
it PRON PRP 16 obj it
next ADJ JJ 19 amod next
year NOUN NN 16 obl:unmarked year
. PUNCT . 3 punct .`, []string{
			"The firm | said | the deal is subject to approval , and that it hopes to close it next year (say)",
			"it | hopes to close | it | next year (close)",
			"the deal | hopes to close | it | next year (close) SECOND",
			"the deal | is subject to | approval (be subject to)",
			"the deal | is | subject to approval (be subject to) SECOND",
			"the deal | is | subject | to approval (be subject to) SECOND",
		}},
		{"a clause with its own subject joined to a reporting verb's complement is reported too", `
Officials NOUN NNS 2 nsubj official
said VERB VBD 0 root say
the DET DT 4 det the
bridge NOUN NN 6 nsubj bridge
would AUX MD 6 aux would
reopen VERB VB 2 ccomp reopen
soon ADV RB 6 advmod soon
, PUNCT , 14 punct ,
but CCONJ CC 14 cc but
the DET DT 11 det the
company NOUN NN 14 nsubj company
has AUX VBZ 14 aux have
not PART RB 14 advmod not
set VERB VBN 2 conj set
a DET DT 16 det a
date NOUN NN 14 obj date
. PUNCT . 2 punct .`, []string{
			"Officials | said | the bridge would reopen soon , but the company has not set a date (say)",
			"the bridge | would reopen | soon (reopen) MODAL",
			"the company | has not set | a date (set) NEG",
		}},
		{"who stands for a person, not the thing of an of-phrase before it", `
The DET DT 2 det the
leaders NOUN NNS 11 nsubj:pass leader
of ADP IN 5 case of
the DET DT 5 det the
movement NOUN NN 2 nmod movement
who PRON WP 7 nsubj who
signed VERB VBD 5 acl:relcl sign
the DET DT 9 det the
letter NOUN NN 7 obj letter
were AUX VBD 11 aux:pass be
arrested VERB VBN 0 root arrest
. PUNCT . 11 punct .`, []string{
			"The leaders of the movement who signed the letter | were arrested |  (arrest) SECOND",
			"The leaders | are of | the movement (be of) SECOND",
			"The leaders | are of | the movement who signed the letter (be of) SECOND",
			"The leaders | signed | the letter (sign)",
			"the movement | had | leaders (have) SECOND",
			"the movement | has | leaders (have) SECOND",
		}},
		{"an in-order-to clause is a purpose: its tuples are second readings", `
The DET DT 2 det the
city NOUN NN 3 nsubj city
raised VERB VBD 0 root raise
taxes NOUN NNS 3 obj tax
in ADP IN 8 mark in
order NOUN NN 5 fixed order
to PART TO 8 mark to
build VERB VB 3 advcl build
a DET DT 11 det a
new ADJ JJ 11 amod new
hospital NOUN NN 8 obj hospital
. PUNCT . 3 punct .`, []string{
			"The city | build | a new hospital (build) SECOND",
			"The city | raised | taxes (raise)",
		}},
		{"what a modal verb's complement says is not asserted", `
The DET DT 2 det the
company NOUN NN 4 nsubj company
must AUX MD 4 aux must
prove VERB VB 0 root prove
that SCONJ IN 9 mark that
the DET DT 7 det the
drug NOUN NN 9 nsubj drug
is AUX VBZ 9 cop be
safe ADJ JJ 4 ccomp safe
for ADP IN 11 case for
children NOUN NNS 9 obl child
. PUNCT . 4 punct .`, []string{
			"The company | must prove that the drug is safe for | children (prove) MODAL SECOND",
			"The company | must prove that | the drug is safe for children (prove) MODAL",
			"the drug | is safe for | children (be safe for) SECOND",
			"the drug | is | safe for children (be safe for) SECOND",
			"the drug | is | safe | for children (be safe for) SECOND",
		}},
		{"what a negated verb's complement says is not asserted", `
Officials NOUN NNS 4 nsubj official
do AUX VBP 4 aux do
not PART RB 4 advmod not
believe VERB VB 0 root believe
that SCONJ IN 8 mark that
the DET DT 7 det the
rebels NOUN NNS 8 nsubj rebel
control VERB VB 4 ccomp control
the DET DT 10 det the
airport NOUN NN 8 obj airport
. PUNCT . 4 punct .`, []string{
			"Officials | do not believe that the rebels control | the airport (believe) NEG SECOND",
			"Officials | do not believe that | the rebels control the airport (believe) NEG",
			"the rebels | control | the airport (control) SECOND",
		}},
		{"what a without-clause says did not happen", `
He PRON PRP 2 nsubj he
left VERB VBD 0 root leave
the DET DT 4 det the
room NOUN NN 2 obj room
without SCONJ IN 6 mark without
saying VERB VBG 2 advcl say
a DET DT 8 det a
word NOUN NN 6 obj word
. PUNCT . 2 punct .`, []string{
			"He | left | the room (leave)",
			"He | was saying | a word (say) SECOND",
		}},
		{"a subject with a preposition whose phrase closes with a comma is a misparsed oblique", `
Yet CCONJ CC 4 cc yet
" PUNCT ` + "``" + ` 4 punct "
reform NOUN NN 4 compound reform
fatigue NOUN NN 12 advcl fatigue
, PUNCT , 4 punct ,
" PUNCT ` + "``" + ` 10 punct "
especially ADV RB 10 advmod especially
among ADP IN 10 case among
young ADJ JJ 10 amod young
voters NOUN NNS 12 nsubj voter
, PUNCT , 10 punct ,
remains VERB VBZ 0 root remain
widespread ADJ JJ 12 xcomp widespread
. PUNCT . 12 punct .`, []string{
			"voters | are | young (be) SECOND",
			"voters | were | young (be) SECOND",
		}},
		{"a fronted participle the parse makes the root modifies the subject of the finite verb", `
Memorized VERB VBN 0 root memorize
jokes NOUN NNS 1 obj joke
sound VERB VBP 1 xcomp sound
wooden ADJ JJ 3 xcomp wooden
, PUNCT , 10 punct ,
like SCONJ IN 10 mark like
they PRON PRP 10 nsubj they
are AUX VBP 10 aux be
being AUX VBG 10 aux:pass be
read VERB VBN 1 advcl read
off ADP RP 10 compound:prt off
a DET DT 13 det a
script NOUN NN 10 obj script
instead ADV RB 16 mark instead
of ADP IN 14 fixed of
relayed VERB VBN 13 acl relay
by ADP IN 19 case by
a DET DT 19 det a
friend NOUN NN 16 obl:agent friend
or CCONJ CC 21 cc or
entertainer NOUN NN 19 conj entertainer
. PUNCT . 1 punct .`, []string{
			"Memorized jokes | are being read off a script instead of relayed by | a friend or entertainer (read off off) SECOND",
			"Memorized jokes | are being read off | a script instead of relayed by a friend or entertainer (read off off)",
			"Memorized jokes | sound | wooden (sound)",
			"a friend or entertainer | relayed | a script (relay) SECOND",
			"a friend | relayed | a script (relay) SECOND",
			"a script | is relayed by | a friend (relay by) SECOND",
			"a script | is relayed by | a friend or entertainer (relay by) SECOND",
			"a script | is relayed by | entertainer (relay by) SECOND",
			"entertainer | relayed | a script (relay) SECOND",
			"jokes | are | Memorized (be) SECOND",
			"jokes | were | Memorized (be) SECOND",
		}},
		{"provided or providing that is a conjunction, no predicate", `
The DET DT 2 det the
bank NOUN NN 4 nsubj bank
will AUX MD 4 aux will
lend VERB VB 0 root lend
the DET DT 6 det the
money NOUN NN 4 obj money
, PUNCT , 8 punct ,
providing VERB VBG 4 advcl provide
that SCONJ IN 12 mark that
the DET DT 11 det the
government NOUN NN 12 nsubj government
guarantees VERB VBZ 8 ccomp guarantee
the DET DT 14 det the
loan NOUN NN 12 obj loan
. PUNCT . 4 punct .`, []string{
			"The bank | will lend | the money (lend)",
			"the government | guarantees | the loan (guarantee)",
		}},
		{"a clause of cause, time or condition is a further argument of a copular predicate too", `
This PRON DT 3 nsubj this
is AUX VBZ 3 cop be
possible ADJ JJ 0 root possible
because SCONJ IN 6 mark because
we PRON PRP 6 nsubj we
release VERB VBP 3 advcl release
all DET DT 6 obj all
of ADP IN 10 case of
our PRON PRP$ 10 nmod:poss our
software NOUN NN 7 nmod software
under ADP IN 16 case under
the DET DT 16 det the
Open ADJ NNP 14 amod Open
Source PROPN NNP 16 compound Source
GPL PROPN NNP 16 compound GPL
license NOUN NN 6 obl license
and CCONJ CC 18 cc and
release VERB VBP 6 conj release
our PRON PRP$ 20 nmod:poss our
content NOUN NN 18 obj content
under ADP IN 25 case under
a DET DT 25 det a
Creative ADJ NNP 24 amod Creative
Commons PROPN NNP 25 compound Commons
license NOUN NN 18 obl license
. PUNCT . 3 punct .`, []string{
			"Commons | is | Creative (be) SECOND",
			"Commons | was | Creative (be) SECOND",
			"Source | is | Open (be) SECOND",
			"Source | was | Open (be) SECOND",
			"This | is | possible because we release all of our software under the Open Source GPL license and release our content under a Creative Commons license (be) SECOND",
			"This | is | possible | because we release all of our software under the Open Source GPL license and release our content under a Creative Commons license (be)",
			"we | release all of our software under | the Open Source GPL license (release under) SECOND",
			"we | release all of | our software | under the Open Source GPL license (release) SECOND",
			"we | release our content under | a Creative Commons license (release under) SECOND",
			"we | release | all of our software | under the Open Source GPL license (release)",
			"we | release | our content | under a Creative Commons license (release)",
		}},
		{"a quoted name right after the common noun it names stays in the argument", `
5 NUM CD 0 root 5
- PUNCT : 3 punct -
Number NOUN NN 1 appos number
of ADP IN 5 case of
states NOUN NNS 3 nmod state
that PRON WDT 9 nsubj that
do AUX VBP 9 aux do
not PART RB 9 advmod not
use VERB VB 5 acl:relcl use
the DET DT 11 det the
word NOUN NN 9 obj word
" PUNCT ` + "``" + ` 13 punct "
evolution NOUN NN 11 appos evolution
" PUNCT '' 13 punct "
in ADP IN 19 case in
public ADJ JJ 17 amod public
school NOUN NN 19 compound school
science NOUN NN 19 compound science
courses NOUN NNS 9 obl course
. PUNCT . 1 punct .`, []string{
			"Number | is of | states (be of) SECOND",
			"Number | is of | states that do not use the word \" evolution \" in public school science courses (be of) SECOND",
			"school | is | public (be) SECOND",
			"school | was | public (be) SECOND",
			"states | do not use | the word \" evolution \" | in public school science courses (use) NEG",
			"states | had | Number (have) SECOND",
			"states | has | Number (have) SECOND",
		}},
		{"based on after a verb joins its relation as a preposition", `
A DET DT 3 det a
statistical ADJ JJ 3 amod statistical
analysis NOUN NN 5 nsubj:pass analysis
was AUX VBD 5 aux:pass be
performed VERB VBN 0 root perform
based VERB VBN 5 advcl base
on ADP IN 9 case on
the DET DT 9 det the
application NOUN NN 6 obl application
of ADP IN 15 case of
the DET DT 15 det the
paired VERB VBN 15 amod pair
t NOUN NN 15 compound t
- PUNCT HYPH 13 punct -
test NOUN NN 9 nmod test
on ADP IN 18 case on
the DET DT 18 det the
difference NOUN NN 9 nmod difference
of ADP IN 22 case of
the DET DT 22 det the
overall ADJ JJ 22 amod overall
score NOUN NN 18 nmod score
obtained VERB VBN 22 acl obtain
in ADP IN 26 case in
the DET DT 26 det the
test NOUN NN 23 obl test
before ADP IN 31 case before
and CCONJ CC 29 cc and
after ADP IN 27 conj after
the DET DT 31 det the
intervention NOUN NN 23 obl intervention
in ADP IN 35 case in
the DET DT 35 det the
two NUM CD 35 nummod two
groups NOUN NNS 23 obl group
. PUNCT . 5 punct .`, []string{
			"A statistical analysis | was performed based on the application of the paired t-test on the difference of the overall score obtained in the test before and after the intervention in | the two groups (base on) SECOND",
			"A statistical analysis | was performed based on the application of the paired t-test on the difference of | the overall score obtained in the test before and after the intervention in the two groups (base on) SECOND",
			"A statistical analysis | was performed based on the application of the paired t-test on | the difference of the overall score obtained in the test before and after the intervention in the two groups (base on) SECOND",
			"A statistical analysis | was performed based on | the application of the paired t-test on the difference of the overall score obtained in the test before and after the intervention in the two groups (base on)",
			"analysis | is | statistical (be) SECOND",
			"analysis | was | statistical (be) SECOND",
			"score | is | overall (be) SECOND",
			"score | was | overall (be) SECOND",
			"t-test | is | paired (be) SECOND",
			"t-test | was | paired (be) SECOND",
			"the application of the paired t-test | is on the difference of the overall score obtained in the test before and after the intervention in | the two groups (be on) SECOND",
			"the application of the paired t-test | is on the difference of | the overall score obtained in the test before and after the intervention in the two groups (be on) SECOND",
			"the application of the paired t-test | is on | the difference of the overall score obtained in the test before and after the intervention in the two groups (be on) SECOND",
			"the application | is of | the paired t-test (be of) SECOND",
			"the difference | is of the overall score obtained in the test before and after the intervention in | the two groups (be of) SECOND",
			"the difference | is of | the overall score obtained in the test before and after the intervention in the two groups (be of) SECOND",
			"the overall score obtained in the test before and after the intervention in the two groups | had | difference (have) SECOND",
			"the overall score obtained in the test before and after the intervention in the two groups | has | difference (have) SECOND",
			"the overall score | was obtained in | the test | before and after the intervention | in the two groups (obtain in)",
			"the paired t-test | had | application (have) SECOND",
			"the paired t-test | has | application (have) SECOND",
		}},
		{"a subject hung from the verb of its own relative clause is the subject of the predicate", `
Not PART RB 2 advmod not
long ADV RB 3 advmod long
ago ADV RB 15 advmod ago
, PUNCT , 3 punct ,
UNSECO PROPN NNP 15 dislocated UNSECO
, PUNCT , 5 punct ,
which PRON WDT 15 nsubj which
is AUX VBZ 15 cop be
the DET DT 15 det the
educational ADJ JJ 15 amod educational
, PUNCT , 12 punct ,
scientific ADJ JJ 10 conj scientific
and CCONJ CC 14 cc and
cultural ADJ JJ 10 conj cultural
agency NOUN NN 21 ccomp agency
of ADP IN 19 case of
the DET DT 19 det the
United VERB NNP 19 amod Unite
Nations PROPN NNPS 15 nmod Nation
, PUNCT , 15 punct ,
named VERB VBN 0 root name
this DET DT 23 det this
parade NOUN NN 21 obj parade
intangible ADJ JJ 26 amod intangible
cultural ADJ JJ 26 amod cultural
heritage NOUN NN 23 nmod heritage
. PUNCT . 21 punct .`, []string{
			"Not long ago , UNSECO , which is the educational , scientific and cultural agency of the United Nations | named | this parade intangible cultural heritage (name) SECOND",
			"UNSECO | is the educational , scientific and cultural agency of | the United Nations (be agency of)",
			"UNSECO | is the educational , scientific and cultural agency of | the United Nations (be agency of) SECOND",
			"UNSECO | is | the educational , scientific and cultural agency of the United Nations (be agency of) SECOND",
			"UNSECO | named this parade | intangible cultural heritage (name) SECOND",
			"UNSECO | named | this parade intangible cultural heritage (name)",
			"cultural heritage | is | intangible (be) SECOND",
			"cultural heritage | was | intangible (be) SECOND",
			"heritage | is | cultural (be) SECOND",
			"heritage | was | cultural (be) SECOND",
		}},
		{"a negated passive with no argument is a state", `
Two NUM CD 2 nummod two
years NOUN NNS 3 obl:unmarked year
later ADV RBR 16 advmod late
when ADV WRB 6 advmod when
I PRON PRP 6 nsubj I
got VERB VBD 16 advcl get
around ADV RB 6 advmod around
to SCONJ IN 9 mark to
filling VERB VBG 6 advcl fill
for ADP IN 13 case for
his PRON PRP$ 13 nmod:poss his
birth NOUN NN 13 compound birth
certificate NOUN NN 9 obl certificate
, PUNCT , 6 punct ,
I PRON PRP 16 nsubj I
find VERB VBP 0 root find
out ADP RP 16 compound:prt out
he PRON PRP 21 nsubj:pass he
was AUX VBD 21 aux:pass be
never ADV RB 21 advmod never
registered VERB VBN 16 ccomp register
. PUNCT . 16 punct .`, []string{
			"I | find out | he was never registered | Two years later (find out out)",
			"I | got to filling for | his birth certificate (fill for) SECOND",
			"I | got | around (get)",
			"he | was never registered |  (register) NEG SECOND",
			"he | was never | registered (be) NEG",
		}},
		{"an owner whose phrase takes in the owned noun has no possessive tuple", `
Quickly ADV RB 2 advmod quickly
becoming VERB VBG 9 advcl become
a DET DT 4 det a
favorite NOUN NN 2 xcomp favorite
of ADP IN 6 case of
Pachomius PROPN NNP 4 nmod Pachomius
, PUNCT , 2 punct ,
Theodorus PROPN NNP 9 nsubj Theodorus
lived VERB VBD 0 root live
an DET DT 13 det a
enviably ADV RB 12 advmod enviably
ascetic ADJ JJ 13 amod ascetic
life NOUN NN 9 obj life
in ADP IN 16 case in
the DET DT 16 det the
monastery NOUN NN 9 obl monastery
, PUNCT , 19 punct ,
and CCONJ CC 19 cc and
took VERB VBD 9 conj take
on ADP RP 19 compound:prt on
the DET DT 22 det the
title NOUN NN 19 obj title
of ADP IN 28 case of
the DET DT 26 det the
" PUNCT ` + "``" + ` 26 punct "
brothers NOUN NNS 28 nmod:poss brother
’ PART POS 26 case 's
comforter NOUN NN 22 nmod comforter
" PUNCT '' 28 punct "
. PUNCT . 9 punct .`, []string{
			"Theodorus | lived an enviably ascetic life in | the monastery (live in) SECOND",
			"Theodorus | lived | an enviably ascetic life | in the monastery (live)",
			"Theodorus | took on the title of | the \" brothers ’ comforter \" (take on on) SECOND",
			"Theodorus | took on the title of | the \" brothers ’ comforter \" (take on on) SECOND",
			"Theodorus | took on | the title of the \" brothers ’ comforter \" (take on on)",
			"Theodorus | was Quickly becoming a favorite of | Pachomius (become) SECOND",
			"Theodorus | was Quickly becoming | a favorite of Pachomius (become)",
			"a favorite | is of | Pachomius (be of) SECOND",
			"life | is | enviably ascetic (be) SECOND",
			"life | was | enviably ascetic (be) SECOND",
			"the \" brothers ’ comforter \" | had | title (have) SECOND",
			"the \" brothers ’ comforter \" | has | title (have) SECOND",
			"the title | is of | the \" brothers ’ comforter \" (be of) SECOND",
		}},
		{"a bare verb after a singular subject's reporting verb and its complement continues the complement", `
Xinhua PROPN NNP 2 nsubj Xinhua
alleged VERB VBD 0 root allege
that SCONJ IN 8 mark that
" PUNCT ` + "``" + ` 8 punct "
Many ADJ JJ 8 amod many
of ADP IN 8 case of
the DET DT 8 det the
Iraqis PROPN NNPS 2 ccomp Iraqi
, PUNCT , 11 punct ,
who PRON WP 11 nsubj who
suffer VERB VBP 8 acl:relcl suffer
the DET DT 14 det the
American ADJ JJ 14 amod American
occupation NOUN NN 11 obj occupation
of ADP IN 16 case of
Iraq PROPN NNP 14 nmod Iraq
, PUNCT , 18 punct ,
relate VERB VBP 2 conj relate
their PRON PRP$ 20 nmod:poss their
case NOUN NN 18 obj case
with ADP IN 22 case with
that PRON DT 20 nmod that
of ADP IN 26 case of
the DET DT 26 det the
Palestinian ADJ JJ 26 amod Palestinian
people NOUN NNS 22 nmod people
, PUNCT , 31 punct ,
under ADP IN 31 case under
the DET DT 31 det the
Israeli ADJ JJ 31 amod Israeli
occupation NOUN NN 26 nmod occupation
. PUNCT . 2 punct .
" PUNCT '' 2 punct "`, []string{
			"Iraq | had | American occupation (have) SECOND",
			"Iraq | has | American occupation (have) SECOND",
			"Xinhua | alleged that | \" Many of the Iraqis , who suffer the American occupation of Iraq , relate their case with that of the Palestinian people , under the Israeli occupation . \" (allege)",
			"Xinhua | had | case (have) SECOND",
			"Xinhua | had | case with that of the Palestinian people , under the Israeli occupation (have) SECOND",
			"Xinhua | has | case (have) SECOND",
			"Xinhua | has | case with that of the Palestinian people , under the Israeli occupation (have) SECOND",
			"occupation | is | American (be) SECOND",
			"occupation | is | Israeli (be) SECOND",
			"occupation | was | American (be) SECOND",
			"occupation | was | Israeli (be) SECOND",
			"people | are | Palestinian (be) SECOND",
			"people | were | Palestinian (be) SECOND",
			"that | is of the Palestinian people , under | the Israeli occupation (be of) SECOND",
			"that | is of | the Palestinian people , under the Israeli occupation (be of) SECOND",
			"the American occupation | is of | Iraq (be of) SECOND",
			"the Iraqis , who suffer the American occupation of Iraq | relate | their case with that of the Palestinian people , under the Israeli occupation (relate) SECOND",
			"the Iraqis | relate their case with that of the Palestinian people , under | the Israeli occupation (relate) SECOND",
			"the Iraqis | relate their case with that of | the Palestinian people , under the Israeli occupation (relate) SECOND",
			"the Iraqis | relate their case with | that of the Palestinian people , under the Israeli occupation (relate) SECOND",
			"the Iraqis | relate | their case with that of the Palestinian people , under the Israeli occupation (relate) SECOND",
			"the Iraqis | suffer the American occupation of | Iraq (suffer) SECOND",
			"the Iraqis | suffer | the American occupation of Iraq (suffer)",
			"the Palestinian people | are under | the Israeli occupation (be under) SECOND",
			"their case | is with that of the Palestinian people , under | the Israeli occupation (be with) SECOND",
			"their case | is with that of | the Palestinian people , under the Israeli occupation (be with) SECOND",
			"their case | is with | that of the Palestinian people , under the Israeli occupation (be with) SECOND",
		}},
		{"a participle root without auxiliary modifies its subject, the copular predicate after it is the root", `
Modern ADJ JJ 3 amod modern
English ADJ NNP 3 amod English
Grammar NOUN NN 13 nsubj grammar
on ADP IN 6 case on
Historical ADJ JJ 6 amod historical
Principles NOUN NNS 3 nmod principle
( PUNCT -LRB- 8 punct (
1909 NUM CD 6 appos 1909
– SYM SYM 10 case -
1949 NUM CD 8 nmod 1949
) PUNCT -RRB- 8 punct )
, PUNCT , 3 punct ,
concentrated VERB VBN 0 root concentrate
on ADP IN 15 case on
morphology NOUN NN 13 obl morphology
and CCONJ CC 17 cc and
syntax NOUN NN 15 conj syntax
, PUNCT , 20 punct ,
and CCONJ CC 20 cc and
Growth NOUN NN 15 conj growth
and CCONJ CC 22 cc and
Structure NOUN NN 20 conj structure
of ADP IN 26 case of
the DET DT 26 det the
English ADJ NNP 26 amod English
Language PROPN NNP 20 nmod Language
( PUNCT -LRB- 28 punct (
1905 NUM CD 13 dep 1905
) PUNCT -RRB- 28 punct )
is AUX VBZ 33 cop be
a DET DT 33 det a
comprehensive ADJ JJ 33 amod comprehensive
view NOUN NN 13 conj view
of ADP IN 35 case of
English PROPN NNP 33 nmod English
by ADP IN 37 case by
someone PRON NN 35 nmod someone
with ADP IN 41 case with
another DET DT 41 det another
native ADJ JJ 41 amod native
language NOUN NN 37 nmod language
, PUNCT , 46 punct ,
and CCONJ CC 46 cc and
still ADV RB 46 advmod still
in ADP IN 46 case in
print NOUN NN 37 acl:relcl print
, PUNCT , 46 punct ,
over ADV RB 49 advmod over
70 NUM CD 50 nummod 70
years NOUN NNS 46 obj year
after ADP IN 53 case after
his PRON PRP$ 53 nmod:poss his
death NOUN NN 50 nmod death
and CCONJ CC 58 cc and
more ADJ JJR 57 advmod more
than ADP IN 55 fixed than
100 NUM CD 58 nummod 100
years NOUN NNS 50 conj year
after ADP IN 60 case after
publication NOUN NN 58 nmod publication
. PUNCT . 13 punct .`, []string{
			"English Grammar | is | Modern (be) SECOND",
			"English Grammar | was | Modern (be) SECOND",
			"English | is by someone with | another native language (be by) SECOND",
			"English | is by | someone with another native language (be by) SECOND",
			"English | is by | someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be by) SECOND",
			"Grammar | is | English (be) SECOND",
			"Grammar | was | English (be) SECOND",
			"Growth and Structure | is of | the English Language (be of) SECOND",
			"Growth | is of | the English Language (be of) SECOND",
			"Language | is | English (be) SECOND",
			"Language | was | English (be) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 ) , concentrated on morphology and syntax , and Growth and Structure of the English Language ( 1905 | had | death (have) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 ) , concentrated on morphology and syntax , and Growth and Structure of the English Language ( 1905 | has | death (have) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 ) , concentrated on morphology and syntax , and Growth and Structure of the English Language ( 1905 | is a comprehensive view of | English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 ) , concentrated on morphology and syntax , and Growth and Structure of the English Language ( 1905 | is | a comprehensive view of English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | had | death (have) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | has | death (have) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after | publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after | publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by someone with another native language , and still in print , | over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by someone with another native language , and still in print , | over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by | someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of English by | someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of | English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of)",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is a comprehensive view of | English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | Growth (concentrate on)",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | Growth and Structure of the English Language (concentrate on) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | Structure (concentrate on)",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | morphology (concentrate on)",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | morphology and syntax , and Growth and Structure of the English Language (concentrate on) SECOND",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is concentrated on | syntax (concentrate on)",
			"Modern English Grammar on Historical Principles ( 1909 – 1949 | is | a comprehensive view of English by someone with another native language , and still in print , over 70 years after his death and more than 100 years after publication (be view of) SECOND",
			"Modern English Grammar | is on | Historical Principles ( 1909 – 1949 (be on) SECOND",
			"Modern English Grammar | is on | Historical Principles (be on) SECOND",
			"Principles | are | Historical (be) SECOND",
			"Principles | were | Historical (be) SECOND",
			"language | is | native (be) SECOND",
			"language | was | native (be) SECOND",
			"more than 100 years | are after | publication (be after) SECOND",
			"over 70 years | are after | his death (be after) SECOND",
			"someone | is with | another native language (be with) SECOND",
			"the English Language | had | Growth (have) SECOND",
			"the English Language | has | Growth (have) SECOND",
		}},
		{"the noun after an inverted passive with no subject is its subject", `
In ADP IN 3 case in
the DET DT 3 det the
centre NOUN NN 8 obl centre
of ADP IN 6 case of
the DET DT 6 det the
square NOUN NN 3 nmod square
was AUX VBD 8 aux:pass be
erected VERB VBN 0 root erect
a DET DT 10 det a
statue NOUN NN 8 obj statue
of ADP IN 13 case of
the DET DT 13 det the
king NOUN NN 10 nmod king
. PUNCT . 8 punct .`, []string{
			"a statue of the king | was erected In the centre of | the square (erect in) SECOND",
			"a statue of the king | was erected | In the centre of the square (erect in)",
			"a statue | is of | the king (be of) SECOND",
			"the centre | is of | the square (be of) SECOND",
			"the square | had | centre (have) SECOND",
			"the square | has | centre (have) SECOND",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, text := sentence(t, c.rows)
			var got []string
			for _, e := range Extract(s, text) {
				got = append(got, show(e))
				if e.Confidence <= 0 || e.Confidence > 1 {
					t.Errorf("%s: confidence %v outside (0,1]", show(e), e.Confidence)
				}
			}
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}
