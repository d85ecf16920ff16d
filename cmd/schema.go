package cmd

import (
	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/model"
)

func newSchemaCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the output",
		Long:  "Print the JSON Schema (draft 2020-12) of one result record, as written by --format json and jsonl.",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			data, err := model.JSONSchema()
			if err != nil {
				return err
			}
			_, err = streams.Out.Write(append(data, '\n'))
			return err
		},
	}
}
