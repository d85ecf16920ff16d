//go:build unix

package cmd

import (
	"io/fs"
	"syscall"
)

// ownerOf reads the owner of a file the system reports one for.
func ownerOf(info fs.FileInfo) *fileOwner {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return &fileOwner{uid: int(st.Uid), gid: int(st.Gid)}
	}
	return nil
}
