package cmd

import (
	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/model"
)

func newSchemaCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the output",
		Long: "Print the JSON Schema (draft 2020-12) of one output record, as written by --format json and jsonl:\n" +
			"a result, or an error record in place of a JSON Lines input record that could not be processed.\n" +
			"The source repository holds the same schema as docs/schema.json.",
		Args: usageArgs(cobra.NoArgs),
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
