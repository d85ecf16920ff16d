package geo

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"slices"
	"testing"
	"time"
)

// placesSHA256 is the sha256 of places.bin as committed. Rebuild the file
// with
//
//	go run ./scripts/gengeo
//
// from the repository root (with ../shared/data/gazetteer and npm at hand),
// then update this value: a change here means the data changed.
const placesSHA256 = "f5d3aaa6b3b0840ca6bc00abb48ba65c418192dc33ea064f98a9e95a89ecef48"

func TestEmbeddedFileIsThePinnedBuild(t *testing.T) {
	sum := sha256.Sum256(placesFile)
	if got := hex.EncodeToString(sum[:]); got != placesSHA256 {
		t.Fatalf("places.bin sha256 %s, want %s: rebuild with go run ./scripts/gengeo and update placesSHA256", got, placesSHA256)
	}
}

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// hasPlace reports whether one of ps has the class, code ("" for any) and country.
func hasPlace(ps []Place, class, code, country string) bool {
	return slices.ContainsFunc(ps, func(p Place) bool {
		return p.Class == class && (code == "" || p.Code == code) && p.CountryCode == country
	})
}

func TestLookupTraps(t *testing.T) {
	g := mustLoad(t)
	type want struct{ class, code, country, admin1 string }
	cases := []struct {
		name string
		want []want
	}{
		{"Paris", []want{{"P", "PPLC", "FR", ""}, {"P", "", "US", "US.TX"}}},
		{"Georgia", []want{{"A", "PCLI", "GE", ""}, {"A", "ADM1", "US", "US.GA"}}},
		{"Jordan", []want{{"A", "PCLI", "JO", ""}}},
		{"Turkey", []want{{"A", "PCLI", "TR", ""}}},
		{"Türkiye", []want{{"A", "PCLI", "TR", ""}}},
		{"Chad", []want{{"A", "PCLI", "TD", ""}}},
		{"Niger", []want{{"A", "PCLI", "NE", ""}, {"A", "ADM1", "NG", ""}}},
		{"Washington", []want{{"A", "ADM1", "US", "US.WA"}, {"P", "PPLC", "US", ""}}},
		{"Texas", []want{{"A", "ADM1", "US", "US.TX"}}},
		{"Syria", []want{{"A", "PCLI", "SY", ""}}},
		{"United States", []want{{"A", "PCLI", "US", ""}}},
		{"Ankara", []want{{"P", "PPLC", "TR", ""}, {"A", "ADM1", "TR", ""}}},
	}
	for _, c := range cases {
		got := g.Lookup(c.name)
		for _, w := range c.want {
			ok := slices.ContainsFunc(got, func(p Place) bool {
				return p.Class == w.class && (w.code == "" || p.Code == w.code) && p.CountryCode == w.country &&
					(w.admin1 == "" || p.Admin1Code == w.admin1)
			})
			if !ok {
				t.Errorf("Lookup(%q): no %+v among %d candidates", c.name, w, len(got))
			}
		}
	}
}

func TestParisTexas(t *testing.T) {
	g := mustLoad(t)
	for _, p := range g.Lookup("Paris") {
		if p.CountryCode == "US" && p.Admin1Code == "US.TX" {
			if p.Admin1Name != "Texas" || p.Lat < 33 || p.Lat > 34 {
				t.Errorf("Paris, Texas = %+v", p)
			}
			return
		}
	}
	t.Error("no Paris in US.TX")
}

func TestSuwayda(t *testing.T) {
	g := mustLoad(t)
	for _, name := range []string{"As-Suwayda", "Suwayda", "al-Suwayda", "Es Suweida", "Suweida", "Sweida", "As Suwayda'"} {
		ps := g.Lookup(name)
		if !hasPlace(ps, "A", "ADM1", "SY") && !hasPlace(ps, "P", "", "SY") {
			t.Errorf("Lookup(%q) reaches nothing in Syria: %+v", name, ps)
		}
	}
	gov, ok := g.ByID(172410)
	if !ok || gov.Code != "ADM1" || gov.Admin1Code != "SY.05" || gov.Admin1ISO != "SY-SU" || !gov.HasPoint {
		t.Errorf("ByID(172410) = %+v, %v", gov, ok)
	}
	for _, name := range []string{"As-Suwayda", "Suwayda", "al-Suwayda", "Es Suweida"} {
		if !slices.ContainsFunc(g.Lookup(name), func(p Place) bool { return p.ID == 172410 }) {
			t.Errorf("Lookup(%q) misses the governorate 172410", name)
		}
	}
}

func TestCountryAndAdmin1(t *testing.T) {
	g := mustLoad(t)
	for _, iso := range []string{"FR", "FRA"} {
		fr, ok := g.Country(iso)
		if !ok || fr.ID != 3017382 || fr.Class != "A" || !fr.HasPoint {
			t.Errorf("Country(%s) = %+v, %v", iso, fr, ok)
		}
	}
	if us, ok := g.Country("us"); !ok || us.ID != 6252001 {
		t.Errorf("Country(us) = %+v, %v", us, ok)
	}
	if _, ok := g.Country("ZZ"); ok {
		t.Error("Country(ZZ) found")
	}
	for _, code := range []string{"US.TX", "US-TX"} {
		tx, ok := g.Admin1(code)
		if !ok || tx.Name != "Texas" || tx.CountryCode != "US" {
			t.Errorf("Admin1(%s) = %+v, %v", code, tx, ok)
		}
	}
	fr, _ := g.Country("FR")
	if alts := g.Alternates(fr); !slices.Contains(alts, "French Republic") {
		t.Errorf("Alternates(France) = %v", alts)
	}
}

