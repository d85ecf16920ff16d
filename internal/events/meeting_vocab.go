package events

import (
	"fmt"
	"slices"
	"sync"

	"github.com/newsextract/newsextract/internal/vocab"
	"github.com/newsextract/newsextract/model"
)

// verbForm is the form of a meeting verb: it decides the status a verb
// gives when nothing before it does.
type verbForm string

const (
	formPast    verbForm = "past"
	formBase    verbForm = "base"
	formPresent verbForm = "present"
	formGerund  verbForm = "gerund"
)

// meetingVocabulary holds the word lists of the meeting rules.
type meetingVocabulary struct {
	nouns         map[string]bool // "talks", "summit"
	verbs         map[string]verbForm
	triggerWords  vocab.Filter      // the nouns' and the verbs' words
	mediation     map[string]bool   // "mediated" by X
	notObjects    map[string]bool   // "meet expectations"
	otherSenses   map[string]bool   // "grand prix meeting"
	modifiers     map[string]bool   // "press conference"
	negators      map[string]bool   // "no meeting", "yet to"
	holding       map[string]bool   // "held" talks: the subject takes part
	afterVerbs    map[string]bool   // talks "will resume", "were taking place"
	counterparts  map[string]bool   // met his "counterpart"
	openers       map[string]bool   // "Before" X's arrival, ...: not the subject
	distinct      map[string]bool   // "a previous meeting": another one
	pronouns      map[string]string // "he" stands for a PER name
	agencies      map[string]bool   // "(AP)" ends a dateline
	sideNouns     map[string]bool   // "Chilean government": a side
	attending     map[string]bool   // "X said after a meeting with Y": X took part
	subordinators map[string]bool   // "after" the unions said: another clause
	mediatorNouns map[string]bool   // X was an "intermediary" in the talks
	statusWords   map[string]model.MeetingStatus
	statusAfter   map[string]model.MeetingStatus

	// otherSenseWords lets the words of otherSenses through: every token
	// of a sentence is asked of that list, and few are in it.
	otherSenseWords vocab.Filter
}

var loadMeetingVocabulary = sync.OnceValues(func() (*meetingVocabulary, error) {
	v := &meetingVocabulary{}
	var err error
	if v.verbs, err = readVerbForms("words/meeting-verbs.tsv"); err != nil {
		return nil, err
	}
	if v.pronouns, err = vocab.Pairs(wordFiles, "words/meeting-pronouns.tsv"); err != nil {
		return nil, err
	}
	if v.statusWords, err = readMeetingStatuses("words/meeting-status.tsv"); err != nil {
		return nil, err
	}
	if v.statusAfter, err = readMeetingStatuses("words/meeting-status-after.tsv"); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		file string
		dst  *map[string]bool
	}{
		{"words/meeting-nouns.txt", &v.nouns},
		{"words/meeting-mediation.txt", &v.mediation},
		{"words/meeting-not-objects.txt", &v.notObjects},
		{"words/meeting-other-senses.txt", &v.otherSenses},
		{"words/meeting-modifiers.txt", &v.modifiers},
		{"words/meeting-negators.txt", &v.negators},
		{"words/meeting-holding-verbs.txt", &v.holding},
		{"words/meeting-after-verbs.txt", &v.afterVerbs},
		{"words/meeting-counterparts.txt", &v.counterparts},
		{"words/meeting-openers.txt", &v.openers},
		{"words/meeting-distinct.txt", &v.distinct},
		{"words/dateline-agencies.txt", &v.agencies},
		{"words/meeting-side-nouns.txt", &v.sideNouns},
		{"words/meeting-attending.txt", &v.attending},
		{"words/meeting-subordinators.txt", &v.subordinators},
		{"words/meeting-mediator-nouns.txt", &v.mediatorNouns},
	} {
		if *f.dst, err = vocab.Words(wordFiles, f.file); err != nil {
			return nil, err
		}
	}
	for w := range v.nouns {
		v.triggerWords.Add(w)
	}
	for w := range v.verbs {
		v.triggerWords.Add(w)
	}
	for w := range v.otherSenses {
		v.otherSenseWords.Add(w)
	}
	return v, nil
})

// readVerbForms reads "word<TAB>form" lines.
func readVerbForms(file string) (map[string]verbForm, error) {
	pairs, err := vocab.Read(wordFiles, file, 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]verbForm{}
	for _, ln := range pairs {
		form := verbForm(ln.Fields[1])
		if !slices.Contains([]verbForm{formPast, formBase, formPresent, formGerund}, form) {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("unknown form %q", form)}
		}
		if _, dup := out[ln.Fields[0]]; dup {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("%q listed twice", ln.Fields[0])}
		}
		out[ln.Fields[0]] = form
	}
	return out, nil
}

// readMeetingStatuses reads "word<TAB>status" lines.
func readMeetingStatuses(file string) (map[string]model.MeetingStatus, error) {
	lines, err := vocab.Read(wordFiles, file, 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]model.MeetingStatus{}
	for _, ln := range lines {
		st := model.MeetingStatus(ln.Fields[1])
		if !slices.Contains(model.MeetingStatuses(), st) {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("unknown status %q", st)}
		}
		if _, dup := out[ln.Fields[0]]; dup {
			return nil, &vocab.Error{File: file, Line: ln.N, Reason: fmt.Sprintf("%q listed twice", ln.Fields[0])}
		}
		out[ln.Fields[0]] = st
	}
	return out, nil
}
