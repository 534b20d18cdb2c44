// Command playground is the site's playground page compiled to WebAssembly:
// internal/playground (pkg/data, pkg/mlp, pkg/gd, pkg/backprop, pkg/step)
// behind a few JavaScript functions that the page's playground.js calls to
// configure, train, draw and inspect. `stepnet site` builds it with
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags=-s -o playground.wasm ./cmd/playground
//
// and copies wasm_exec.js from the Go installation beside it. Natively the
// command only says how to build it.
package main
