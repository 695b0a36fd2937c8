// Package resolve gives every real-world entity one node across articles:
// it maps per-document entity mentions (already merged within their document
// by coreference) to stable entities with an ID, a label and aliases.
//
// Input contract: names are UTF-8; types are the entity type constants of
// extract/doc (PER, ORG, LOC, EVENT, WORK, MISC). Resolution compares names
// after normalising them, never the raw strings:
//
//   - Fold removes diacritics with the package's own tables (Latin-1
//     Supplement, Latin Extended-A, common Latin Extended-B letters,
//     combining marks) and transliterates Cyrillic, so Agnès ~ Agnes and
//     kyiv ~ Kyiv ~ KYIV.
//   - Key reduces each word to a transliteration skeleton, so Pokalchuk ~
//     Pokaltchouk, Kuleba ~ Kouleba and Zelensky ~ Zelenskyy ~ Zelenskiy ~
//     Zelenskyi.
//   - StripTitle removes titles and offices (Ms., President, Foreign
//     Minister, Secretary-General ...) from person names.
//   - OrgKey unifies organisation names: US/UK spelling, possessives and a
//     leading "the", word order ("Ministry of Defence of Ukraine" ~
//     "Ukraine's Defense Ministry"), legal-form and umbrella words
//     ("Amnesty International" ~ "Amnesty"), while a place or qualifier added
//     to a non-state organisation makes another one ("Amnesty International
//     Ukraine" is not "Amnesty International").
//
// An Index finds candidates through these keys (blocking), so resolving n
// mentions costs O(n) map operations, never a comparison of all pairs.
// Persons with different given names never merge (Ukrainian and
// Russian-derived spellings of one given name, Volodymyr / Vladimir, are
// one name), and a surname alone joins a person only when exactly one known
// person carries it; with two or more it becomes its own ambiguous entity
// (see Index.Resolve). An Index can be seeded with entities already stored
// (Index.Add), whose IDs are kept.
//
// Each entity's label is its fullest proper form, chosen by an order that
// does not depend on the order forms arrive in; the other forms are its
// aliases. Pronouns, titles and descriptions ("the head of the Ukrainian
// office") never become labels or aliases.
//
// The package imports only the standard library and extract/doc.
package resolve
