package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/events"
	"github.com/newsextract/newsextract/internal/ner"
	"github.com/newsextract/newsextract/internal/text"
	"github.com/newsextract/newsextract/model"
)

// buildOrganizations makes one record per organization from ORG mentions.
// "Zedlandic News Agency (ZNA)" defines ZNA as an alias, and later
// mentions of ZNA join the same record.
func (e *Extractor) buildOrganizations(doc *text.Document, ms []ner.Mention, refs *events.Refs) []model.Organization {
	rs := newRecords(organizationFields)
	// byPrefix lists the records under the leading words of each name
	// they have had, for shortFormOf.
	byPrefix := map[string][]int{}
	for m := range withLabel(ms, ner.LabelORG) {
		name := mentionText(doc, m)
		if writtenWithThe(doc, m) {
			name = "The " + name // "by The Zedland Observer": the article is part of the name
		}
		key := orgKey(name)
		if _, ok := rs.find(key); !ok {
			if j, ok := shortFormOf(rs.list, byPrefix[leadingWords(key, prefixWords)], key); ok {
				rs.alias(key, j)
			} else if j, ok := e.fullFormOf(rs, key); ok {
				rs.alias(key, j)
			} else if j, ok := rs.find(initialsKey(name)); ok && isAcronym(rs.list[j].Name) && !e.standsForRegion(rs.list[j].Name) {
				rs.alias(key, j) // "Rapid Support Forces" after "RSF"
			}
		}
		n := len(rs.list)
		i := rs.file(doc, m, key, func() model.Organization { return model.Organization{Name: name} })
		rec := &rs.list[i]
		if len(name) > len(rec.Name) {
			if isAcronym(rec.Name) && !slices.Contains(rec.Aliases, rec.Name) {
				rec.Aliases = append(rec.Aliases, rec.Name)
			}
			rec.Name = name
			n = i // renamed: listed under its new first word too
		}
		if ini := initialsKey(rec.Name); ini != "" && !e.standsForRegion(strings.ToUpper(ini)) && rs.alias(ini, i) && isAcronym(name) && !strings.EqualFold(name, rec.Name) && !slices.Contains(rec.Aliases, name) {
			rec.Aliases = append(rec.Aliases, name) // "RSF" after "Rapid Support Forces"
		}
		if i >= n {
			listByPrefix(byPrefix, orgKey(rec.Name), i)
		}
		if alias, ok := aliasAfter(doc, m); ok && !strings.EqualFold(alias, name) {
			if _, taken := rs.find(orgKey(alias)); !taken {
				rs.alias(orgKey(alias), i)
				rec.Aliases = append(rec.Aliases, alias)
			}
		}
	}
	return rs.finish(refs)
}

// prefixWords is how many leading words of a name byPrefix lists it
// under, at most.
const prefixWords = 6

// listByPrefix lists record i under each run of key's leading words, up to
// prefixWords, that is shorter than key: the short forms key can have.
func listByPrefix(byPrefix map[string][]int, key string, i int) {
	for end, words := 0, 0; words < prefixWords; words++ {
		next := strings.IndexByte(key[end:], ' ')
		if next < 0 {
			return
		}
		end += next
		if l := byPrefix[key[:end]]; len(l) == 0 || l[len(l)-1] != i {
			byPrefix[key[:end]] = append(l, i)
		}
		end++
	}
}

// leadingWords returns s up to its n-th space, or s.
func leadingWords(s string, n int) string {
	end := 0
	for range n {
		next := strings.IndexByte(s[end:], ' ')
		if next < 0 {
			return s
		}
		end += next + 1
	}
	return s[:end-1]
}

// shortFormOf finds the first organization whose name starts with key's
// words: "Brandauer" after "Brandauer Motoren AG" is the same company. It
// looks only at candidates, the records listed under key's leading words
// (listByPrefix): looking at every record for every new name, and then at
// every record sharing the first word ("University of ..."), was quadratic
// in an article's organizations.
func shortFormOf(orgs []model.Organization, candidates []int, key string) (int, bool) {
	best := -1
	for _, i := range candidates {
		k := orgKey(orgs[i].Name)
		if (best < 0 || i < best) && len(k) > len(key) && strings.HasPrefix(k, key+" ") {
			best = i
		}
	}
	return max(best, 0), best >= 0
}

// fullFormOf finds the record filed under key without the company
// suffixes at its end: "Brandauer Motoren AG" after "Brandauer Motoren"
// (a headline's short form comes before the body's full name) is the same
// company. Other words make another organization ("Senate" and "Senate
// Armed Services Committee").
func (e *Extractor) fullFormOf(rs *records[model.Organization], key string) (int, bool) {
	for prefix := key; ; {
		i := strings.LastIndexByte(prefix, ' ')
		if i < 0 || !e.words.companySuffixes[prefix[i+1:]] {
			return 0, false
		}
		prefix = prefix[:i]
		if j, ok := rs.find(prefix); ok {
			return j, true
		}
	}
}

// standsForRegion reports an acronym the word lists give a region's place
// ("EU": Europe, org-places.tsv): it keeps its own record, which points to
// the region, apart from its full name's.
func (e *Extractor) standsForRegion(acronym string) bool {
	_, ok := e.words.orgPlaces[acronym]
	return ok
}

// initialsKey returns the key of the acronym a name's capitalized words
// make ("Rapid Support Forces": "rsf"; "Bank of England": "be"), or ""
// for a name of fewer than two such words or an acronym itself.
func initialsKey(name string) string {
	if isAcronym(name) {
		return ""
	}
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// writtenWithThe reports a mention preceded by a capitalized "The" inside a
// sentence, where the capital says the article belongs to the name.
func writtenWithThe(doc *text.Document, m ner.Mention) bool {
	if m.First == 0 || doc.Tokens[m.First-1].Text != "The" {
		return false
	}
	return !isLeadingArticle(doc, m.First-1) && doc.Sentences[doc.Tokens[m.First].Sent].First < m.First-1
}

// orgKey folds the differences that do not make another organization:
// case and a leading "The".
func orgKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
}

// aliasAfter finds "(ABBR)" right after mention m: an acronym in brackets,
// whether or not the model also tagged it.
func aliasAfter(doc *text.Document, m ner.Mention) (string, bool) {
	toks := doc.Tokens
	if m.Last+2 >= len(toks) || toks[m.Last].Text != "(" || toks[m.Last+2].Text != ")" {
		return "", false
	}
	abbr := toks[m.Last+1].Text
	if !isAcronym(abbr) {
		return "", false
	}
	return abbr, true
}

// isAcronym reports two or more capital letters and nothing but capitals,
// digits, dots, hyphens and ampersands: "ZNA", "AT&T".
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r == '.' || r == '-' || r == '&' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return upper >= 2
}
