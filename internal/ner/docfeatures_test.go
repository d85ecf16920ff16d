package ner

import "testing"

// TestMatchTablesFitBytes guards what the document features' match tables
// store in a byte per token: a matched mention's length (at most
// maxMatchTokens) in matchLen, and its label and BILOU part in matchTag
// ((label+1)<<4 | part). Raising maxMatchTokens past 255, or adding labels
// past 15, would wrap silently.
func TestMatchTablesFitBytes(t *testing.T) {
	if maxMatchTokens > 255 {
		t.Errorf("maxMatchTokens is %d: matchLen holds a length in a byte", maxMatchTokens)
	}
	for _, part := range []uint32{partB, partI, partL, partU} {
		if part > 15 {
			t.Errorf("a BILOU part is %d: matchTag holds it in 4 bits", part)
		}
	}
	if len(Labels) > 15 {
		t.Errorf("%d labels: matchTag holds label+1 in 4 bits", len(Labels))
	}
}
