package timex

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// recordingFS notes every file read, so the test can tell that each
// embedded word file is used.
type recordingFS struct {
	fs.FS
	read map[string]bool
}

func (r recordingFS) Open(name string) (fs.File, error) {
	r.read[name] = true
	return r.FS.Open(name)
}

func TestVocabularyLoads(t *testing.T) {
	rec := recordingFS{FS: wordFiles, read: map[string]bool{}}
	v, err := parseVocabulary(rec)
	if err != nil {
		t.Fatal(err)
	}
	files, err := fs.Glob(wordFiles, wordsDir+"*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word files: %v", err)
	}
	for _, f := range files {
		if !rec.read[f] {
			t.Errorf("%s is embedded but never read", f)
		}
		data, _ := fs.ReadFile(wordFiles, f)
		// The header names its file and says what it holds.
		if want := "# " + path.Base(f) + ": "; !strings.HasPrefix(string(data), want) {
			t.Errorf("%s: header does not start with %q", f, want)
		}
	}
	for name, n := range map[string]int{
		"months": len(v.months), "weekdays": len(v.weekdays), "units": len(v.units),
		"holidays": len(v.holidays), "amount modifiers": len(v.amountMods),
		"starters": len(v.starters), "dateline labels": len(v.datelineLabels),
	} {
		if n == 0 {
			t.Errorf("no %s", name)
		}
	}
}

// TestVocabularyEntries spot-checks that the tables mean what the rules
// expect of them.
func TestVocabularyEntries(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	if v.months["sept"] != time.September || !v.monthAbbrevs["sept"] || v.monthAbbrevs["may"] {
		t.Error("months.tsv: sept, may")
	}
	if d := v.weekdays["sundays"]; d.day != time.Sunday || !d.plural {
		t.Errorf("weekdays.tsv: sundays = %+v", d)
	}
	if v.weekdayAbbrevs["thurs"] != time.Thursday {
		t.Error("weekdays.tsv: thurs")
	}
	if u := v.units["hrs"]; u.code != "H" || !u.plural {
		t.Errorf("units.tsv: hrs = %+v", u)
	}
	if u := v.units["century"]; u.code != "CE" || u.plural {
		t.Errorf("units.tsv: century = %+v", u)
	}
	for _, w := range []string{"the", "noon", "christmas", "weeklong", "more", "about", "mon", "nineties"} {
		if !v.starters[w] {
			t.Errorf("%q is no starter", w)
		}
	}
	for _, w := range []string{"his", "their", "said"} {
		if v.starters[w] {
			t.Errorf("%q is a starter", w)
		}
	}
}

