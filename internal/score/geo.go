package score

import (
	"math"
	"sort"
)

// Geoparsing is scored as the shared geo gold describes (the metrics
// section of data/geo/README.md). Within a document, each predicted mention
// is matched with at most one gold toponym it overlaps, and the other way
// round, greedily: identical spans first, then more shared bytes, then
// closer starts. Recognition is precision, recall and F1 over those pairs;
// resolution compares the point and GeoNames id of each gold toponym's
// paired prediction with the gold ones. Every figure is given over all toponyms and over the literal group
// alone; for the literal figures a prediction paired with an associative
// toponym is neither right nor wrong.

const (
	// EarthRadiusKm is the mean radius used for great-circle distances.
	EarthRadiusKm = 6371.0
	// MaxErrorKm is the error of a toponym that was missed or left
	// unresolved: half the Earth's circumference, the farthest two points
	// can be.
	MaxErrorKm = 20039.0
	// AccuracyKm is the distance within which a predicted point counts as
	// right (100 miles).
	AccuracyKm = 161.0
)

// GroupLiteral is the group of toponyms that name a place as a location;
// every other group is associative.
const GroupLiteral = "literal"

// GoldToponym is one gold toponym in the JSON layout. GeoNameID, Lat and
// Lon are nil where the file has null.
type GoldToponym struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	GeoNameID *int     `json:"geonameid"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Type      string   `json:"type"`
	Group     string   `json:"group"`
	Modifier  *string  `json:"modifier"`
}

// literal reports whether the toponym is in the literal group.
func (g GoldToponym) literal() bool { return g.Group == GroupLiteral }

// hasPoint reports whether the toponym has gold coordinates.
func (g GoldToponym) hasPoint() bool { return g.Lat != nil && g.Lon != nil }

// GeoGold is one document's toponyms as the JSON layout has them; embedded
// in a document type, it reads the toponyms key.
type GeoGold struct {
	Toponyms []GoldToponym `json:"toponyms"`
}

// Present reports whether the document had the toponyms key.
func (g GeoGold) Present() bool { return g.Toponyms != nil }

// GeoPred is one predicted place mention. Start and End are byte offsets
// into the document's text, End exclusive; an empty span matches nothing.
// Lat and Lon count only when Resolved is set; GeoNameID is 0 when the
// prediction has no id.
type GeoPred struct {
	Start, End int
	Resolved   bool
	Lat, Lon   float64
	GeoNameID  int
}

// Haversine returns the great-circle distance in km between two points
// given in degrees, on a sphere of radius EarthRadiusKm.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * EarthRadiusKm * math.Asin(math.Min(1, math.Sqrt(a)))
}

// geoPair is a (prediction, gold toponym) pair that overlap, with the keys
// that order the greedy matching.
type geoPair struct {
	pred, gold int
	exact      bool
	bytes      int // bytes shared
	startDist  int // distance between the two starts
}

// before orders pairs: identical spans, more shared bytes, closer starts,
// then lower prediction and gold index.
func (a geoPair) before(b geoPair) bool {
	switch {
	case a.exact != b.exact:
		return a.exact
	case a.bytes != b.bytes:
		return a.bytes > b.bytes
	case a.startDist != b.startDist:
		return a.startDist < b.startDist
	case a.pred != b.pred:
		return a.pred < b.pred
	}
	return a.gold < b.gold
}

// matchToponyms pairs predictions and gold toponyms one to one; it returns
// the prediction index per gold toponym (-1: missed) and whether each
// prediction was paired.
func matchToponyms(gold []GoldToponym, pred []GeoPred) (predOf []int, paired []bool) {
	var pairs []geoPair
	for j, p := range pred {
		if p.Start < 0 || p.End <= p.Start {
			continue
		}
		for i, g := range gold {
			n := min(p.End, g.End) - max(p.Start, g.Start)
			if n <= 0 {
				continue
			}
			d := p.Start - g.Start
			if d < 0 {
				d = -d
			}
			exact := p.Start == g.Start && p.End == g.End
			pairs = append(pairs, geoPair{j, i, exact, n, d})
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].before(pairs[b]) })
	predOf = make([]int, len(gold))
	for i := range predOf {
		predOf[i] = -1
	}
	paired = make([]bool, len(pred))
	for _, c := range pairs {
		if predOf[c.gold] < 0 && !paired[c.pred] {
			predOf[c.gold], paired[c.pred] = c.pred, true
		}
	}
	return predOf, paired
}

// ResolutionScores are the geocoding figures over one population of gold
// toponyms: errors in km, a missed or unresolved toponym counting as
// MaxErrorKm.
type ResolutionScores struct {
	// N is the number of gold toponyms with coordinates in the population.
	N int
	// Within161 is the share of them whose predicted point is at most
	// AccuracyKm from the gold point.
	Within161 Ratio
	// AUC is the normalised area under the sorted log errors (see auc); 0
	// is perfect, 1 is every toponym at MaxErrorKm.
	AUC float64
	// MeanKm and MedianKm are the mean and median errors.
	MeanKm, MedianKm float64
	// ExactID is the share of the population's toponyms with a gold
	// GeoNames id (coordinates or not) whose prediction has that id.
	ExactID Ratio
}

// GeoGroupScores are the figures over one group of toponyms (all, or the
// literal group).
type GeoGroupScores struct {
	// Recognition pairs spans by overlap; ExactSpans counts only pairs with
	// identical spans as hits.
	Recognition, ExactSpans PRF
	// Resolution is over every gold toponym with coordinates, Recognized
	// over those paired with a prediction.
	Resolution, Recognized ResolutionScores
}

// GeoScores are every geoparsing figure.
type GeoScores struct {
	All, Literal GeoGroupScores
	// RecallByType is the recall of each gold toponym type.
	RecallByType map[string]Ratio
}

// geoGroupCounts accumulates one group's counts.
type geoGroupCounts struct {
	tp, fp, fn                int
	exactTP, exactFP, exactFN int
	errs, recognizedErrs      []float64
	ids, recognizedIDs        Ratio
}

// GeoCounts accumulates geoparsing counts over any number of documents.
// The zero value is ready to use.
type GeoCounts struct {
	all, literal geoGroupCounts
	byType       map[string]Ratio
}

// Add scores one document's gold toponyms against its predicted mentions.
func (c *GeoCounts) Add(gold []GoldToponym, pred []GeoPred) {
	if c.byType == nil {
		c.byType = map[string]Ratio{}
	}
	predOf, paired := matchToponyms(gold, pred)
	for _, ok := range paired {
		if !ok {
			c.all.fp++
			c.all.exactFP++
			c.literal.fp++
			c.literal.exactFP++
		}
	}
	for i, g := range gold {
		var p *GeoPred
		if predOf[i] >= 0 {
			p = &pred[predOf[i]]
		}
		c.all.addGold(g, p)
		if g.literal() {
			c.literal.addGold(g, p)
		}
		r := c.byType[g.Type]
		r.Total++
		if p != nil {
			r.Correct++
		}
		c.byType[g.Type] = r
	}
}

// addGold counts one gold toponym of the group and its paired prediction
// (nil when missed).
func (gc *geoGroupCounts) addGold(g GoldToponym, p *GeoPred) {
	if p == nil {
		gc.fn++
		gc.exactFN++
	} else {
		gc.tp++
		if p.Start == g.Start && p.End == g.End {
			gc.exactTP++
		} else {
			gc.exactFN++
			gc.exactFP++
		}
	}
	if g.hasPoint() {
		e := MaxErrorKm
		if p != nil && p.Resolved {
			e = Haversine(*g.Lat, *g.Lon, p.Lat, p.Lon)
		}
		gc.errs = append(gc.errs, e)
		if p != nil {
			gc.recognizedErrs = append(gc.recognizedErrs, e)
		}
	}
	if g.GeoNameID != nil {
		right := p != nil && p.GeoNameID != 0 && p.GeoNameID == *g.GeoNameID
		gc.ids.add(right)
		if p != nil {
			gc.recognizedIDs.add(right)
		}
	}
}

// Scores returns every figure accumulated so far.
func (c *GeoCounts) Scores() GeoScores {
	s := GeoScores{All: c.all.scores(), Literal: c.literal.scores(), RecallByType: map[string]Ratio{}}
	for t, r := range c.byType {
		s.RecallByType[t] = r
	}
	return s
}

func (gc *geoGroupCounts) scores() GeoGroupScores {
	return GeoGroupScores{
		Recognition: newPRF(gc.tp, gc.fp, gc.fn),
		ExactSpans:  newPRF(gc.exactTP, gc.exactFP, gc.exactFN),
		Resolution:  resolution(gc.errs, gc.ids),
		Recognized:  resolution(gc.recognizedErrs, gc.recognizedIDs),
	}
}

// resolution computes the figures over one population's errors in km.
func resolution(errs []float64, ids Ratio) ResolutionScores {
	s := ResolutionScores{N: len(errs), ExactID: ids}
	if len(errs) == 0 {
		return s
	}
	sorted := append([]float64(nil), errs...)
	sort.Float64s(sorted)
	var sum float64
	for _, e := range sorted {
		sum += e
		s.Within161.add(e <= AccuracyKm)
	}
	s.MeanKm = sum / float64(len(sorted))
	s.MedianKm = median(sorted)
	s.AUC = auc(sorted)
	return s
}

// median returns the middle of ascending values (the mean of the two
// middle ones for an even count).
func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// auc is the area under the curve of ascending errors on a log scale,
// y_i = ln(1 + e_i), by the trapezoid rule with unit spacing, divided by
// the area for every error at its largest, ln(MaxErrorKm)·(n−1). A single
// error has no area; its y over ln(MaxErrorKm) stands in.
func auc(sorted []float64) float64 {
	n := len(sorted)
	top := math.Log(MaxErrorKm)
	if n == 1 {
		return math.Log1p(sorted[0]) / top
	}
	var sum float64
	for _, e := range sorted {
		sum += math.Log1p(e)
	}
	area := sum - (math.Log1p(sorted[0])+math.Log1p(sorted[n-1]))/2
	return area / (top * float64(n-1))
}
