package site

import (
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/stepnet/stepnet/pkg/lang"
)

//go:embed assets
var assets embed.FS

// Options says what Build reads and where it writes.
type Options struct {
	Root     string    // the checkout: notebooks/, lessons/, cmd/playground
	Out      string    // the site's folder (created; files of a previous build are replaced)
	CacheDir string    // where the MathJax tarball is kept between builds
	MathJax  string    // a MathJax tarball to use instead of the cached npm package (checked the same way)
	Go       string    // the go command that builds the playground ("go" on the PATH when empty)
	NoWasm   bool      // skip the playground's WebAssembly build (the page is still written)
	Log      io.Writer // progress; nil for none
}

// Report is what a build did and how long each part took.
type Report struct {
	Lessons                     int
	Figures, Widgets            int
	MathJaxBytes                int64
	WasmBytes, WasmGzip         int64
	MathJax, Pages, Wasm, Total time.Duration
	Sheets                      int
	Exercises                   int
	French                      int // lesson pages in French (fr/lessons/), from notebooks/fr/
}

// edition is one language of the site: its notebooks, its folder in the site, and the path from
// that folder to the site's root (where style.css, mathjax/ and playground/ are, for both).
type edition struct {
	lang     string // pkg/lang's tag
	notebook string // the notebooks' folder in the checkout, for the page's note and Binder
	dir      string // the edition's folder inside the site
	root     string // from dir to the site's root
}

// editions are the site in English (the root) and in French (fr/, from the GoNB notebooks of the
// translations, notebooks/fr/).
var editions = []edition{
	{lang: "en", notebook: "notebooks", dir: "", root: ""},
	{lang: "fr", notebook: "notebooks/fr", dir: "fr", root: "../"},
}

// inLang runs f with pkg/lang set to tag, and sets the language back after.
func inLang(tag string, f func() error) error {
	prev := lang.Get()
	if err := lang.Set(tag); err != nil {
		return err
	}
	defer lang.Set(prev)
	return f()
}

// readEdition renders every notebook of an edition into a page, with its figures under
// Out/dir/lessons/NN-slug/. The printed sheet is the edition's own (Out/dir/plots/NN-slug.pdf),
// else the English one.
func readEdition(o Options, e edition, r *Report) ([]*page, error) {
	nbs, _ := filepath.Glob(filepath.Join(o.Root, filepath.FromSlash(e.notebook), "[0-9]*.ipynb"))
	var pages []*page
	err := inLang(e.lang, func() error {
		for _, nb := range nbs {
			slug := strings.TrimSuffix(filepath.Base(nb), ".ipynb")
			p, err := readLesson(nb, filepath.Join(o.Out, e.dir, "lessons", slug), slug)
			if err != nil {
				return err
			}
			p.Notebook = e.notebook + "/" + slug + ".ipynb"
			if _, err := os.Stat(filepath.Join(o.Out, e.dir, "plots", slug+".pdf")); err == nil {
				p.Sheet = "plots/" + slug + ".pdf"
				r.Sheets++
			} else if _, err := os.Stat(filepath.Join(o.Out, "plots", slug+".pdf")); err == nil {
				p.Sheet = e.root + "plots/" + slug + ".pdf"
			}
			intro, exs, err := readExercises(o.Root, slug)
			if err != nil {
				return err
			}
			p.Exs = exs
			p.exIntro = intro
			if e.lang == "en" {
				r.Exercises += len(exs)
			}
			r.Figures += p.Figures
			r.Widgets += p.Widgets
			pages = append(pages, p)
		}
		return nil
	})
	return pages, err
}

// writeEdition writes an edition's index.html and lesson pages, each with a link to the same page
// in the other edition when it has one.
func writeEdition(o Options, e edition, pages, others []*page, other edition) error {
	has := map[string]bool{}
	for _, p := range others {
		has[p.Slug] = true
	}
	// from e's folder to other's: up to the root, then down
	toOther := e.root + other.dir
	if toOther != "" && !strings.HasSuffix(toOther, "/") {
		toOther += "/"
	}
	return inLang(e.lang, func() error {
		for i, p := range pages {
			var prev, next *page
			if i > 0 {
				prev = pages[i-1]
			}
			if i+1 < len(pages) {
				next = pages[i+1]
			}
			otherPage := ""
			if has[p.Slug] {
				otherPage = "../" + toOther + "lessons/" + p.Slug + ".html"
			}
			if err := writeTemplate(filepath.Join(o.Out, e.dir, "lessons", p.Slug+".html"), lessonTemplate, map[string]any{
				"T": texts(e.root + "../"), "Root": e.root + "../", "Other": otherPage,
				"P": p, "Prev": prev, "Next": next, "Body": template.HTML(p.Body), "ExIntro": template.HTML(p.exIntro),
				"MathJax": template.HTML(mathJaxHead(e.root + "../")),
				"Binder":  BinderURL + "?filepath=" + url.QueryEscape(p.Notebook),
				"About":   lessonAbout(p.Number, p.Notebook), "ExLocal": exercisesLocal(p.Slug),
			}); err != nil {
				return err
			}
		}
		otherIndex := ""
		if len(others) > 0 {
			otherIndex = toOther + "index.html"
		}
		return writeTemplate(filepath.Join(o.Out, e.dir, "index.html"), indexTemplate, map[string]any{
			"T": texts(e.root), "Root": e.root, "Other": otherIndex, "Pages": pages,
			"Binder": runBinder(BinderURL + "?urlpath=tree%2F" + url.QueryEscape(e.notebook)),
		})
	})
}

