package cmd

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/model"
)

// versionLine is what both "newsextract version" and "--version" print.
func versionLine() string {
	info, _ := debug.ReadBuildInfo()
	return fmt.Sprintf("newsextract %s (schema %s, %s)", buildVersion(version, info), model.SchemaVersion, runtime.Version())
}

// buildVersion is the version to print: the one set with -ldflags when
// there is one; else the module's version that go install recorded
// (v1.2.3, or a pseudo-version); else the commit a build from a checkout
// recorded ("dev (3f2a9c1e07b4, modified)"); else "dev".
func buildVersion(ldflags string, info *debug.BuildInfo) string {
	if ldflags != "dev" || info == nil {
		return ldflags
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return ldflags
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		return "dev (" + rev + ", modified)"
	}
	return "dev (" + rev + ")"
}

func newVersionCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, output schema and Go version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(streams.Out, versionLine())
			return err
		},
	}
}
