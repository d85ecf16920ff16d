// Command prose-pipeline runs prose v3's own pipeline (tokenization,
// segmentation, tagging and entity extraction: prose.NewDocument with its
// defaults) over the "text" of every JSON Lines record on stdin and prints
// one line per record with its entity count. It exists to time prose side
// by side with newsextract on the same input, as whole processes:
//
//	go build -o /tmp/prose-pipeline ./scripts/prose-pipeline
//	/tmp/prose-pipeline < ../shared/data/conll2003/conll2003-test.jsonl
//	newsextract --input jsonl -f jsonl -j 1 < ../shared/data/conll2003/conll2003-test.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/jdkato/prose/v3"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "prose-pipeline:", err)
		os.Exit(1)
	}
}

func run() error {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		doc, err := prose.NewDocument(rec.Text)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		fmt.Fprintf(out, "%s\t%d\n", rec.ID, len(doc.Entities()))
	}
	return sc.Err()
}
