// Command newsextract turns English news articles into structured data.
package main

import (
	"os"

	"github.com/newsextract/newsextract/cmd"
)

func main() {
	os.Exit(cmd.Execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
