package grade

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/stepnet/stepnet/pkg/check"
)

// A student's folder holds Go files (a copy of lessons/NN-slug/exercises,
// or any layout: each folder of .go files is one package) and/or lesson
// notebooks (.ipynb, as collected from JupyterHub). Each becomes one package
// of the student's harness.

// pkgSource is one package of a student's harness.
type pkgSource struct {
	from   string            // where it comes from, relative to the student's folder
	files  map[string][]byte // file name → Go source, rewritten to package "student"
	funcs  map[string]string // exercise → the identifier of the student's function
	writes map[string]string // exercise → a file-writing call it reaches ("os.WriteFile at ex.go:12")
	broken string            // why the package cannot be used ("" when it can)
	kit    []string          // the kit's packages it imports, pkg/check aside
	lesson string            // the lesson slug its path names, if any ("08-backpropagation")
}

// exerciseNames are the names of the kit's exercises.
func exerciseNames() map[string]check.Exercise {
	m := map[string]check.Exercise{}
	for _, e := range check.Exercises() {
		m[e.Name] = e
	}
	return m
}

// loadStudent reads every package of a student's folder.
func loadStudent(dir string) ([]*pkgSource, error) {
	byDir := map[string][]string{}
	var notebooks []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != dir && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go"):
			byDir[filepath.Dir(path)] = append(byDir[filepath.Dir(path)], path)
		case strings.HasSuffix(name, ".ipynb") && !strings.Contains(name, ".ipynb_checkpoints"):
			notebooks = append(notebooks, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var pkgs []*pkgSource
	dirs := make([]string, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		sort.Strings(byDir[d])
		pkgs = append(pkgs, goPackage(dir, d, byDir[d]))
	}
	sort.Strings(notebooks)
	for _, nb := range notebooks {
		if p := notebookPackage(dir, nb); p != nil {
			pkgs = append(pkgs, p)
		}
	}
	return pkgs, nil
}

func relTo(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}

// lessonOf returns the lesson slug a path names ("08-backpropagation"), or "".
func lessonOf(path string) string {
	seen := map[string]bool{}
	for _, e := range check.Exercises() {
		if seen[e.Lesson] {
			continue
		}
		seen[e.Lesson] = true
		if strings.Contains(path, e.Lesson) || strings.HasPrefix(filepath.Base(path), e.Lesson[:3]) {
			return e.Lesson
		}
	}
	return ""
}

// goPackage reads the .go files of one folder.
func goPackage(root, dir string, paths []string) *pkgSource {
	p := &pkgSource{from: relTo(root, dir), files: map[string][]byte{}, funcs: map[string]string{}, lesson: lessonOf(relTo(root, dir))}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			p.broken = err.Error()
			return p
		}
		f, err := parser.ParseFile(fset, filepath.Base(path), src, parser.SkipObjectResolution)
		if err != nil {
			p.broken = "does not compile: " + firstLines(err.Error(), 3)
			return p
		}
		// package NAME → package student, on the same line
		off := fset.Position(f.Name.Pos()).Offset
		src = append(append(append([]byte(nil), src[:off]...), "student"...), src[off+len(f.Name.Name):]...)
		p.files[filepath.Base(path)] = src
		files = append(files, f)
		for _, im := range f.Imports {
			p.noteImport(im.Path.Value)
		}
	}
	names := exerciseNames()
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				if _, ok := names[fd.Name.Name]; ok {
					p.funcs[fd.Name.Name] = fd.Name.Name
				}
			}
		}
	}
	p.writes = fileWriters(fset, files, p.funcs)
	return p
}

// noteImport records an import of the kit's own packages (the references
// the graders compare with), pkg/check aside.
func (p *pkgSource) noteImport(quoted string) {
	path, err := strconv.Unquote(quoted)
	if err != nil || !strings.HasPrefix(path, "github.com/stepnet/stepnet/") || path == "github.com/stepnet/stepnet/pkg/check" {
		return
	}
	for _, k := range p.kit {
		if k == path {
			return
		}
	}
	p.kit = append(p.kit, path)
}

