package extract

import (
	"bufio"
	"os"
	"testing"
)

func TestTimexProbe(t *testing.T) {
	f, err := os.Open("/tmp/tx/probe.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t.Logf("%s => %q", sc.Text(), tagString(t, sc.Text(), timexRef))
	}
}