func TestByID(t *testing.T) {
	g := mustLoad(t)
	p, ok := g.ByID(2988507) // Paris
	if !ok || p.Name != "Paris" || p.CountryCode != "FR" || p.Population < 1e6 {
		t.Errorf("ByID(2988507) = %+v, %v", p, ok)
	}
	if _, ok := g.ByID(1); ok {
		t.Error("ByID(1) found")
	}
}

// BenchmarkLoad parses the embedded file as Load does (without the
// once-per-process cache) and reports the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var keep *Gazetteer
	start := time.Now()
	for b.Loop() {
		g, err := Parse(placesFile)
		if err != nil {
			b.Fatal(err)
		}
		keep = g
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1e3/float64(b.N), "ms/load")
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1e6, "MB-heap-kept")
	b.ReportMetric(float64(len(placesFile))/1e6, "MB-embedded")
	runtime.KeepAlive(keep)
}

func BenchmarkLookup(b *testing.B) {
	g := mustLoad(b)
	names := []string{"Paris", "Georgia", "As-Suwayda", "Washington", "Springfield", "Nowhere Town"}
	n := 0
	for b.Loop() {
		for _, s := range names {
			n += len(g.Lookup(s))
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "lookups/s")
}

// TestAdminIndexIsTheMap checks that the admin1 index finds, for every
// GeoNames and ISO 3166-2 code of the embedded rows, the row a map filled
// in row order gives (a later row taking a code from an earlier one), and
// nothing for codes no row has, without allocating.
func TestAdminIndexIsTheMap(t *testing.T) {
	g := mustLoad(t)
	want := map[string]int{}
	n := len(g.adminRows) / adminSize
	for a := range n {
		if row, ok := g.admin(a); ok {
			want[row.code] = a
			if row.iso != "" {
				want[row.iso] = a
			}
		}
	}
	if len(want) < 5000 {
		t.Fatalf("%d admin1 codes, want the gazetteer's 5,000 or more", len(want))
	}
	x := g.byCode().admins
	for code, a := range want {
		if got, ok := x.find(code); !ok || got != a {
			t.Errorf("find(%q) = %d, %v; want %d", code, got, ok, a)
		}
	}
	// Probes compare codes in place: no string made per probe.
	if n := testing.AllocsPerRun(100, func() { x.find("US-TX"); x.find("XX-99") }); n != 0 {
		t.Errorf("find allocates %v times a call", n)
	}
	for _, code := range []string{"", "US.ZZ", "XX-99", "us.tx", "US.TXX"} {
		if a, ok := want[code]; ok {
			t.Fatalf("%q is a code of row %d", code, a)
		}
		if got, ok := x.find(code); ok {
			t.Errorf("find(%q) = %d, want none", code, got)
		}
	}
}

// TestAdminIndexLaterRowWins checks an index whose rows share codes, as
// one row's GeoNames code may be another's ISO code: the later row takes
// the code, and the earlier keeps its other code. Its eight slots hold
// five keys, so that probes pass over other keys' slots ("AA.1" and
// "BB-2" hash to one slot, and so do the misses "aa.1" and "" to taken ones).
func TestAdminIndexLaterRowWins(t *testing.T) {
	rows := []adminRow{{code: "AA.1", iso: "AA-X"}, {code: "AA-X", iso: "AA-Y"}, {code: "AA.1"}, {code: "BB.2", iso: "BB-2"}}
	x := newCodeIndex(6, func(s uint32) []byte {
		r := rows[s>>1-1]
		if s&1 != 0 {
			return []byte(r.iso)
		}
		return []byte(r.code)
	})
	if len(x.slots) != 4*8 {
		t.Fatalf("%d slots for 6 keys, want 8", len(x.slots)/4)
	}
	for a, r := range rows {
		x.add([]byte(r.code), a, false)
		if r.iso != "" {
			x.add([]byte(r.iso), a, true)
		}
	}
	for key, want := range map[string]int{"AA.1": 2, "AA-X": 1, "AA-Y": 1, "BB.2": 3, "BB-2": 3} {
		if got, ok := x.find(key); !ok || got != want {
			t.Errorf("find(%q) = %d, %v; want %d", key, got, ok, want)
		}
	}
	for _, key := range []string{"AA-Z", "", "aa.1"} {
		if got, ok := x.find(key); ok {
			t.Errorf("find(%q) = %d, want none", key, got)
		}
	}
}

// TestCountryString checks that every two-letter code is sliced from
// isoPairs as itself, without allocating, and that other bytes are kept.
func TestCountryString(t *testing.T) {
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if got := countryString(a, b); got != string([]byte{a, b}) {
				t.Fatalf("countryString(%c, %c) = %q", a, b, got)
			}
		}
	}
	for _, c := range [][2]byte{{'a', 'B'}, {'Z', '['}, {'@', 'A'}, {0, 0}} {
		if got := countryString(c[0], c[1]); got != string(c[:]) {
			t.Errorf("countryString(%q, %q) = %q", c[0], c[1], got)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = countryString('F', 'R') }); n != 0 {
		t.Errorf("countryString allocates %v times", n)
	}
}
