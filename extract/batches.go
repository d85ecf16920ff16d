package extract

// The batches ExtractBatch runs best: consecutive articles, at most
// BatchArticles of them and BatchBytes of text, an article of BatchBytes
// or more alone. Larger batches gained little and let the CLI's memory
// limit grow with the text in extraction (README, "Batches").
const (
	BatchArticles = 16
	BatchBytes    = 32 << 10
)

// Batches cuts n consecutive articles, the i-th of size(i) bytes, into
// batches [start, end) within BatchArticles and BatchBytes, in order.
func Batches(n int, size func(i int) int) [][2]int {
	var out [][2]int
	start, bytes := 0, 0
	for i := range n {
		s := size(i)
		if i > start && (i-start == BatchArticles || bytes+s > BatchBytes) {
			out = append(out, [2]int{start, i})
			start, bytes = i, 0
		}
		bytes += s
	}
	if start < n {
		out = append(out, [2]int{start, n})
	}
	return out
}