// TestRuleTables spot-checks that the tables of single rules mean what
// those rules expect of them.
func TestRuleTables(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	if n := v.clockNouns["midnight"]; n.hour != 24 || !n.title || v.clockNouns["midday"].title {
		t.Errorf("clock-nouns.tsv: midnight = %+v, midday", n)
	}
	if !v.clockPartsOfDay["evening"] || v.clockPartsOfDay["morning"] {
		t.Error("clock-parts-of-day.tsv: evening, morning")
	}
	if pm := v.positionMods["end"]; pm.mod != model.ModEnd || pm.form != positionNounOrPrefix {
		t.Errorf("position-mods.tsv: end = %+v", pm)
	}
	if pm := v.positionMods["later"]; pm.mod != model.ModEnd || pm.form != positionComparative {
		t.Errorf("position-mods.tsv: later = %+v", pm)
	}
	if v.yearOpenEnds[[2]string{"and", "beyond"}] != model.ModOnOrAfter || v.yearOpenEnds[[2]string{"or", "earlier"}] != model.ModOnOrBefore {
		t.Error("year-open-ends.tsv: and beyond, or earlier")
	}
	if d := v.relativeDays["tonight"]; d.offset != 0 || d.part != "NI" || v.relativeDays["yesterday"].offset != -1 {
		t.Errorf("relative-days.tsv: tonight = %+v, yesterday", d)
	}
	if d := v.weekdayDets["following"]; d.rel != 1 || !d.afterThe || v.weekdayDets["last"].afterThe {
		t.Errorf("weekday-determiners.tsv: following = %+v, last", d)
	}
	if d := v.unitDets["prior"]; d.role != detBack || d.place != detAfterThe || v.unitDets["that"].place != detAlone {
		t.Errorf("unit-determiners.tsv: prior = %+v, that", d)
	}
	if w := v.countWords["before"]; w.dir != -1 || !w.fromLast || !w.clauseEnd || v.countWords["later"].dir != 0 {
		t.Errorf("count-words.tsv: before = %+v, later", w)
	}
	if a := v.articleAmounts["couple"]; a.n != 2 || a.next != "of" || !v.bareAmounts["dozens"].vague {
		t.Errorf("article-amounts.tsv: couple = %+v; bare-amounts.tsv: dozens", a)
	}
	if m := v.meridiems["p"]; !m.pm || !m.letter || v.meridiems["am"].pm {
		t.Errorf("meridiems.tsv: p = %+v, am", m)
	}
	if got := v.vagueLengths["quite"]; len(got) != 1 || strings.Join(got[0], " ") != "some time" {
		t.Errorf("vague-lengths.txt: quite = %q", got)
	}
	if v.eventLinks["before"] != -1 || v.afterThis["coming"] != 1 || v.relYearWords["current"] != 0 || v.holidayDets["past"] != -1 {
		t.Error("event-links.tsv, after-this.tsv, relative-year-words.tsv, holiday-determiners.tsv")
	}
	if v.refPairs[[2]string{"these", "days"}] != "PRESENT_REF" || v.holidayPeriods["weekend"] != "WE" || v.midPartsOfDay["midmorning"] != "MO" {
		t.Error("ref-pairs.tsv, holiday-periods.tsv, mid-parts-of-day.tsv")
	}
	if d := v.quarterDets["last"]; d.rel != -1 || !d.hasRel || v.quarterDets["the"].hasRel {
		t.Errorf("quarter-determiners.tsv: last = %+v, the", d)
	}
	// classify sets class bits on words of letters only.
	for _, cm := range v.classMembers() {
		for _, w := range cm.words {
			if cm.class != classStarter && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				t.Errorf("class %d: %q is not a word of letters", cm.class, w)
			}
		}
	}
	for _, s := range v.ruleWordSets() {
		if len(*s.dst) == 0 {
			t.Errorf("%s: no words", s.file)
		}
	}
}

func TestHolidayDates(t *testing.T) {
	v, err := loadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		date string
		want time.Time // in 2025
	}{
		{"12-25", day(2025, 12, 25)},
		{"easter", day(2025, 4, 20)},
		{"easter-46", day(2025, 3, 5)},
		{"easter+1", day(2025, 4, 21)},
		{"11/thursday/4", day(2025, 11, 27)},
		{"11/monday/1+1", day(2025, 11, 4)},
		{"6/monday/1-7", day(2025, 5, 26)},
	} {
		d, err := parseHolidayDate(tc.date, v.weekdays)
		if err != nil {
			t.Errorf("%s: %v", tc.date, err)
			continue
		}
		if got := d.in(2025); !got.Equal(tc.want) {
			t.Errorf("%s in 2025 = %s, want %s", tc.date, got.Format(time.DateOnly), tc.want.Format(time.DateOnly))
		}
	}
	for _, bad := range []string{"", "13-1", "2-30", "easter*2", "easter+", "11/funday/4", "11/thursdays/4", "11/thursday/0", "11/thursday/4x", "x-y", "1-2-3"} {
		if _, err := parseHolidayDate(bad, v.weekdays); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestParseWordLinesErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		cols       int
		line       int
		reason     string
	}{
		{"no header", "may\t5\n", 2, 1, "header"},
		{"empty file", "", 1, 1, "header"},
		{"too few columns", "# t.tsv: test\nmay\n", 2, 2, "want 2"},
		{"too many columns", "# t.tsv: test\n# more\nmay\t5\t6\n", 2, 3, "want 2"},
		{"empty column", "# t.tsv: test\nmay\t\n", 2, 2, "empty field 2"},
		{"outer space", "# t.txt: test\nmay \n", 1, 2, "leading or trailing"},
		{"doubled space", "# t.txt: test\nno  more\n", 1, 2, "doubled"},
		{"upper case", "# t.txt: test\nMay\n", 1, 2, "lower-case"},
		{"duplicate", "# t.txt: test\nmay\n\njune\nmay\n", 1, 5, "already listed on line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseWordLines("t", tc.data, tc.cols, false)
			var ve *vocab.Error
			if !errors.As(err, &ve) {
				t.Fatalf("err = %v, want a *vocab.Error", err)
			}
			if ve.File != "words/t" || ve.Line != tc.line || !strings.Contains(ve.Reason, tc.reason) {
				t.Errorf("got %s, want words/t:%d: ...%s...", ve, tc.line, tc.reason)
			}
		})
	}
}

