package cmd

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/model"
)

func newVersionCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, output schema and Go version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(streams.Out, "newsextract %s (schema %s, %s)\n", version, model.SchemaVersion, runtime.Version())
			return err
		},
	}
}
