package backprop

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestOneDeltaRule is a tripwire for a second delta rule: outside this
// package, no function of the module both takes g′ (an Activation's Deriv,
// or a MulDeriv) and either runs a loop backwards (a "--", the shape of δˡ
// computed from δˡ⁺¹ for l = L−1 … 1) or names a delta (an identifier with
// "delta" or "δ"). Such a function is almost surely a copy of Backward or
// BatchDeltaRule: call them instead (pkg/train, pkg/approx and pkg/check do).
// On the tree before the one rule (e55f772) it names check's backwardWith,
// train's Step and approx's gradient.
//
// The exceptions are the graders of the one-line exercises of lesson 08,
// whose answer key is that one line (with the usual mistakes switched on).
func TestOneDeltaRule(t *testing.T) {
	exceptions := map[string]bool{
		"pkg/check/backprop.go:OutputDelta": true, // grades the student's δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ)
		"pkg/check/backprop.go:HiddenDelta": true, // grades the student's δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ)
	}
	root := filepath.Join("..", "..")
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "notebooks", "node_modules", ".git", "testdata":
				return filepath.SkipDir
			}
			if rel, _ := filepath.Rel(root, path); filepath.ToSlash(rel) == "pkg/backprop" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files++
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return nil // not ours to judge (a template, a file of another module)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			deriv, down, delta := false, false, false
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SelectorExpr:
					deriv = deriv || n.Sel.Name == "Deriv" || n.Sel.Name == "MulDeriv"
				case *ast.IncDecStmt:
					down = down || n.Tok == token.DEC
				case *ast.Ident:
					delta = delta || strings.Contains(strings.ToLower(n.Name), "delta") || strings.Contains(n.Name, "δ")
				}
				return true
			})
			rel, _ := filepath.Rel(root, path)
			if deriv && (down || delta) && !exceptions[filepath.ToSlash(rel)+":"+fn.Name.Name] {
				t.Errorf("%s: %s takes g′ (Deriv) and loops backwards or computes a delta: a second delta rule? Call backprop.Backward or backprop.BatchDeltaRule", filepath.ToSlash(rel), fn.Name.Name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("only %d Go files found under %s: the walk missed the module", files, root)
	}
}
