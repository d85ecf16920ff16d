package score

import (
	"math"
	"reflect"
	"testing"
)

// kmPerDegree is the length of one degree of a great circle.
const kmPerDegree = EarthRadiusKm * math.Pi / 180

func TestHaversine(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64
	}{
		{"same point", 12, 34, 12, 34, 0},
		{"one degree on the equator", 0, 0, 0, 1, kmPerDegree},
		{"one degree along a meridian", 10, 20, 11, 20, kmPerDegree},
		{"across the date line", 0, 179.5, 0, -179.5, kmPerDegree},
		{"pole to pole", 90, 0, -90, 0, math.Pi * EarthRadiusKm},
		{"antipodes", 0, 0, 0, 180, math.Pi * EarthRadiusKm},
		// Paris to London, about 343.5 km on this sphere.
		{"Paris to London", 48.8566, 2.3522, 51.5074, -0.1278, 343.56},
	}
	for _, tt := range tests {
		got := Haversine(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
		if math.Abs(got-tt.want) > 0.01 {
			t.Errorf("%s: %.3f km, want %.3f", tt.name, got, tt.want)
		}
	}
}

func TestAUCAndMedian(t *testing.T) {
	top := math.Log(MaxErrorKm)
	tests := []struct {
		name       string
		errs       []float64 // ascending
		auc, media float64
	}{
		{"all perfect", []float64{0, 0, 0}, 0, 0},
		{"all missed", []float64{MaxErrorKm, MaxErrorKm}, math.Log1p(MaxErrorKm) / top, MaxErrorKm},
		// The trapezoid counts the two ends half: a plain mean would be 0.25.
		{"one missed of four", []float64{0, 0, 0, MaxErrorKm}, math.Log1p(MaxErrorKm) / 2 / (3 * top), 0},
		{"one of two", []float64{0, MaxErrorKm}, math.Log1p(MaxErrorKm) / 2 / top, MaxErrorKm / 2},
		{"middle counts whole", []float64{0, math.E - 1, math.E*math.E - 1}, (1 + 1) / (2 * top), math.E - 1},
		{"single", []float64{math.E - 1}, 1 / top, math.E - 1},
	}
	for _, tt := range tests {
		if got := auc(tt.errs); math.Abs(got-tt.auc) > 1e-9 {
			t.Errorf("%s: AUC %.6f, want %.6f", tt.name, got, tt.auc)
		}
		if got := median(tt.errs); math.Abs(got-tt.media) > 1e-9 {
			t.Errorf("%s: median %.3f, want %.3f", tt.name, got, tt.media)
		}
	}
}

func TestMatchToponyms(t *testing.T) {
	gold := func(spans ...[2]int) []GoldToponym {
		var out []GoldToponym
		for _, s := range spans {
			out = append(out, GoldToponym{Start: s[0], End: s[1]})
		}
		return out
	}
	pred := func(spans ...[2]int) []GeoPred {
		var out []GeoPred
		for _, s := range spans {
			out = append(out, GeoPred{Start: s[0], End: s[1]})
		}
		return out
	}
	tests := []struct {
		name   string
		gold   []GoldToponym
		pred   []GeoPred
		predOf []int
	}{
		{"exact span wins over the first overlap", gold([2]int{0, 8}, [2]int{4, 8}), pred([2]int{0, 6}, [2]int{4, 8}), []int{0, 1}},
		{"exact before an equal overlap with the same start", gold([2]int{0, 10}, [2]int{0, 4}), pred([2]int{0, 4}), []int{-1, 0}},
		{"exact span and largest overlap agree", gold([2]int{0, 20}), pred([2]int{0, 19}, [2]int{5, 10}, [2]int{0, 20}), []int{2}},
		{"one prediction over two toponyms pairs once, the larger overlap", gold([2]int{0, 8}, [2]int{10, 20}), pred([2]int{5, 20}), []int{-1, 0}},
		{"equal overlap: nearer start", gold([2]int{0, 4}, [2]int{5, 9}), pred([2]int{3, 6}), []int{-1, 0}},
		{"two predictions on one toponym: one pairs", gold([2]int{0, 6}), pred([2]int{0, 3}, [2]int{2, 6}), []int{1}},
		{"touching spans do not overlap", gold([2]int{0, 5}), pred([2]int{5, 9}), []int{-1}},
		{"empty and negative spans match nothing", gold([2]int{0, 5}), pred([2]int{2, 2}, [2]int{-1, 3}), []int{-1}},
		{"no gold", nil, pred([2]int{0, 5}), []int{}},
	}
	for _, tt := range tests {
		predOf, paired := matchToponyms(tt.gold, tt.pred)
		if !reflect.DeepEqual(predOf, tt.predOf) {
			t.Errorf("%s: prediction per toponym %v, want %v", tt.name, predOf, tt.predOf)
		}
		n := 0
		for _, ok := range paired {
			if ok {
				n++
			}
		}
		want := 0
		for _, j := range tt.predOf {
			if j >= 0 {
				want++
			}
		}
		if n != want {
			t.Errorf("%s: %d predictions paired, want %d", tt.name, n, want)
		}
	}
}