// Build writes the site: index.html, lessons/NN-slug.html (with their
// figures), mathjax/, playground/ and style.css. The printed sheets are
// linked where Out/plots/NN-slug.pdf exists (stepnet site makes them first).
func Build(o Options) (*Report, error) {
	start := time.Now()
	log := o.Log
	if log == nil {
		log = io.Discard
	}
	r := &Report{}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, err
	}

	t := time.Now()
	tarball := o.MathJax
	if tarball == "" {
		var err error
		if tarball, err = MathJaxPackage(o.CacheDir, log); err != nil {
			return nil, err
		}
	} else if b, err := os.ReadFile(tarball); err != nil {
		return nil, err
	} else if got := Integrity(b); got != MathJaxIntegrity {
		return nil, fmt.Errorf("%s: integrity %s, want MathJax %s's %s", tarball, got, MathJaxVersion, MathJaxIntegrity)
	}
	n, err := copyMathJax(tarball, filepath.Join(o.Out, "mathjax"))
	if err != nil {
		return nil, err
	}
	r.MathJaxBytes, r.MathJax = n, time.Since(t)

	t = time.Now()
	for _, name := range []string{"style.css"} {
		if err := copyAsset(name, filepath.Join(o.Out, name)); err != nil {
			return nil, err
		}
	}
	en, err := readEdition(o, editions[0], r)
	if err != nil {
		return nil, err
	}
	if len(en) == 0 {
		return nil, fmt.Errorf("no notebooks in %s", filepath.Join(o.Root, "notebooks"))
	}
	fr, err := readEdition(o, editions[1], r)
	if err != nil {
		return nil, err
	}
	if err := writeEdition(o, editions[0], en, fr, editions[1]); err != nil {
		return nil, err
	}
	if len(fr) > 0 {
		if err := writeEdition(o, editions[1], fr, en, editions[0]); err != nil {
			return nil, err
		}
	}
	pages := en
	r.French = len(fr)
	r.Lessons, r.Pages = len(pages), time.Since(t)

	t = time.Now()
	pg := filepath.Join(o.Out, "playground")
	if err := os.MkdirAll(pg, 0o755); err != nil {
		return nil, err
	}
	for _, name := range []string{"playground.html", "playground.js", "playground.css"} {
		dst := name
		if name == "playground.html" {
			dst = "index.html"
		}
		if err := copyAsset(name, filepath.Join(pg, dst)); err != nil {
			return nil, err
		}
	}
	if !o.NoWasm {
		if err := buildWasm(o, pg, r); err != nil {
			return nil, err
		}
	}
	r.Wasm = time.Since(t)
	r.Total = time.Since(start)
	return r, nil
}

// RepoURL and BinderURL are where the kit lives and its Binder launch (the
// notebooks on GoNB, built from binder/).
const (
	RepoURL   = "https://github.com/stepnet/stepnet"
	BinderURL = "https://mybinder.org/v2/gh/stepnet/stepnet/main"
)

func copyAsset(name, dst string) error {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

func writeTemplate(path string, t *template.Template, data any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := t.Execute(f, data); err != nil {
		f.Close()
		return fmt.Errorf("%s: %v", path, err)
	}
	return f.Close()
}

// buildWasm compiles cmd/playground for GOOS=js GOARCH=wasm into
// playground.wasm, writes playground.wasm.js (the same bytes in base64, for
// pages opened from file://, where a browser fetches nothing) and copies
// wasm_exec.js from the Go installation that built it.
func buildWasm(o Options, dir string, r *Report) error {
	goCmd := o.Go
	if goCmd == "" {
		goCmd = "go"
	}
	wasm := filepath.Join(dir, "playground.wasm")
	cmd := exec.Command(goCmd, "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./cmd/playground")
	cmd.Dir = o.Root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=-buildvcs=false")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("GOOS=js GOARCH=wasm go build ./cmd/playground: %v\n%s", err, out)
	}
	out, err := exec.Command(goCmd, "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))
	var execJS []byte
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		if execJS, err = os.ReadFile(filepath.Join(goroot, p)); err == nil {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("no wasm_exec.js in %s/lib/wasm: %v", goroot, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wasm_exec.js"), execJS, 0o644); err != nil {
		return err
	}
	b, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	js := "window.stepnetPlaygroundWasm = \"" + base64.StdEncoding.EncodeToString(b) + "\";\n"
	if err := os.WriteFile(filepath.Join(dir, "playground.wasm.js"), []byte(js), 0o644); err != nil {
		return err
	}
	r.WasmBytes = int64(len(b))
	r.WasmGzip = gzipSize(b)
	return nil
}
