package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/gazetteer/geo"
)

// fixture is a tiny copy of every input, in the inputs' own formats.
func fixture() inputs {
	tsv := func(rows ...string) []byte { return []byte(strings.Join(rows, "\n") + "\n") }
	city := func(f ...string) string { return strings.Join(f, "\t") }
	return inputs{
		cities: tsv(
			city("2988507", "Paris", "Paris", "Lutetia,Parigi,Парижь,Paname", "48.85341", "2.3488", "P", "PPLC", "FR", "", "11", "75", "751", "75056", "2138551", "", "42", "Europe/Paris", "2023-01-01"),
			city("4717560", "Paris", "Paris", "", "33.66094", "-95.55551", "P", "PPLA2", "US", "", "TX", "277", "", "", "24171", "", "180", "America/Chicago", "2017-05-23"),
			city("172408", "As-Suwayda", "As-Suwayda", "Sweida,Al-Sweida,Es Suweida,السويداء", "32.70896", "36.56951", "P", "PPLA", "SY", "", "05", "", "", "", "73641", "", "", "Asia/Damascus", "2012-01-18"),
		),
		tables: map[string][]byte{
			neAdmin1: tsv("adm1_code\tname\tname_en\tname_alt\tiso_a2\tgn_id\tgn_name\tlatitude\tlongitude",
				"SYR-143\tAs Suwayda'\tas-Suwayda Governorate\tJabal Druze|Es Suweida\tSY\t172410\tMuhafazat as Suwayda'\t32.7577\t36.9153",
				"FRA-2000\tParis\tParis\t\tFR\t2968815\tParis\t48.86\t2.34"),
			neCountries: tsv("iso_a2_eh\ttype\tname\tname_alt\tname_fr",
				"FR\tDependency\tClipperton I.\t\tÎle de Clipperton",
				"FR\tCountry\tFrance\t\tFrance",
				"SY\tSovereign country\tSyria\t\tSyrie"),
			gnAdmin1: tsv("geonameid\tcode\tcountry\tname\tasciiname\tne_adm1_code\tne_name\tne_name_en\tne_name_alt\tne_iso_3166_2\tne_lat\tne_lon",
				"172410\tSY.05\tSY\tAs-Suwayda\tAs-Suwayda\tSYR-143\tAs Suwayda'\tas-Suwayda Governorate\tJabal Druze|Es Suweida\tSY-SU\t32.7577\t36.9153",
				"4736286\tUS.TX\tUS\tTexas\tTexas\t\t\t\t\t\t\t"),
			gnCountries: tsv("geonameid\tiso_a2\tiso_a3\tname\tgeonames_name\tlat\tlon\tpopulation",
				"3017382\tFR\tFRA\tFrance\tRepublic of France\t46\t2\t66987244",
				"163843\tSY\tSYR\tSyria\tSyrian Arab Republic\t35\t38\t17070135"),
			nePopulated: tsv("name\tnameascii\tnamealt\tname_en\tiso_a2\tfeaturecla\tlatitude\tlongitude\tpop_max\tgeonamesid",
				"Paris\tParis\t\tParis\tFR\tAdmin-0 capital\t48.86\t2.35\t11000000\t2988507",
				"Damascus\tDamascus\tDimashq|Ash Sham\tDamascus\tSY\tAdmin-0 capital\t33.5\t36.3\t2466000\t170654"),
		},
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := build(fixture())
	if err != nil {
		t.Fatal(err)
	}
	b, err := build(fixture())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two builds from the same inputs differ")
	}
	g, err := geo.Parse(a)
	if err != nil {
		t.Fatal(err)
	}
	if ps := g.Lookup("Paris"); len(ps) != 3 { // the French capital, Paris TX, the NE department
		t.Errorf("Lookup(Paris) = %+v", ps)
	}
	for _, name := range []string{"Suweida", "Sweida", "al-Suwayda", "As Suwayda'"} {
		if len(g.Lookup(name)) == 0 {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
	if p, ok := g.Admin1("SY-SU"); !ok || p.ID != 172410 || p.Lat != 32.7577 {
		t.Errorf("Admin1(SY-SU) = %+v, %v", p, ok)
	}
	if p, ok := g.Country("FR"); !ok || p.Code != "PCLI" || len(g.Lookup("Republic of France")) != 1 {
		t.Errorf("Country(FR) = %+v, %v", p, ok)
	}
	if ps := g.Lookup("Dimashq"); len(ps) != 1 || ps[0].Code != "PPLC" || ps[0].CountryCode != "SY" {
		t.Errorf("Lookup(Dimashq) = %+v", ps)
	}
	if ps := g.Lookup("Парижь"); len(ps) != 0 {
		t.Errorf("a Cyrillic alternate was kept: %+v", ps)
	}
}

func TestBuildReportsMissingTable(t *testing.T) {
	in := fixture()
	delete(in.tables, gnAdmin1)
	if _, err := build(in); err == nil || !strings.Contains(err.Error(), "input missing") {
		t.Errorf("build without %s: %v", gnAdmin1, err)
	}
}

func TestRunChecksPins(t *testing.T) {
	dir := t.TempDir()
	tgz := filepath.Join(dir, npmTarball)
	if err := os.WriteFile(tgz, []byte("not the package"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(dir, tgz, filepath.Join(dir, "out.bin"))
	if err == nil || !strings.Contains(err.Error(), "differs from the pinned version") {
		t.Errorf("run with a changed tarball: %v", err)
	}
	err = run(dir, filepath.Join(dir, "absent.tgz"), filepath.Join(dir, "out.bin"))
	if err == nil || !strings.Contains(err.Error(), "input missing") {
		t.Errorf("run without the tarball: %v", err)
	}
	if err := checkPin(neAdmin1, []byte("changed")); err == nil {
		t.Error("checkPin accepted changed bytes")
	}
}

func TestVariants(t *testing.T) {
	got := strings.Join(variants("Homs (Hims)", "as-Suwayda Governorate", "Texas"), "|")
	if want := "Homs (Hims)|Homs|Hims|as-Suwayda Governorate|as-Suwayda|Texas"; got != want {
		t.Errorf("variants = %q, want %q", got, want)
	}
}

func TestFillDivisionPoints(t *testing.T) {
	b := &builder{byID: map[uint32]int{}}
	b.add(geo.Record{ID: 1, Name: "Norland", Class: "A", Code: "ADM1", Country: "ZZ", Admin1: "ZZ.01"})
	b.add(geo.Record{ID: 2, Name: "Southland", Class: "A", Code: "ADM1", Country: "ZZ", Admin1: "ZZ.02", Lat: 5, Lon: 5, HasPoint: true})
	b.add(geo.Record{ID: 3, Name: "Aby", Class: "P", Code: "PPL", Country: "ZZ", Admin1: "ZZ.01", Lat: 50, Lon: -2, HasPoint: true})
	b.add(geo.Record{ID: 4, Name: "Bry", Class: "P", Code: "PPL", Country: "ZZ", Admin1: "ZZ.01", Lat: 52, Lon: 1, HasPoint: true})
	b.add(geo.Record{ID: 5, Name: "Cry", Class: "P", Code: "PPL", Country: "ZZ", Admin1: "ZZ.02", Lat: 9, Lon: 9, HasPoint: true})
	b.fillDivisionPoints()
	if r := b.recs[0]; !r.HasPoint || r.Lat != 51 || r.Lon != -0.5 {
		t.Errorf("division without a point: got %v %v %v, want the mean of its places 51, -0.5", r.HasPoint, r.Lat, r.Lon)
	}
	if r := b.recs[1]; r.Lat != 5 || r.Lon != 5 {
		t.Errorf("division with a point: got %v %v, want its own 5, 5", r.Lat, r.Lon)
	}
}
