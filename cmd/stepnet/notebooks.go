package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/stepnet/stepnet/internal/notebook"
)

func init() {
	register(command{
		name:    "notebooks",
		summary: "generate notebooks/NN-slug.ipynb (GoNB) and notebooks/gophernotes/NN-slug.ipynb from lessons/NN-slug/lesson.md; -check, -execute",
		run:     notebooksRun,
	})
}

func notebooksRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("notebooks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lessonsDir := fs.String("lessons", "lessons", "folder of the lesson sources (NN-slug/lesson.md)")
	outDir := fs.String("out", "notebooks", "folder of the notebooks")
	check := fs.Bool("check", false, "change nothing; fail when a notebook's cells differ from its lesson or were never executed")
	execute := fs.Bool("execute", false, "generate, then execute every notebook on its kernel and keep the outputs")
	only := fs.String("lesson", "", "only this lesson: its number (5, 05) or folder name (05-learning-rate)")
	kernel := fs.String("kernel", "both", "the notebooks to make, check or execute: gonb, gophernotes or both\n(with both, a missing gophernotes notebook or kernel is reported, not an error)")
	timeout := fs.Duration("timeout", 10*time.Minute, "with -execute: longest a cell may run (the first cell of a cold build cache compiles gonum)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet notebooks [-check | -execute] [-kernel gonb|gophernotes|both] [-lesson NN] [-lessons DIR] [-out DIR]")
		fmt.Fprintln(stderr, "\nWrites OUT/NN-slug.ipynb (GoNB) and OUT/gophernotes/NN-slug.ipynb for every LESSONS/NN-slug/lesson.md")
		fmt.Fprintln(stderr, "(format: lessons/README.md). Code cells whose source did not change keep their outputs. Flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if *check && *execute {
		return usageError{"-check and -execute exclude each other"}
	}
	flavours, strict, err := notebooksFlavours(*kernel)
	if err != nil {
		return usageError{err.Error()}
	}
	all, err := notebook.LoadDir(*lessonsDir)
	if err != nil {
		return err
	}
	ls, err := notebooksSelect(all, *only)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(ls) == 0 {
		return fmt.Errorf("no lessons (no %s/NN-slug/lesson.md)", *lessonsDir)
	}
	if *check {
		return notebooksCheck(ls, flavours, strict, *outDir, *only == "", stdout)
	}
	for _, l := range ls {
		for _, f := range flavours {
			if err := notebooksWrite(f, l, *outDir, stdout); err != nil {
				return err
			}
		}
	}
	if *execute {
		return notebooksExecute(ls, flavours, strict, *outDir, *timeout, stdout, stderr)
	}
	return nil
}

// notebooksFlavours reads -kernel: the flavours to work on, and whether the gophernotes flavour was
// asked for by name (strict: a missing gophernotes notebook or kernel is then an error).
func notebooksFlavours(kernel string) ([]*notebook.Flavour, bool, error) {
	switch kernel {
	case "both":
		return notebook.Flavours, false, nil
	case notebook.GoNB.Kernel:
		return []*notebook.Flavour{notebook.GoNB}, false, nil
	case notebook.Gophernotes.Kernel:
		return []*notebook.Flavour{notebook.Gophernotes}, true, nil
	}
	return nil, false, fmt.Errorf("-kernel %q: want gonb, gophernotes or both", kernel)
}

// notebooksSelect keeps the lesson named by only ("" keeps all).
func notebooksSelect(all []*notebook.Lesson, only string) ([]*notebook.Lesson, error) {
	if only == "" {
		return all, nil
	}
	want := only
	if len(only) == 1 {
		want = "0" + only
	}
	for _, l := range all {
		if l.Slug == only || strings.HasPrefix(l.Slug, want+"-") {
			return []*notebook.Lesson{l}, nil
		}
	}
	return nil, fmt.Errorf("no lesson %q with a lesson.md", only)
}

