package mlp

import (
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestNoEngineInstalled: importing mlp (and everything mlp imports) leaves
// gonum's own BLAS in place; only a program chooses another engine.
func TestNoEngineInstalled(t *testing.T) {
	if _, ok := blas64.Implementation().(gonum.Implementation); !ok {
		t.Errorf("blas64 uses %T, want gonum.Implementation: a package installed an engine as a side effect", blas64.Implementation())
	}
}
