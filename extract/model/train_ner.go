//go:build ignore

// train_ner trains the named-entity recognizer and writes extract/model/ner.bin.
// Run from the repository root:
//
//	go run extract/model/train_ner.go [-train PATH] [-dev PATH] [-out PATH]
//
// The CoNLL-2003 data is not part of the repository; by default it is read
// from ../shared/data/conll2003.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/newsextract/newsextract/extract"
)

func main() {
	opts := extract.DefaultTrainOptions()
	train := flag.String("train", "../shared/data/conll2003/conll2003-train.jsonl", "training data (JSONL)")
	dev := flag.String("dev", "../shared/data/conll2003/conll2003-dev.jsonl", "dev data for epoch selection (JSONL)")
	out := flag.String("out", "extract/model/ner.bin", "model file to write")
	flag.StringVar(&opts.Scheme, "scheme", opts.Scheme, "tag scheme: bilou or bio")
	flag.IntVar(&opts.Epochs, "epochs", opts.Epochs, "most epochs per stage")
	flag.IntVar(&opts.MinCount, "min-count", opts.MinCount, "feature count cutoff")
	flag.BoolVar(&opts.Clusters, "clusters", opts.Clusters, "word-cluster features")
	flag.BoolVar(&opts.Gazetteer, "gazetteer", opts.Gazetteer, "gazetteer features")
	flag.BoolVar(&opts.DocStage, "doc", opts.DocStage, "document-level second stage")
	flag.IntVar(&opts.Folds, "folds", opts.Folds, "jackknife folds for the second stage")
	prune := flag.Int("prune", int(opts.Prune), "drop quantized weights below this magnitude")
	flag.Parse()
	opts.Prune = int16(*prune)
	model, report, err := extract.TrainNER(context.Background(), *train, *dev, opts, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train_ner:", err)
		os.Exit(1)
	}
	fmt.Print(report)
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train_ner:", err)
		os.Exit(1)
	}
}
