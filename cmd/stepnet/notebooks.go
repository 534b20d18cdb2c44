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
		summary: "generate notebooks/NN-slug.ipynb from lessons/NN-slug/lesson.md; -check, -execute",
		run:     notebooksRun,
	})
}

func notebooksRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("notebooks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lessonsDir := fs.String("lessons", "lessons", "folder of the lesson sources (NN-slug/lesson.md)")
	outDir := fs.String("out", "notebooks", "folder of the notebooks")
	check := fs.Bool("check", false, "change nothing; fail when a notebook's cells differ from its lesson or were never executed")
	execute := fs.Bool("execute", false, "generate, then execute every notebook on the GoNB kernel and keep the outputs")
	only := fs.String("lesson", "", "only this lesson: its number (5, 05) or folder name (05-learning-rate)")
	timeout := fs.Duration("timeout", 10*time.Minute, "with -execute: longest a cell may run (the first cell of a cold build cache compiles gonum)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet notebooks [-check | -execute] [-lesson NN] [-lessons DIR] [-out DIR]")
		fmt.Fprintln(stderr, "\nWrites OUT/NN-slug.ipynb for every LESSONS/NN-slug/lesson.md (format: lessons/README.md). Code cells")
		fmt.Fprintln(stderr, "whose source did not change keep their outputs. Flags:")
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
		return notebooksCheck(ls, *outDir, *only == "", stdout)
	}
	for _, l := range ls {
		if err := notebooksWrite(l, *outDir, stdout); err != nil {
			return err
		}
	}
	if *execute {
		return notebooksExecute(ls, *outDir, *timeout, stdout, stderr)
	}
	return nil
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

// notebookPath is where a lesson's notebook lives.
func notebookPath(outDir string, l *notebook.Lesson) string {
	return filepath.Join(outDir, l.Slug+".ipynb")
}

// notebooksWrite regenerates one notebook, keeping the outputs of unchanged code cells.
func notebooksWrite(l *notebook.Lesson, outDir string, stdout io.Writer) error {
	path := notebookPath(outDir, l)
	old, err := notebook.Read(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	b, err := notebook.Build(l, old).Marshal()
	if err != nil {
		return err
	}
	if prev, err := os.ReadFile(path); err == nil && bytes.Equal(prev, b) {
		fmt.Fprintf(stdout, "notebooks: %s unchanged\n", path)
		return nil
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	if err := notebook.WriteFile(path, b); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "notebooks: wrote %s\n", path)
	return nil
}

// notebooksCheck compares every committed notebook with its lesson; with all, it also reports
// notebooks that no lesson makes.
func notebooksCheck(ls []*notebook.Lesson, outDir string, all bool, stdout io.Writer) error {
	var problems []string
	for _, l := range ls {
		path := notebookPath(outDir, l)
		got, err := notebook.Read(path)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%v (run: make notebooks)", err))
			continue
		}
		want := notebook.Build(l, nil)
		if err := notebook.Compare(path, want, got); err != nil {
			problems = append(problems, err.Error()+" (run: make notebooks)")
			continue
		}
		for i, c := range got.Cells {
			if c.Kind == notebook.Code && c.ExecutionCount == nil {
				problems = append(problems, fmt.Sprintf("%s: cell %d (%s) has never been executed (run: make notebooks)", path, i+1, want.Cells[i].Where))
				break
			}
		}
	}
	if all {
		known := map[string]bool{}
		for _, l := range ls {
			known[notebookPath(outDir, l)] = true
		}
		stale, _ := filepath.Glob(filepath.Join(outDir, "*.ipynb"))
		for _, p := range stale {
			if !known[p] {
				problems = append(problems, fmt.Sprintf("%s: no lessons/%s/lesson.md makes this notebook (delete it)", p, strings.TrimSuffix(filepath.Base(p), ".ipynb")))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	fmt.Fprintf(stdout, "notebooks: %d notebook(s) match their lessons\n", len(ls))
	return nil
}

// notebooksExecute runs every notebook on the kernel, one after the other (each cell's compile takes
// the machine's cores), and writes back those that ran cleanly, with their outputs.
func notebooksExecute(ls []*notebook.Lesson, outDir string, timeout time.Duration, stdout, stderr io.Writer) error {
	jupyter, err := notebook.Jupyter()
	if err != nil {
		return err
	}
	if err := notebook.KernelInstalled(jupyter, "gonb"); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tmp, err := os.MkdirTemp("", "stepnet-notebooks-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	failed := 0
	t0 := time.Now()
	for k, l := range ls {
		path := notebookPath(outDir, l)
		start := time.Now()
		ex, err := notebook.Execute(ctx, jupyter, path, tmp, timeout)
		if err != nil {
			return err
		}
		want := notebook.Build(l, nil)
		problems := notebook.Problems(path, ex, want, l.Figures)
		secs := ex.CellSeconds()
		slow, slowest := 0, 0.0
		for i, s := range secs {
			if s > slowest {
				slow, slowest = i, s
			}
		}
		fmt.Fprintf(stdout, "notebooks: [%d/%d] %s: %d cells, %d figure(s), %.1f s (slowest: cell %d, %.1f s)\n",
			k+1, len(ls), l.Slug, len(ex.Cells), ex.Figures(), time.Since(start).Seconds(), slow+1, slowest)
		if len(problems) > 0 {
			failed++
			fmt.Fprintf(stderr, "notebooks: %s not updated:\n  %s\n", path, strings.Join(problems, "\n  "))
			continue
		}
		if err := want.TakeOutputs(ex); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		b, err := want.Marshal()
		if err != nil {
			return err
		}
		if err := notebook.WriteFile(path, b); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "notebooks: executed %d notebook(s) in %.1f s\n", len(ls), time.Since(t0).Seconds())
	if failed > 0 {
		return fmt.Errorf("%d of %d notebook(s) failed", failed, len(ls))
	}
	return nil
}
