package site

import (
	"bytes"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"html/template"
	"os"
	"path/filepath"
	"strings"
)

// exercise is one function a student writes: its name, the task (its doc
// comment, as HTML) and its signature.
type exercise struct {
	Name, Task, Signature string
}

// TaskHTML is the task, trusted: it is go/doc/comment's HTML of our own
// doc comment.
func (e exercise) TaskHTML() template.HTML { return template.HTML(e.Task) }

// readExercises lists the exported functions of lessons/<slug>/exercises/*.go
// (none when the lesson has no exercises) with the package's doc comment.
func readExercises(root, slug string) (intro string, exs []exercise, err error) {
	dir := filepath.Join(root, "lessons", slug, "exercises")
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	fset := token.NewFileSet()
	var p comment.Parser
	var pr comment.Printer
	pr.HeadingLevel = 4
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return "", nil, err
		}
		file, err := parser.ParseFile(fset, f, src, parser.ParseComments)
		if err != nil {
			return "", nil, err
		}
		if file.Doc != nil && intro == "" {
			intro = string(pr.HTML(p.Parse(file.Doc.Text())))
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || !fn.Name.IsExported() || fn.Recv != nil {
				continue
			}
			e := exercise{Name: fn.Name.Name}
			if fn.Doc != nil {
				e.Task = string(pr.HTML(p.Parse(fn.Doc.Text())))
			}
			from, to := fset.Position(fn.Pos()).Offset, fset.Position(fn.Type.End()).Offset
			e.Signature = string(bytes.TrimSpace(src[from:to]))
			exs = append(exs, e)
		}
	}
	return intro, exs, nil
}