// notebooksWrite regenerates one notebook, keeping the outputs of unchanged code cells.
func notebooksWrite(f *notebook.Flavour, l *notebook.Lesson, outDir string, stdout io.Writer) error {
	path := f.Path(outDir, l.Slug)
	old, err := notebook.Read(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	b, err := f.Build(l, old).Marshal()
	if err != nil {
		return err
	}
	if prev, err := os.ReadFile(path); err == nil && bytes.Equal(prev, b) {
		fmt.Fprintf(stdout, "notebooks: %s unchanged\n", path)
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := notebook.WriteFile(path, b); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "notebooks: wrote %s\n", path)
	return nil
}

// notebooksCheck compares every committed notebook with its lesson; with all, it also reports
// notebooks that no lesson makes. A gophernotes notebook that is missing or was never executed is
// only counted, unless strict (-kernel gophernotes): the gophernotes kernel is optional for lesson
// authors (scripts/setup.sh gophernotes installs it).
func notebooksCheck(ls []*notebook.Lesson, flavours []*notebook.Flavour, strict bool, outDir string, all bool, stdout io.Writer) error {
	var problems []string
	checked, missing, unexecuted := 0, 0, 0
	for _, f := range flavours {
		lenient := f == notebook.Gophernotes && !strict // missing or unexecuted: counted, not a problem
		for _, l := range ls {
			path := f.Path(outDir, l.Slug)
			got, err := notebook.Read(path)
			if lenient && errors.Is(err, os.ErrNotExist) {
				missing++
				continue
			}
			checked++
			if err != nil {
				problems = append(problems, fmt.Sprintf("%v (run: make notebooks)", err))
				continue
			}
			want := f.Build(l, nil)
			if err := notebook.Compare(path, want, got); err != nil {
				problems = append(problems, err.Error()+" (run: make notebooks)")
				continue
			}
			for i, c := range got.Cells {
				if c.Kind == notebook.Code && c.ExecutionCount == nil {
					if lenient {
						unexecuted++
						break
					}
					problems = append(problems, fmt.Sprintf("%s: cell %d (%s) has never been executed (run: make notebooks)", path, i+1, want.Cells[i].Where))
					break
				}
			}
		}
		if all {
			known := map[string]bool{}
			for _, l := range ls {
				known[f.Path(outDir, l.Slug)] = true
			}
			stale, _ := filepath.Glob(f.Path(outDir, "*"))
			for _, p := range stale {
				if !known[p] {
					problems = append(problems, fmt.Sprintf("%s: no lessons/%s/lesson.md makes this notebook (delete it)", p, strings.TrimSuffix(filepath.Base(p), ".ipynb")))
				}
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	fmt.Fprintf(stdout, "notebooks: %d notebook(s) match their lessons\n", checked)
	if missing+unexecuted > 0 {
		fmt.Fprintf(stdout, "notebooks: %d lesson(s) have no executed gophernotes notebook yet (make them: go run ./cmd/stepnet notebooks -execute -kernel gophernotes)\n", missing+unexecuted)
	}
	return nil
}

// notebooksExecute runs every notebook on its kernel, one after the other (each cell's compile takes
// the machine's cores), and writes back those that ran cleanly, with their outputs. Without strict,
// the gophernotes notebooks are skipped, with a note, when that kernel is not installed.
func notebooksExecute(ls []*notebook.Lesson, flavours []*notebook.Flavour, strict bool, outDir string, timeout time.Duration, stdout, stderr io.Writer) error {
	jupyter, err := notebook.Jupyter()
	if err != nil {
		return err
	}
	var run []*notebook.Flavour
	for _, f := range flavours {
		err := notebook.KernelInstalled(jupyter, f.Kernel)
		switch {
		case err == nil:
			run = append(run, f)
		case f == notebook.Gophernotes && !strict:
			fmt.Fprintf(stdout, "notebooks: %v; the gophernotes notebooks are not executed (install it: scripts/setup.sh gophernotes)\n", err)
		default:
			return err
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tmp, err := os.MkdirTemp("", "stepnet-notebooks-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	failed, n := 0, len(ls)*len(run)
	t0 := time.Now()
	for k, l := range ls {
		for j, f := range run {
			ok, err := notebooksExecuteOne(ctx, jupyter, f, l, outDir, filepath.Join(tmp, f.Kernel), timeout,
				fmt.Sprintf("[%d/%d]", k*len(run)+j+1, n), stdout, stderr)
			if err != nil {
				return err
			}
			if !ok {
				failed++
			}
		}
	}
	fmt.Fprintf(stdout, "notebooks: executed %d notebook(s) in %.1f s\n", n, time.Since(t0).Seconds())
	if failed > 0 {
		return fmt.Errorf("%d of %d notebook(s) failed", failed, n)
	}
	return nil
}

// notebooksExecuteOne executes one notebook and writes it back when it ran cleanly (ok).
func notebooksExecuteOne(ctx context.Context, jupyter string, f *notebook.Flavour, l *notebook.Lesson, outDir, tmp string, timeout time.Duration, count string, stdout, stderr io.Writer) (ok bool, err error) {
	path := f.Path(outDir, l.Slug)
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return false, err
	}
	start := time.Now()
	ex, err := notebook.Execute(ctx, jupyter, path, tmp, timeout)
	if err != nil {
		return false, err
	}
	want := f.Build(l, nil)
	problems := notebook.Problems(path, ex, want, l.Figures)
	slow, slowest := ex.SlowestCell()
	fmt.Fprintf(stdout, "notebooks: %s %s: %d cells, %d figure(s), %.1f s (slowest: cell %d, %.1f s)\n",
		count, filepath.ToSlash(filepath.Join(f.Dir, l.Slug)), len(ex.Cells), ex.Figures(), time.Since(start).Seconds(), slow+1, slowest)
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "notebooks: %s not updated:\n  %s\n", path, strings.Join(problems, "\n  "))
		if log := ex.LogTail(12); log != "" {
			fmt.Fprintf(stderr, "  the kernel's log ends with:\n%s\n", log)
		}
		return false, nil
	}
	if err := want.TakeOutputs(ex); err != nil {
		// The notebook changed while it ran (regenerated from an edited lesson by someone else).
		fmt.Fprintf(stderr, "notebooks: %s not updated: %v\n", path, err)
		return false, nil
	}
	b, err := want.Marshal()
	if err != nil {
		return false, err
	}
	return true, notebook.WriteFile(path, b)
}