// TestVocabularyErrorNamesFile breaks one file of a copy of the embedded
// files and checks that the error names it and its line.
func TestVocabularyErrorNamesFile(t *testing.T) {
	for _, tc := range []struct {
		file, data string
		line       int
	}{
		{"months.tsv", "# months.tsv: x\nmay\t13\tname\n", 2},
		{"units.tsv", "# units.tsv: x\nday\tD\tdaily\n", 2},
		{"holidays.tsv", "# holidays.tsv: x\n# y\nchristmas day?\t12-32\n", 3},
		{"holidays.tsv", "# holidays.tsv: x\nChristmas\t12-25\n", 2},
		{"amount-modifiers.tsv", "# amount-modifiers.tsv: x\nabout\tNEAR\toutside\tany\n", 2},
		{"sports-cues.txt", "# sports-cues.txt: x\ngoal\ngoal\n", 3},
		{"clock-nouns.tsv", "# clock-nouns.tsv: x\nnoon\t13\ttitle\n", 2},
		{"position-mods.tsv", "# position-mods.tsv: x\nearly\tSTART\tverb\n", 2},
		{"year-open-ends.tsv", "# year-open-ends.tsv: x\nor\tON_OR_AFTER\n", 2},
		{"ref-pairs.tsv", "# ref-pairs.tsv: x\nthese days\tNOW\n", 2},
		{"unit-determiners.tsv", "# unit-determiners.tsv: x\nlast\tlast\tany\n", 2},
		{"count-words.tsv", "# count-words.tsv: x\nago\tback\tthen\tany\n", 2},
		{"article-amounts.tsv", "# article-amounts.tsv: x\ndozen\ttwelve\t-\n", 2},
		{"after-this.tsv", "# after-this.tsv: x\npast\tthis\n", 2},
		{"meridiems.tsv", "# meridiems.tsv: x\nam\tam\tdotted\n", 2},
		{"quarter-determiners.tsv", "# quarter-determiners.tsv: x\nlast\tlast\n", 2},
	} {
		fsys := copyWordFiles(t)
		fsys[wordsDir+tc.file] = &fstest.MapFile{Data: []byte(tc.data)}
		_, err := parseVocabulary(fsys)
		var ve *vocab.Error
		if !errors.As(err, &ve) || ve.File != wordsDir+tc.file || ve.Line != tc.line {
			t.Errorf("%s: err = %v, want %s%s:%d", tc.file, err, wordsDir, tc.file, tc.line)
		}
	}
}

