//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "playground runs in a browser: `go run ./cmd/stepnet site -out site` builds it (GOOS=js GOARCH=wasm) into site/playground/")
	os.Exit(2)
}
