//go:build unix

package cmd

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputKeepsOwner: writing over another user's file as root keeps
// that user as its owner.
func TestOutputKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root may give a file to another user")
	}
	dir := t.TempDir()
	in := writeArticle(t, dir, "a.txt")
	out := filepath.Join(dir, "out.yaml")
	os.WriteFile(out, []byte("old\n"), 0o640)
	if err := os.Chown(out, 65534, 65534); err != nil {
		t.Skip(err)
	}
	if _, errOut, code := run(t, "", "-q", "-o", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if st := info.Sys().(*syscall.Stat_t); st.Uid != 65534 || st.Gid != 65534 || info.Mode().Perm() != 0o640 {
		t.Errorf("owner %d:%d mode %v, want 65534:65534 -rw-r-----", st.Uid, st.Gid, info.Mode())
	}
}
