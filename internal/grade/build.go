package grade

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The harness of one student is built inside the kit's module with
// `go build -overlay`: the student's packages and the harness's main file
// appear, for the go command only, under internal/gradebuild/<id>/ of the
// kit (nothing is written in the kit's tree), so they may import the kit's
// packages, internal ones included, and the build cache is shared with the
// kit's own builds: one harness build per student, a second one only when a
// package of the student's does not compile.

// harness is a built harness program.
type harness struct {
	bin    string
	funcs  map[string]string   // exercise → the package it was taken from
	failed map[string]string   // exercise → why it cannot be graded (compile error)
	writes map[string]string   // exercise → a file-writing call it reaches
	kit    map[string][]string // exercise → the kit's packages its package imports
}

// KitRoot finds the kit's module root from dir upwards: the folder whose
// go.mod declares module github.com/stepnet/stepnet.
func KitRoot(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/stepnet/stepnet\n")) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("not inside a copy of the stepnet kit (no go.mod of module github.com/stepnet/stepnet above " + dir + "): give -kit DIR")
		}
		d = parent
	}
}

// buildHarness builds the harness of one student's packages into work.
func buildHarness(kit, goBin, work, id string, pkgs []*pkgSource) (*harness, error) {
	h := &harness{funcs: map[string]string{}, failed: map[string]string{}, writes: map[string]string{}, kit: map[string][]string{}}
	// The packages, in priority order: a package from the exercise's own
	// lesson first, then the others in path order.
	usable := []*pkgSource{}
	for _, p := range pkgs {
		if p.broken != "" {
			for ex := range p.funcs {
				h.failed[ex] = p.from + ": " + p.broken
			}
			if len(p.funcs) == 0 {
				for _, e := range exercisesOfLesson(p.lesson) {
					h.failed[e] = p.from + ": " + p.broken
				}
			}
			continue
		}
		if len(p.funcs) > 0 {
			usable = append(usable, p)
		}
	}
	for attempt := 0; attempt < 4; attempt++ {
		overlay := map[string]string{}
		base := filepath.Join(kit, "internal", "gradebuild", id)
		src := filepath.Join(work, "src")
		os.RemoveAll(src)
		var main bytes.Buffer
		main.WriteString("package main\n\nimport (\n\t\"github.com/stepnet/stepnet/internal/grade/child\"\n")
		for i := range usable {
			fmt.Fprintf(&main, "\tp%d \"github.com/stepnet/stepnet/internal/gradebuild/%s/p%d\"\n", i, id, i)
		}
		main.WriteString(")\n\nfunc main() {\n\tfuncs := map[string]any{}\n")
		chosen := chooseFuncs(usable)
		for i := range usable {
			fmt.Fprintf(&main, "\t_ = p%d.StepnetExports\n", i)
		}
		names := make([]string, 0, len(chosen))
		for ex := range chosen {
			names = append(names, ex)
		}
		sort.Strings(names)
		for _, ex := range names {
			i := chosen[ex]
			fmt.Fprintf(&main, "\tfuncs[%q] = p%d.StepnetExports[%q]\n", ex, i, ex)
		}
		main.WriteString("\tchild.Main(funcs)\n}\n")
		for i, p := range usable {
			dir := filepath.Join(src, fmt.Sprintf("p%d", i))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
			var exp bytes.Buffer
			exp.WriteString("package student\n\nimport _ \"github.com/stepnet/stepnet/internal/grade/child\"\n\n// StepnetExports are the exercise functions of this package.\nvar StepnetExports = map[string]any{\n")
			fnames := make([]string, 0, len(p.funcs))
			for ex := range p.funcs {
				fnames = append(fnames, ex)
			}
			sort.Strings(fnames)
			for _, ex := range fnames {
				fmt.Fprintf(&exp, "\t%q: %s,\n", ex, p.funcs[ex])
			}
			exp.WriteString("}\n")
			files := map[string][]byte{"zz_stepnet_exports.go": exp.Bytes()}
			for name, b := range p.files {
				files[name] = b
			}
			for name, b := range files {
				f := filepath.Join(dir, name)
				if err := os.WriteFile(f, b, 0o644); err != nil {
					return nil, err
				}
				overlay[filepath.Join(base, fmt.Sprintf("p%d", i), name)] = f
			}
		}
		mf := filepath.Join(src, "main.go")
		if err := os.MkdirAll(src, 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(mf, main.Bytes(), 0o644); err != nil {
			return nil, err
		}
		overlay[filepath.Join(base, "main.go")] = mf
		ov, _ := json.Marshal(map[string]any{"Replace": overlay})
		ovf := filepath.Join(work, "overlay.json")
		if err := os.WriteFile(ovf, ov, 0o644); err != nil {
			return nil, err
		}
		bin := filepath.Join(work, "harness")
		cmd := exec.Command(goBin, "build", "-overlay", ovf, "-o", bin, "./internal/gradebuild/"+id)
		cmd.Dir = kit
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-buildvcs=false -mod=readonly", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err == nil {
			h.bin = bin
			for ex, i := range chosen {
				h.funcs[ex] = usable[i].from
				if w := usable[i].writes[ex]; w != "" {
					h.writes[ex] = w
				}
				h.kit[ex] = usable[i].kit
			}
			return h, nil
		}
		// Which of the student's packages failed? Drop them and try again.
		bad := brokenPackages(string(out), id)
		if len(bad) == 0 {
			return nil, fmt.Errorf("building the harness: %v\n%s", err, firstLines(string(out), 20))
		}
		var keep []*pkgSource
		for i, p := range usable {
			if msg, ok := bad[i]; ok {
				for ex := range p.funcs {
					h.failed[ex] = p.from + " does not compile: " + msg
				}
				continue
			}
			keep = append(keep, p)
		}
		usable = keep
	}
	return nil, errors.New("building the harness: the student's packages keep failing to compile")
}