// writingCalls are the calls that write, create or remove files.
var writingCalls = map[string]map[string]bool{
	"os": set("Create", "CreateTemp", "WriteFile", "OpenFile", "Mkdir", "MkdirAll", "MkdirTemp", "Remove", "RemoveAll",
		"Rename", "Symlink", "Link", "Chmod", "Chown", "Lchown", "Chtimes", "Truncate", "Chdir", "CopyFS"),
	"io/ioutil":             set("WriteFile", "TempFile", "TempDir"),
	"syscall":               set("Open", "Openat", "Creat", "Unlink", "Unlinkat", "Mkdir", "Mkdirat", "Rmdir", "Rename", "Renameat", "Truncate", "Chdir", "Symlink", "Link"),
	"golang.org/x/sys/unix": set("Open", "Openat", "Creat", "Unlink", "Unlinkat", "Mkdir", "Mkdirat", "Rmdir", "Rename", "Renameat", "Truncate", "Chdir", "Symlink", "Link"),
	"os/exec":               set("Command", "CommandContext"),
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// fileWriters finds, for each exercise function, a call that writes files
// which it reaches through the package's own functions.
func fileWriters(fset *token.FileSet, files []*ast.File, funcs map[string]string) map[string]string {
	direct := map[string]string{}  // function → its first writing call
	calls := map[string][]string{} // function → package functions it refers to
	top := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				top[fd.Name.Name] = true
			}
		}
	}
	for _, f := range files {
		local := map[string]string{} // import name → path
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			name := path[strings.LastIndex(path, "/")+1:]
			if im.Name != nil {
				name = im.Name.Name
			}
			local[name] = path
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			name := fd.Name.Name
			if fd.Recv != nil {
				name = "(method) " + name
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.SelectorExpr:
					if id, ok := x.X.(*ast.Ident); ok {
						if m := writingCalls[local[id.Name]]; m[x.Sel.Name] && direct[name] == "" {
							pos := fset.Position(x.Pos())
							direct[name] = fmt.Sprintf("%s.%s at %s:%d", id.Name, x.Sel.Name, pos.Filename, pos.Line)
						}
					}
				case *ast.Ident:
					if top[x.Name] && x.Name != name {
						calls[name] = append(calls[name], x.Name)
					}
				}
				return true
			})
		}
	}
	out := map[string]string{}
	for ex, fn := range funcs {
		seen := map[string]bool{}
		var visit func(string) string
		visit = func(f string) string {
			if seen[f] {
				return ""
			}
			seen[f] = true
			if w := direct[f]; w != "" {
				return w
			}
			for _, g := range calls[f] {
				if w := visit(g); w != "" {
					return w
				}
			}
			return ""
		}
		if w := visit(fn); w != "" {
			out[ex] = w
		}
	}
	return out
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}

// notebook is the part of an .ipynb file the grader reads.
type notebook struct {
	Cells []struct {
		CellType string          `json:"cell_type"`
		Source   json.RawMessage `json:"source"`
	} `json:"cells"`
}

// cellSource returns a cell's source, which nbformat stores as a string or
// a list of lines.
func cellSource(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var lines []string
	if json.Unmarshal(raw, &lines) == nil {
		return strings.Join(lines, "")
	}
	return ""
}

