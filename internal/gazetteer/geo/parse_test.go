package geo

import (
	"bytes"
	"slices"
	"testing"
)

func sampleFile(t testing.TB) []byte {
	t.Helper()
	recs := []Record{
		{ID: 3, Name: "Zürich", ASCIIName: "Zurich", Alternates: []string{"Zurigo"}, Lat: 47.36667, Lon: 8.55,
			HasPoint: true, Country: "CH", Admin1: "CH.ZH", Class: "P", Code: "PPLA", Population: 341730},
		{ID: 1, Name: "Switzerland", ASCIIName: "Switzerland", Alternates: []string{"Swiss Confederation"},
			Lat: 47, Lon: 8, HasPoint: true, Country: "CH", Class: "A", Code: "PCLI", Population: 8516543},
		{ID: 2, Name: "Zurich", ASCIIName: "Zurich", Country: "CH", Admin1: "CH.ZH", Class: "A", Code: "ADM1"},
	}
	data, err := Encode(recs, []CountryRow{{"CH", "CHE", 1}}, []AdminRow{{"CH.ZH", "CH-ZH", 2}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEncodeParseRoundTrip(t *testing.T) {
	data := sampleFile(t)
	g, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	ps := g.Lookup("ZURICH")
	if len(ps) != 2 || ps[0].ID != 2 || ps[1].ID != 3 {
		t.Fatalf("Lookup(ZURICH) = %+v", ps)
	}
	z := ps[1]
	want := Place{ID: 3, Name: "Zürich", ASCIIName: "Zurich", Lat: 47.36667, Lon: 8.55, HasPoint: true,
		CountryCode: "CH", Admin1Code: "CH.ZH", Admin1ISO: "CH-ZH", Admin1Name: "Zurich", Class: "P",
		Code: "PPLA", Population: 341730, index: 2}
	if z != want {
		t.Errorf("Zürich = %+v\nwant %+v", z, want)
	}
	if alts := g.Alternates(z); !slices.Equal(alts, []string{"Zurigo"}) {
		t.Errorf("Alternates = %v", alts)
	}
	if ps[0].HasPoint {
		t.Errorf("ADM1 without a point has one: %+v", ps[0])
	}
	if c, ok := g.Country("CHE"); !ok || c.Name != "Switzerland" {
		t.Errorf("Country(CHE) = %+v", c)
	}
	if len(g.Lookup("Swiss Confederation")) != 1 || len(g.Lookup("Bern")) != 0 || len(g.Lookup("")) != 0 {
		t.Error("Lookup of an alternate, an absent and an empty name")
	}
}

func TestEncodeIsOrderFree(t *testing.T) {
	a := sampleFile(t)
	recs := []Record{{ID: 9, Name: "A", Class: "P", Code: "PPL"}, {ID: 8, Name: "B", Class: "P", Code: "PPL"}}
	x, _ := Encode(recs, nil, nil)
	y, _ := Encode([]Record{recs[1], recs[0]}, nil, nil)
	if !bytes.Equal(x, y) || !bytes.Equal(a, sampleFile(t)) {
		t.Error("Encode depends on input order or is not deterministic")
	}
	if _, err := Encode(append(recs, recs[0]), nil, nil); err == nil {
		t.Error("duplicate id accepted")
	}
}

func TestParseRejectsDamage(t *testing.T) {
	data := sampleFile(t)
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("NXGEO999"), data[8:]...),
		"truncated": data[:len(data)-1],
		"longer":    append(slices.Clone(data), 0),
	}
	for name, b := range cases {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: Parse accepted it", name)
		}
	}
}

// FuzzParse checks that Parse never panics and that lookups on whatever it
// accepts never panic either.
func FuzzParse(f *testing.F) {
	data := sampleFile(f)
	f.Add(data)
	f.Add(data[:headerSize])
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Parse(b)
		if err != nil {
			return
		}
		for _, name := range []string{"zurich", "switzerland", "a", "zz"} {
			for _, p := range g.LookupFolded(name) {
				g.Alternates(p)
			}
		}
		g.ByID(3)
		g.Country("CH")
		g.Admin1("CH.ZH")
	})
}