var pkgHeader = regexp.MustCompile(`(?m)^# github\.com/stepnet/stepnet/internal/gradebuild/[^/]+/p(\d+)\s*$`)

// brokenPackages reads go build's output: package index → its first errors.
func brokenPackages(out, id string) map[int]string {
	bad := map[int]string{}
	locs := pkgHeader.FindAllStringSubmatchIndex(out, -1)
	for k, loc := range locs {
		var i int
		fmt.Sscanf(out[loc[2]:loc[3]], "%d", &i)
		end := len(out)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		msg := strings.TrimSpace(out[loc[1]:end])
		// paths of the temporary copy → the student's file names
		msg = regexp.MustCompile(`\S*/internal/gradebuild/[^/]+/p\d+/`).ReplaceAllString(msg, "")
		msg = regexp.MustCompile(`\S*/src/p\d+/`).ReplaceAllString(msg, "")
		bad[i] = firstLines(msg, 4)
	}
	return bad
}

// chooseFuncs picks, for each exercise, the package it is taken from: the
// one whose path names the exercise's lesson, else the first.
func chooseFuncs(pkgs []*pkgSource) map[string]int {
	lessonOfEx := map[string]string{}
	for _, e := range exerciseList() {
		lessonOfEx[e.Name] = e.Lesson
	}
	chosen := map[string]int{}
	for i, p := range pkgs {
		for ex := range p.funcs {
			j, ok := chosen[ex]
			if !ok || (pkgs[j].lesson != lessonOfEx[ex] && p.lesson == lessonOfEx[ex]) {
				chosen[ex] = i
			}
		}
	}
	return chosen
}

// studentID is a name for a student's build folder: letters and digits of
// the name, and a hash that keeps two names apart.
func studentID(name, run string) string {
	sum := sha256.Sum256([]byte(name + "\x00" + run))
	clean := regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(name, "")
	if len(clean) > 20 {
		clean = clean[:20]
	}
	return "s" + clean + hex.EncodeToString(sum[:4])
}