func copyWordFiles(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(wordFiles, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(wordFiles, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// FuzzParseWordLines checks that the line parser never panics and that
// what it accepts keeps its promises.
func FuzzParseWordLines(f *testing.F) {
	for _, s := range []string{
		"# h: x\nmay\t5\n", "# h\n\n#c\nno more\tEQUAL_OR_LESS\r\n", "", "#", "# \n\t\n", "# x\na\ta\ta\n",
		"# x\n a\n", "# x\nA\n", "# x\na\na\n",
	} {
		for cols := 1; cols <= 3; cols++ {
			f.Add(s, cols, cols == 2)
		}
	}
	f.Fuzz(func(t *testing.T, data string, cols int, mixedCase bool) {
		if cols < 1 || cols > 4 {
			return
		}
		lines, err := parseWordLines("f.tsv", data, cols, mixedCase)
		want, wantErr := mapWordLines("f.tsv", data, cols, mixedCase)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) || !reflect.DeepEqual(lines, want) {
			t.Fatalf("parseWordLines = %v, %v; the map-based reading gives %v, %v", lines, err, want, wantErr)
		}
		if err != nil {
			var ve *vocab.Error
			if !errors.As(err, &ve) || ve.File != "words/f.tsv" || ve.Line < 1 {
				t.Fatalf("error %v does not name the file and a line", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, ln := range lines {
			if len(ln.cols) != cols {
				t.Fatalf("line %d has %d columns, want %d", ln.n, len(ln.cols), cols)
			}
			for _, c := range ln.cols {
				if c == "" || strings.TrimSpace(c) != c {
					t.Fatalf("line %d: bad column %q", ln.n, c)
				}
			}
			if seen[ln.cols[0]] {
				t.Fatalf("line %d: %q twice", ln.n, ln.cols[0])
			}
			seen[ln.cols[0]] = true
		}
	})
}

// mapWordLines is parseWordLines as it was before duplicates were found by
// sorting: vocab.Parse, then the lines in order against a map of the keys
// seen. Both must give the same entries and the same first error.
func mapWordLines(file string, data string, cols int, mixedCase bool) ([]wordLine, error) {
	lines, err := vocab.Parse(wordsDir+file, data, cols, cols)
	if err != nil {
		return nil, err
	}
	out := make([]wordLine, 0, len(lines))
	firstSeen := make(map[string]int, len(lines))
	for _, ln := range lines {
		key := ln.Fields[0]
		if !mixedCase && key != strings.ToLower(key) {
			return nil, &vocab.Error{File: wordsDir + file, Line: ln.N, Reason: fmt.Sprintf("%q must be lower-case", key)}
		}
		if prev, dup := firstSeen[key]; dup {
			return nil, &vocab.Error{File: wordsDir + file, Line: ln.N, Reason: fmt.Sprintf("%q already listed on line %d", key, prev)}
		}
		firstSeen[key] = ln.N
		out = append(out, wordLine{n: ln.N, cols: ln.Fields})
	}
	return out, nil
}

// TestParseWordLinesFirstFault checks which of several faults is
// reported: the first line's, as the map-based reading finds it.
func TestParseWordLinesFirstFault(t *testing.T) {
	for _, data := range []string{
		"# h\nmay\njune\nmay\nJuly\n",
		"# h\nMay\nmay\nmay\n",
		"# h\nb\na\nb\na\n",
		"# h\na\na\na\nb\nb\n",
		"# h\nc\nb\nB\nb\nc\n",
		"# h\nx\ty\nx\tz\n",
		"# h\na\nb\nc\n",
	} {
		for cols := 1; cols <= 2; cols++ {
			for _, mixed := range []bool{false, true} {
				got, err := parseWordLines("t", data, cols, mixed)
				want, wantErr := mapWordLines("t", data, cols, mixed)
				if fmt.Sprint(err) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
					t.Errorf("%q, %d columns, mixed case %v: got %v, %v; want %v, %v", data, cols, mixed, got, err, want, wantErr)
				}
			}
		}
	}
}

// FuzzParseVocabulary replaces one word file with fuzzed text: loading must
// fail with an error naming that file, or succeed, never panic.
func FuzzParseVocabulary(f *testing.F) {
	files, _ := fs.Glob(wordFiles, wordsDir+"*")
	for i, p := range files {
		b, _ := fs.ReadFile(wordFiles, p)
		f.Add(i, string(b))
		f.Add(i, string(b)+"x\ty\tz\n")
	}
	base := copyWordFiles(f)
	f.Fuzz(func(t *testing.T, i int, data string) {
		if i < 0 || i >= len(files) {
			return
		}
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[files[i]] = &fstest.MapFile{Data: []byte(data)}
		_, err := parseVocabulary(fsys)
		var ve *vocab.Error
		if err != nil && (!errors.As(err, &ve) || ve.File != files[i]) {
			t.Fatalf("error %v does not name %s", err, files[i])
		}
	})
}
