package text

// denseClasses is the width of a dense row of weights, one per class:
// six vectors of eight, room for the 45 classes of prose's English model.
const denseClasses = 48

// denseRow holds one feature's weight for every class, 0 for a class the
// feature has none for.
type denseRow [denseClasses]float32

// denseFeature returns feature k of the record at off as a dense row.
func (t *tagger) denseFeature(off, k int) denseRow {
	var row denseRow
	ids, weights := t.slots.feature(off, k)
	for j, id := range ids {
		row[id] = weights[j]
	}
	return row
}

// addRow adds row to the first denseClasses scores; nil adds nothing.
func addRow(scores *[256]float32, row *denseRow) {
	if row == nil {
		return
	}
	addRowVector((*[denseClasses]float32)(scores[:denseClasses]), row)
}

// addRowWords is addRow one class at a time.
func addRowWords(scores *[denseClasses]float32, row *denseRow) {
	for c, w := range row {
		scores[c] += w
	}
}
