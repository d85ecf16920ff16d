package cmd

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/model"
)

// versionLine is what both "newsextract version" and "--version" print.
func versionLine() string {
	return fmt.Sprintf("newsextract %s (schema %s, %s)", version, model.SchemaVersion, runtime.Version())
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
