package score

import "flag"

// The golden files live with the CLI's tests (cmd/golden_test.go), which
// rewrite them under -update. This package accepts the flag too, so that
// go test ./... -update runs over the whole module.
var _ = flag.Bool("update", false, "rewrite golden files (used by ./cmd)")
