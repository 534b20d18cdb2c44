package lessons_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/pkg/check"
)

// root is the repository, two folders up from internal/lessons.
var root = filepath.Join("..", "..")

// symbols returns the exported names of pkg/<name>: top-level functions,
// types, variables and constants as "Name", methods as "Type.Method"; with
// tests, the Test and Example functions of its _test.go files instead.
func symbols(t *testing.T, name string, tests bool) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(root, "pkg", name, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no package pkg/%s", name)
	}
	out := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") != tests {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				n := d.Name.Name
				if d.Recv != nil && len(d.Recv.List) == 1 {
					typ := d.Recv.List[0].Type
					if s, ok := typ.(*ast.StarExpr); ok {
						typ = s.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						n = id.Name + "." + n
					}
				}
				out[n] = true
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						out[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, id := range s.Names {
							out[id.Name] = true
						}
					}
				}
			}
		}
	}
	return out
}

var (
	backticked = regexp.MustCompile("`([^`]+)`")
	cellRef    = regexp.MustCompile(`^(\d\d) § (.+)$`)
	figureRef  = regexp.MustCompile(`^(\d\d)/([a-z0-9-]+)$`)
)

// TestCoverageTable checks the coverage table of lessons/README.md: every
// package.function and test it names exists in pkg/, every lesson section
// is a heading of that lesson, every figure has a golden in pkg/figures and
// every exercise is in check.Exercises(); a cell without one says why,
// "— (…)".
func TestCoverageTable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "lessons", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "\n## Coverage")
	if start < 0 {
		t.Fatal("lessons/README.md has no \"## Coverage\" section")
	}
	exercises := map[string]bool{}
	for _, e := range check.Exercises() {
		exercises[e.Name] = true
	}
	code, tests := map[string]map[string]bool{}, map[string]map[string]bool{}
	lookup := func(cache map[string]map[string]bool, ref string, isTest bool) bool {
		pkg, name, ok := strings.Cut(ref, ".")
		if !ok {
			return false
		}
		if cache[pkg] == nil {
			cache[pkg] = symbols(t, pkg, isTest)
		}
		return cache[pkg][name]
	}
	reason := func(cell string) bool { return strings.HasPrefix(cell, "— (") && strings.HasSuffix(cell, ")") }
	rows, used := 0, map[string]bool{}
	for _, line := range strings.Split(text[start:], "\n")[2:] { // after the heading
		if strings.HasPrefix(line, "## ") {
			break
		}
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| concept") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		if len(cells) != 6 {
			t.Errorf("a row of %d cells, want 6: %s", len(cells), line)
			continue
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows++
		concept := cells[0]
		for col, cache := range map[int]map[string]map[string]bool{1: code, 2: tests} {
			if reason(cells[col]) {
				continue
			}
			refs := backticked.FindAllStringSubmatch(cells[col], -1)
			if len(refs) == 0 {
				t.Errorf("%s: column %d names nothing and gives no reason: %q", concept, col+1, cells[col])
			}
			for _, r := range refs {
				if !lookup(cache, r[1], col == 2) {
					t.Errorf("%s: %s does not exist in pkg/", concept, r[1])
				}
			}
		}
		if m := cellRef.FindStringSubmatch(cells[3]); m == nil {
			t.Errorf("%s: the lesson cell %q is not \"NN § heading\"", concept, cells[3])
		} else {
			l, err := lessons.Find(m[1])
			if err != nil {
				t.Errorf("%s: %v", concept, err)
			} else if src, err := os.ReadFile(filepath.Join(root, "lessons", l.Slug, "lesson.md")); err != nil {
				t.Error(err)
			} else if !regexp.MustCompile(`(?m)^#{2,6} ` + regexp.QuoteMeta(m[2]) + `$`).Match(src) {
				t.Errorf("%s: lessons/%s/lesson.md has no heading %q", concept, l.Slug, m[2])
			}
		}
		if !reason(cells[4]) {
			if m := figureRef.FindStringSubmatch(cells[4]); m == nil {
				t.Errorf("%s: the figure %q is not \"NN/name\"", concept, cells[4])
			} else if l, err := lessons.Find(m[1]); err != nil {
				t.Errorf("%s: %v", concept, err)
			} else if _, err := os.Stat(filepath.Join(root, "pkg", "figures", "testdata", "golden", l.Slug+"_"+m[2]+".png")); err != nil {
				t.Errorf("%s: no catalogue figure %s/%s", concept, l.Slug, m[2])
			}
		}
		if !reason(cells[5]) {
			refs := backticked.FindAllStringSubmatch(cells[5], -1)
			if len(refs) == 0 {
				t.Errorf("%s: no exercise and no reason: %q", concept, cells[5])
			}
			for _, r := range refs {
				if !exercises[r[1]] {
					t.Errorf("%s: %s is not an exercise of check.Exercises()", concept, r[1])
				}
				used[r[1]] = true
			}
		}
	}
	if rows < 30 {
		t.Errorf("the coverage table has %d rows: the lecture has more concepts than that", rows)
	}
	for name := range exercises {
		if !used[name] {
			t.Errorf("the exercise %s is in no row of the coverage table", name)
		}
	}
}
