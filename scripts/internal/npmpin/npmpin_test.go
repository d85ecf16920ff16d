package npmpin

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tarball writes a gzipped tar of the given files and returns its path
// and integrity.
func tarball(t *testing.T, files map[string]string) (string, string) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pkg-1.0.0.tgz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512(buf.Bytes())
	return path, "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// TestReadTarball: the member comes out of a tarball of the pinned
// integrity; a changed tarball, a missing member or a missing file stop.
func TestReadTarball(t *testing.T) {
	path, integrity := tarball(t, map[string]string{"package/data/a.txt": "alpha\n", "package/README.md": "x"})
	p := Package{Spec: "pkg@1.0.0", Tarball: "pkg-1.0.0.tgz", Integrity: integrity}
	raw, b, err := p.ReadTarball(path, "package/data/a.txt")
	if err != nil || string(b) != "alpha\n" || len(raw) == 0 {
		t.Fatalf("got %q, %v", b, err)
	}
	if _, _, err := p.ReadTarball(path, "package/data/b.txt"); err == nil || !strings.Contains(err.Error(), "no package/data/b.txt") {
		t.Errorf("missing member: %v", err)
	}
	changed := p
	changed.Integrity = "sha512-AAAA"
	if _, _, err := changed.ReadTarball(path, "package/data/a.txt"); err == nil || !strings.Contains(err.Error(), "differs from the pinned version") {
		t.Errorf("changed tarball: %v", err)
	}
	if _, _, err := p.ReadTarball(filepath.Join(t.TempDir(), "none.tgz"), "x"); err == nil || !strings.Contains(err.Error(), "input missing") {
		t.Errorf("missing tarball: %v", err)
	}
}