// TestGeoCounts scores a made-up document: an exact span just within
// 161 km with the right id, an overlapping span just beyond it with a wrong
// id, a metonymic toponym recognised but left unresolved (its id right), a
// missed demonym without coordinates, a missed literal coercion with
// coordinates and no id, and a prediction on no toponym.
func TestGeoCounts(t *testing.T) {
	id := func(n int) *int { return &n }
	pt := func(v float64) *float64 { return &v }
	gold := []GoldToponym{
		{Start: 0, End: 5, Type: "Literal", Group: "literal", Lat: pt(0), Lon: pt(0), GeoNameID: id(1)},
		{Start: 10, End: 16, Type: "Literal", Group: "literal", Lat: pt(0), Lon: pt(0), GeoNameID: id(2)},
		{Start: 20, End: 27, Type: "Metonymic", Group: "associative", Lat: pt(10), Lon: pt(10), GeoNameID: id(3)},
		{Start: 30, End: 37, Type: "Demonym", Group: "associative"},
		{Start: 40, End: 45, Type: "Coercion", Group: "literal", Lat: pt(0), Lon: pt(0)},
	}
	pred := []GeoPred{
		{Start: 0, End: 5, Resolved: true, Lon: 160.9 / kmPerDegree, GeoNameID: 1},
		{Start: 10, End: 14, Resolved: true, Lon: 161.1 / kmPerDegree, GeoNameID: 9},
		{Start: 20, End: 27, GeoNameID: 3},
		{Start: 50, End: 55, Resolved: true},
	}
	var c GeoCounts
	c.Add(gold, pred)
	c.Add(nil, nil) // a document without toponyms changes nothing
	s := c.Scores()

	prf := func(tp, fp, fn int) PRF { return newPRF(tp, fp, fn) }
	checkPRF := func(name string, got, want PRF) {
		t.Helper()
		if got != want {
			t.Errorf("%s: %+v, want %+v", name, got, want)
		}
	}
	checkPRF("all", s.All.Recognition, prf(3, 1, 2))
	checkPRF("all exact", s.All.ExactSpans, prf(2, 2, 3))
	// The prediction on the metonymic toponym is neither hit nor error.
	checkPRF("literal", s.Literal.Recognition, prf(2, 1, 1))
	checkPRF("literal exact", s.Literal.ExactSpans, prf(1, 2, 2))

	within := func(a, b float64) bool { return math.Abs(a-b) < 0.01 }
	checkRes := func(name string, got ResolutionScores, n int, in161 Ratio, meanKm, medianKm float64, ids Ratio) {
		t.Helper()
		if got.N != n || got.Within161 != in161 || !within(got.MeanKm, meanKm) || !within(got.MedianKm, medianKm) || got.ExactID != ids {
			t.Errorf("%s: %+v, want n %d, within 161 km %v, mean %.2f, median %.2f, ids %v", name, got, n, in161, meanKm, medianKm, ids)
		}
	}
	const max = MaxErrorKm
	checkRes("all", s.All.Resolution, 4, Ratio{1, 4}, (160.9+161.1+2*max)/4, (161.1+max)/2, Ratio{2, 3})
	checkRes("all recognized", s.All.Recognized, 3, Ratio{1, 3}, (160.9+161.1+max)/3, 161.1, Ratio{2, 3})
	checkRes("literal", s.Literal.Resolution, 3, Ratio{1, 3}, (160.9+161.1+max)/3, 161.1, Ratio{1, 2})
	checkRes("literal recognized", s.Literal.Recognized, 2, Ratio{1, 2}, 161, 161, Ratio{1, 2})
	if want := auc([]float64{160.9, 161.1, max, max}); !within(s.All.Resolution.AUC, want) || want < 0.7 || want > 0.9 {
		t.Errorf("AUC %.4f, want %.4f", s.All.Resolution.AUC, want)
	}
	wantTypes := map[string]Ratio{"Literal": {2, 2}, "Metonymic": {1, 1}, "Demonym": {0, 1}, "Coercion": {0, 1}}
	if !reflect.DeepEqual(s.RecallByType, wantTypes) {
		t.Errorf("recall by type %v, want %v", s.RecallByType, wantTypes)
	}
}

// TestGeoCountsEmpty checks that nothing scored gives zeros, not NaN.
func TestGeoCountsEmpty(t *testing.T) {
	var c GeoCounts
	s := c.Scores()
	r := s.All.Resolution
	if r.N != 0 || r.AUC != 0 || r.MeanKm != 0 || r.MedianKm != 0 || s.Literal.Recognition.F1 != 0 {
		t.Errorf("empty scores: %+v", s)
	}
}