// notebookPackage extracts the exercise functions of a lesson notebook: the
// top-level declarations of its Go cells (a GoNB cell's body after %% is
// dropped, magics too; a later cell's declaration replaces an earlier one of
// the same name), and which function each exercise is: the argument of a
// call check.<Exercise>(fn) in a cell, else a function named <Exercise> or
// my<Exercise>.
func notebookPackage(root, path string) *pkgSource {
	rel := relTo(root, path)
	p := &pkgSource{from: rel, files: map[string][]byte{}, funcs: map[string]string{}, lesson: lessonOf(rel)}
	raw, err := os.ReadFile(path)
	if err != nil {
		p.broken = err.Error()
		return p
	}
	var nb notebook
	if err := json.Unmarshal(raw, &nb); err != nil {
		p.broken = "not a notebook: " + err.Error()
		return p
	}
	names := exerciseNames()
	type decl struct {
		text string
		cell int
		line int
	}
	decls := map[string]decl{}
	var order []string
	imports := map[string]string{} // path → name ("" for the default)
	graded := map[string]string{}  // exercise → identifier from check.X(fn)
	fset := token.NewFileSet()
	for k, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		src := cellSource(c.Source)
		var head, body []string
		inBody := false
		for _, line := range strings.Split(src, "\n") {
			t := strings.TrimSpace(line)
			switch {
			case t == "%%":
				inBody = true
				head = append(head, "")
				continue
			case strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!"):
				line = ""
			}
			if inBody {
				body = append(body, line)
				head = append(head, "")
			} else {
				head = append(head, line)
			}
		}
		// the calls check.X(fn) in the body tell which function is graded
		if len(body) > 0 {
			if bf, err := parser.ParseFile(fset, "", "package x\nfunc _() {\n"+strings.Join(body, "\n")+"\n}\n", parser.SkipObjectResolution); err == nil {
				ast.Inspect(bf, func(n ast.Node) bool {
					if ce, ok := n.(*ast.CallExpr); ok {
						if se, ok := ce.Fun.(*ast.SelectorExpr); ok && len(ce.Args) == 1 {
							if id, ok := se.X.(*ast.Ident); ok && id.Name == "check" {
								if arg, ok := ce.Args[0].(*ast.Ident); ok {
									if _, ok := names[se.Sel.Name]; ok {
										graded[se.Sel.Name] = arg.Name
									}
								}
							}
						}
					}
					return true
				})
			}
		}
		text := strings.Join(head, "\n")
		f, err := parser.ParseFile(fset, "", "package student\n"+text, parser.SkipObjectResolution)
		if err != nil {
			continue // not a Go cell of declarations (or broken): skipped
		}
		file := fset.File(f.Pos())
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			if im.Name != nil {
				imports[path] = im.Name.Name
			} else if _, ok := imports[path]; !ok {
				imports[path] = ""
			}
		}
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				continue
			}
			start, end := file.Offset(d.Pos()), file.Offset(d.End())
			if doc := docOf(d); doc != nil {
				start = file.Offset(doc.Pos())
			}
			full := "package student\n" + text
			key := declKey(d)
			if key == "main" || key == "init" || key == "" {
				continue
			}
			if _, ok := decls[key]; !ok {
				order = append(order, key)
			}
			decls[key] = decl{text: full[start:end], cell: k, line: fset.Position(d.Pos()).Line - 1}
			if doc := docOf(d); doc != nil {
				decls[key] = decl{text: full[start:end], cell: k, line: fset.Position(doc.Pos()).Line - 1}
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("package student\n\n")
	used := map[string]bool{}
	for _, key := range order {
		for _, id := range selectorRoots(decls[key].text) {
			used[id] = true
		}
	}
	paths := make([]string, 0, len(imports))
	for path := range imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		name := imports[path]
		local := name
		if local == "" {
			local = path[strings.LastIndex(path, "/")+1:]
		}
		if name == "_" || name == "." || used[local] {
			if name != "" {
				fmt.Fprintf(&b, "import %s %q\n", name, path)
			} else {
				fmt.Fprintf(&b, "import %q\n", path)
			}
		}
	}
	cellName := strings.TrimSuffix(filepath.Base(path), ".ipynb")
	for _, key := range order {
		d := decls[key]
		// a line directive keeps the student's cell and line in messages
		fmt.Fprintf(&b, "\n//line %s.cell%d:%d\n%s\n", cellName, d.cell+1, d.line, d.text)
	}
	p.files[cellName+".go"] = b.Bytes()
	for name := range names {
		for _, cand := range []string{graded[name], name, "my" + name} {
			if _, ok := decls[cand]; ok && cand != "" {
				p.funcs[name] = cand
				break
			}
		}
	}
	if len(p.funcs) == 0 {
		return nil // a notebook without exercises
	}
	f, err := parser.ParseFile(token.NewFileSet(), cellName+".go", b.Bytes(), parser.SkipObjectResolution)
	if err == nil {
		for _, im := range f.Imports {
			p.noteImport(im.Path.Value)
		}
		p.writes = fileWriters(token.NewFileSet(), []*ast.File{f}, p.funcs)
	}
	return p
}

func docOf(d ast.Decl) *ast.CommentGroup {
	switch x := d.(type) {
	case *ast.FuncDecl:
		return x.Doc
	case *ast.GenDecl:
		return x.Doc
	}
	return nil
}

// declKey names a top-level declaration (the first name of a var, const or
// type group).
func declKey(d ast.Decl) string {
	switch x := d.(type) {
	case *ast.FuncDecl:
		if x.Recv != nil && len(x.Recv.List) > 0 {
			return fmt.Sprintf("method %s.%s", typeName(x.Recv.List[0].Type), x.Name.Name)
		}
		return x.Name.Name
	case *ast.GenDecl:
		for _, s := range x.Specs {
			switch sp := s.(type) {
			case *ast.ValueSpec:
				return sp.Names[0].Name
			case *ast.TypeSpec:
				return sp.Name.Name
			}
		}
	}
	return ""
}

func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return typeName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return typeName(t.X)
	}
	return "?"
}

// selectorRoots returns the identifiers X of the selectors X.Y in a piece of
// Go source (the package names it may use).
func selectorRoots(src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package x\n"+src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := se.X.(*ast.Ident); ok {
				out = append(out, id.Name)
			}
		}
		return true
	})
	return out
}
