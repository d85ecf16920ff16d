package cmd

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsextract/newsextract/internal/nertrain"
)

// Default paths of newsextract train, relative to the repository root: the
// shared data folder sits beside the repository, the model inside it.
const (
	defaultTrainData = "../shared/data/conll2003/conll2003-train.jsonl"
	defaultDevData   = "../shared/data/conll2003/conll2003-dev.jsonl"
	defaultModelPath = "internal/ner/model/ner.bin"
)

// trainOptions are the train command's flags.
type trainOptions struct {
	IO *IOStreams

	Train  string
	Dev    string
	Output string
	Final  bool
}

const trainLong = `Train the averaged-perceptron entity recognizer on CoNLL-2003 training
data, choosing the number of epochs on the development file, then retrain on
train+dev with those epochs (unless --final=false), and write the model that
newsextract embeds. The same data and lexicons give a byte-identical model;
train prints its SHA-256, to compare with internal/ner/model/ner.bin.sha256.
It takes one to three minutes on 2 cores, longer when other work shares them.

Run it from the repository root: the default paths are relative to it
(the shared data folder beside the repository, the model inside it). Before
training, train checks that it can read --train and --dev and write in the
folder of --output, and stops at once with a message if not, so a wrong
folder or path costs no training time. The model is written to a temporary
file beside --output, synced and renamed into place: an interrupted or
failed run leaves the old model whole.

Exit status: 0 when the model was written; 1 when an input cannot be read,
the output cannot be written or training fails; 2 for usage errors.`

// newTrainCmd builds "newsextract train". runF, when not nil, runs instead
// of trainRun with the parsed options, for tests.
func newTrainCmd(streams *IOStreams, runF func(*trainOptions) error) *cobra.Command {
	opts := &trainOptions{IO: streams}
	c := &cobra.Command{
		Use:   "train",
		Short: "Rebuild the entity recognizer's model from CoNLL-2003 data",
		Long:  trainLong,
		Example: `  go run ./cmd/newsextract train
  newsextract train --final=false -o /tmp/ner-train-only.bin
  newsextract train --train /data/train.jsonl --dev /data/dev.jsonl -o /tmp/ner.bin`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(c *cobra.Command, _ []string) error {
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return trainRun(c.Context(), opts)
		},
	}
	f := c.Flags()
	f.StringVar(&opts.Train, "train", defaultTrainData, "read the training data, gold JSON Lines, from `PATH`")
	f.StringVar(&opts.Dev, "dev", defaultDevData, "read the development data, gold JSON Lines for choosing epochs, from `PATH`")
	f.StringVarP(&opts.Output, "output", "o", defaultModelPath, "write the model to `PATH`")
	f.BoolVar(&opts.Final, "final", true, "after choosing epochs on dev, retrain on train+dev (--final=false keeps the train-only model, for measuring on dev)")
	return c
}

// validate checks flag values; every mistake is a FlagError (exit 2).
func (o *trainOptions) validate() error {
	for _, p := range []struct{ flag, path string }{{"--train", o.Train}, {"--dev", o.Dev}, {"--output", o.Output}} {
		if p.path == "" {
			return flagErrorf("%s needs a path", p.flag)
		}
	}
	out := filepath.Clean(o.Output)
	if out == filepath.Clean(o.Train) || out == filepath.Clean(o.Dev) {
		return flagErrorf("--output %s would overwrite the training data", o.Output)
	}
	return nil
}

// trainRun checks the inputs and the output folder, trains, and writes the
// model atomically.
func trainRun(ctx context.Context, o *trainOptions) error {
	if err := o.preflight(); err != nil {
		return err
	}
	start := time.Now()
	topts := nertrain.DefaultOptions()
	topts.FinalOnTrainDev = o.Final
	data, report, err := nertrain.Train(ctx, o.Train, o.Dev, topts, o.IO.ErrOut)
	if err != nil {
		return err
	}
	previous := fileSHA256(o.Output)
	if err := writeFileAtomic(o.Output, data); err != nil {
		return fmt.Errorf("writing the model: %w", err)
	}
	sum := sha256.Sum256(data)
	fmt.Fprint(o.IO.Out, report)
	fmt.Fprintf(o.IO.Out, "wrote %s (%d bytes) in %s\nsha256 %x", o.Output, len(data), time.Since(start).Round(time.Second), sum)
	switch previous {
	case "":
		fmt.Fprintln(o.IO.Out)
	case hex.EncodeToString(sum[:]):
		fmt.Fprintln(o.IO.Out, ", identical to the model it replaced")
	default:
		fmt.Fprintf(o.IO.Out, ", differs from the model it replaced (sha256 %s)\n", previous)
	}
	return nil
}

// preflight fails at once, before minutes of training, when an input
// cannot be read or the output's folder cannot be written.
func (o *trainOptions) preflight() error {
	for _, p := range []struct{ flag, path, def string }{{"--train", o.Train, defaultTrainData}, {"--dev", o.Dev, defaultDevData}} {
		if err := checkReadable(p.path); err != nil {
			return o.pathProblem(p.flag, p.path, p.def, err)
		}
	}
	if st, err := os.Stat(o.Output); err == nil && st.IsDir() {
		return o.pathProblem("--output", o.Output, defaultModelPath, errors.New("is a folder, want a file name"))
	}
	if err := checkWritableDir(filepath.Dir(o.Output)); err != nil {
		return o.pathProblem("--output", o.Output, defaultModelPath, err)
	}
	return nil
}

// pathProblem words a preflight failure; for a default path it says where
// the defaults are relative to, since that is the likely mistake.
func (o *trainOptions) pathProblem(flag, path, def string, err error) error {
	msg := fmt.Sprintf("%s %s: %v", flag, path, err)
	if path == def {
		msg += " (the default paths are relative to the repository root: run train from there, or give --train, --dev and --output)"
	}
	return errors.New(msg)
}

// checkReadable checks that path is a file with at least one byte to read.
func checkReadable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return osReason(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return errors.New("is a folder, want a JSON Lines file")
	}
	if _, err := f.Read(make([]byte, 1)); err == io.EOF {
		return errors.New("is empty")
	} else if err != nil {
		return osReason(err)
	}
	return nil
}

// checkWritableDir checks that a file can be created in dir, by creating
// one and removing it.
func checkWritableDir(dir string) error {
	f, err := os.CreateTemp(dir, ".newsextract-train-check*")
	if err != nil {
		return fmt.Errorf("cannot create a file in %s: %w", dir, osReason(err))
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// writeFileAtomic writes data to a temporary file beside path, syncs it to
// disk and renames it to path, so that path holds either the old content
// or the new, never part of it.
func writeFileAtomic(path string, data []byte) error {
	f, err := createAtomic(path, 0o644, nil)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	if err := f.Commit(); err != nil { // syncs, renames, or removes the temporary file
		return err
	}
	// Sync the folder too, so that the rename itself survives a crash.
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// fileSHA256 returns the hex SHA-256 of the file at path, or "" when it
// cannot be read.
func fileSHA256(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
