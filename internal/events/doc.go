// Package events finds what articles report as agreed, signed, reaffirmed,
// committed to, proposed or rejected (model.Agreement), from trigger words,
// the clause that follows them and the names before them. It is the room of
// the events engine: meetings (who met whom, where, when) belong here too.
//
// Its vocabularies (triggers and their statuses, agreement nouns, type
// stems, verbs of saying...) are embedded word lists under words/, parsed
// once by New; the code holds the rules that read them.
package events
