package extract

import "testing"

// TestBatches: batches are consecutive, cover every article once, and keep
// to BatchArticles and BatchBytes, a longer article alone.
func TestBatches(t *testing.T) {
	sizes := make([]int, 40)
	for i := range sizes {
		sizes[i] = 1000
	}
	sizes[7] = BatchBytes + 1
	sizes[20], sizes[21] = BatchBytes/2, BatchBytes/2+10
	bs := Batches(len(sizes), func(i int) int { return sizes[i] })
	next, most := 0, 0
	for _, b := range bs {
		if b[0] != next || b[1] <= b[0] {
			t.Fatalf("batches %v: not consecutive at %v", bs, b)
		}
		size := 0
		for _, s := range sizes[b[0]:b[1]] {
			size += s
		}
		if b[1]-b[0] > BatchArticles || size > BatchBytes && b[1]-b[0] > 1 {
			t.Errorf("batch %v: %d articles, %d bytes", b, b[1]-b[0], size)
		}
		if b[0] <= 7 && 7 < b[1] && b[1]-b[0] != 1 {
			t.Errorf("batch %v: the article over BatchBytes runs beside others", b)
		}
		most = max(most, b[1]-b[0])
		next = b[1]
	}
	if next != len(sizes) || most != BatchArticles {
		t.Errorf("batches %v: end at %d of %d, largest %d", bs, next, len(sizes), most)
	}
	if Batches(0, nil) != nil {
		t.Error("no articles, no batches")
	}
}
