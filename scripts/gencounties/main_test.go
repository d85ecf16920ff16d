package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestBuild: a county's point is the mean of its ZIP codes' points, but
// for strays far from the others (maxStrayKm), rows
// without a county or a point are left out, lines are sorted by state and
// county, and two builds are equal.
func TestBuild(t *testing.T) {
	row := func(f ...string) string { return strings.Join(f, "\t") }
	in := []byte(strings.Join([]string{
		row("US", "44017", "Berea", "Ohio", "OH", "Cuyahoga", "035", "", "", "41.4", "-81.9", "4"),
		row("US", "44022", "Chagrin Falls", "Ohio", "OH", "Cuyahoga", "035", "", "", "41.5", "-81.4", "4"),
		row("US", "70112", "New Orleans", "Louisiana", "LA", "Orleans Parish", "071", "", "", "29.95", "-90.08", "4"),
		row("US", "09001", "APO", "", "AE", "", "", "", "", "38.1", "-97.4", ""),
		row("US", "44999", "Nowhere", "Ohio", "OH", "Quorble", "999", "", "", "", "", ""),
		row("US", "96801", "Quorbville", "Hawaii", "HI", "Quorbu", "003", "", "", "21.3", "-157.8", "4"),
		row("US", "96802", "Quorbtown", "Hawaii", "HI", "Quorbu", "003", "", "", "21.5", "-158.0", "4"),
		row("US", "96898", "Quorb Atoll", "Hawaii", "HI", "Quorbu", "003", "", "", "19.3", "166.6", "4"),
	}, "\n") + "\n")
	a, err := build(in)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := build(in)
	if !bytes.Equal(a, b) {
		t.Fatal("two builds differ")
	}
	lines := strings.Split(strings.TrimSpace(string(a)), "\n")
	var rows []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "#") {
			rows = append(rows, l)
		}
	}
	// An atoll 3,700 km from the county's other ZIP codes is left out.
	want := []string{"HI\tQuorbu\t21.4000\t-157.9000", "LA\tOrleans Parish\t29.9500\t-90.0800", "OH\tCuyahoga\t41.4500\t-81.6500"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if _, err := build([]byte("US\t1\tx\n")); err == nil {
		t.Error("a row of 3 fields: no error")
	}
}
