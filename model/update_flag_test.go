package model

import "flag"

// update rewrites docs/schema.json (TestSchemaFile). The golden files of the
// CLI live with its tests (cmd/golden_test.go), which take the same flag, so
// that go test ./... -update runs over the whole module.
var update = flag.Bool("update", false, "rewrite docs/schema.json")
