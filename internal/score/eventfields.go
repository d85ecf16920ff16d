package score

import "strings"

// The field comparisons of the events scoring: status normalisation, strict
// and lenient type equality, and name matching over word tokens.

// statusPrefixes maps the start of a predicted status to the gold status it
// stands for; the first prefix that matches wins.
var statusPrefixes = []struct{ prefix, status string }{
	{"reaffirm", "reaffirmed"}, {"reiterat", "reaffirmed"}, {"renew", "reaffirmed"},
	{"disagree", "rejected"},
	{"agree", "agreed"}, {"settle", "agreed"}, {"accept", "agreed"},
	{"sign", "signed"},
	{"propos", "proposed"}, {"offer", "proposed"},
	{"reject", "rejected"}, {"refus", "rejected"}, {"oppos", "rejected"},
	{"commit", "committed"}, {"pledg", "committed"},
}

// NormalizeStatus lowercases and trims a predicted status and maps it by
// its prefix to one of the six gold statuses; a status no prefix covers is
// returned as it is after lowercasing and trimming.
func NormalizeStatus(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	for _, p := range statusPrefixes {
		if strings.HasPrefix(s, p.prefix) {
			return p.status
		}
	}
	return s
}

// eventStopWords never make a name match on their own, and never make two
// types match leniently.
var eventStopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true,
	"or": true, "for": true, "to": true, "in": true, "on": true,
}

// TypeMatch reports whether a predicted agreement type equals the gold one
// strictly (the same letters a-z once lowercased, everything else dropped)
// and leniently (strictly, or with a word of three letters or more in
// common, stop words aside).
func TypeMatch(pred, gold string) (strict, lenient bool) {
	if lettersOnly(pred) == lettersOnly(gold) {
		return true, true
	}
	words := map[string]bool{}
	for _, w := range letterWords(gold) {
		words[w] = true
	}
	for _, w := range letterWords(pred) {
		if len(w) >= 3 && !eventStopWords[w] && words[w] {
			return false, true
		}
	}
	return false, false
}

// lettersOnly keeps the letters a-z of s, lowercased.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, c := range []byte(strings.ToLower(s)) {
		if c >= 'a' && c <= 'z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// letterWords splits s, lowercased, into maximal runs of letters a-z.
func letterWords(s string) []string {
	return runs(s, func(c byte) bool { return c >= 'a' && c <= 'z' })
}

// nameTokens splits s, lowercased, into maximal runs of [a-z0-9].
func nameTokens(s string) []string {
	return runs(s, func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' })
}

func runs(s string, in func(byte) bool) []string {
	s = strings.ToLower(s)
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && in(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

// NameMatch reports whether a predicted name matches a gold string: the
// prediction has a token besides stop words, and its tokens and those of
// one of the gold string's " | "-separated names are such that either
// holds the other as a contiguous run ("Lebed" matches "Alexander Lebed"
// and the reverse).
func NameMatch(pred, gold string) bool {
	p := nameTokens(pred)
	if allStopWords(p) {
		return false
	}
	for _, alt := range strings.Split(gold, " | ") {
		g := nameTokens(alt)
		if len(g) > 0 && (containsRun(p, g) || containsRun(g, p)) {
			return true
		}
	}
	return false
}

// anyNameMatch reports whether any of the predicted names matches gold.
func anyNameMatch(preds []string, gold string) bool {
	for _, p := range preds {
		if NameMatch(p, gold) {
			return true
		}
	}
	return false
}

func allStopWords(tokens []string) bool {
	for _, t := range tokens {
		if !eventStopWords[t] {
			return false
		}
	}
	return true
}

// containsRun reports whether sub occurs in seq as a contiguous run.
func containsRun(seq, sub []string) bool {
	for i := 0; i+len(sub) <= len(seq); i++ {
		match := true
		for k, t := range sub {
			if seq[i+k] != t {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
