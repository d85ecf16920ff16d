// Package npmpin fetches a pinned npm package for the repository's
// generators and reads one file out of it, checking the tarball against
// its registry integrity: a changed input stops the build rather than
// changing the generated file.
package npmpin

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// Package is one pinned npm package.
type Package struct {
	Spec      string // name@version, as npm pack takes it
	Tarball   string // the file name npm pack writes
	Integrity string // the registry's sha512 integrity of the tarball
}

// Pack runs npm pack for p into a new temporary folder and returns the
// tarball's path and a function that removes the folder.
func (p Package) Pack() (string, func(), error) {
	dir, err := os.MkdirTemp("", "npmpin")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	cmd := exec.Command("npm", "pack", "--loglevel=warn", p.Spec, "--pack-destination", dir)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Run(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("npm pack %s: %w", p.Spec, err)
	}
	return filepath.Join(dir, p.Tarball), cleanup, nil
}

// ReadTarball reads the tarball at path, checks its integrity and returns
// it with the contents of its file member.
func (p Package) ReadTarball(path, member string) (tarball, file []byte, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("input missing: %w", err)
	}
	sum := sha512.Sum512(raw)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != p.Integrity {
		return nil, nil, fmt.Errorf("input %s differs from the pinned version: integrity %s, want %s", path, got, p.Integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, nil, fmt.Errorf("%s: no %s", path, member)
		}
		if err != nil {
			return nil, nil, err
		}
		if h.Name == member {
			b, err := io.ReadAll(tr)
			return raw, b, err
		}
	}
}
