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
	"slices"
	"strings"
	"time"

	"github.com/stepnet/stepnet/internal/notebook"
)

func init() {
	register(command{
		name:    "notebooks",
		summary: "generate notebooks/NN-slug.ipynb (GoNB), notebooks/gophernotes/NN-slug.ipynb and notebooks/fr/NN-slug.ipynb from lessons/NN-slug/lesson.md and lesson.fr.md; -check, -execute",
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
	langs := fs.String("lang", "both", "the lessons: en (lesson.md), fr (lesson.fr.md, on GoNB only) or both")
	timeout := fs.Duration("timeout", 10*time.Minute, "with -execute: longest a cell may run (the first cell of a cold build cache compiles gonum)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet notebooks [-check | -execute] [-kernel gonb|gophernotes|both] [-lang en|fr|both] [-lesson NN] [-lessons DIR] [-out DIR]")
		fmt.Fprintln(stderr, "\nWrites OUT/NN-slug.ipynb (GoNB) and OUT/gophernotes/NN-slug.ipynb for every LESSONS/NN-slug/lesson.md,")
		fmt.Fprintln(stderr, "and OUT/fr/NN-slug.ipynb (GoNB) for every translation LESSONS/NN-slug/lesson.fr.md, whose code cells")
		fmt.Fprintln(stderr, "must be lesson.md's but for comments and labels, printed or in figures (format: lessons/README.md). Code cells whose")
		fmt.Fprintln(stderr, "source did not change keep their outputs. Flags:")
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
	flavours, strict, err := notebooksFlavours(*kernel, *langs)
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
	jobs, err := notebooksJobs(*lessonsDir, ls, flavours)
	if err != nil {
		return err
	}
	if *check {
		return notebooksCheck(jobs, flavours, strict, *outDir, *only == "", stdout)
	}
	for _, j := range jobs {
		if err := notebooksWrite(j.f, j.l, *outDir, stdout); err != nil {
			return err
		}
	}
	if *execute {
		return notebooksExecute(jobs, strict, *outDir, *timeout, stdout, stderr)
	}
	return nil
}

// notebookJob is one notebook to make, check or execute: a lesson (English or a translation) in a flavour.
type notebookJob struct {
	f *notebook.Flavour
	l *notebook.Lesson
}

// notebooksJobs pairs the selected English lessons ls with the flavours, lesson by lesson: the
// flavours of English notebooks with ls, the French flavour with the lessons of ls that have a
// lesson.fr.md, after checking that its code cells are lesson.md's (notebook.CompareCode): a
// translation that runs other code is an error, whatever the command does with it.
func notebooksJobs(dir string, ls []*notebook.Lesson, flavours []*notebook.Flavour) ([]notebookJob, error) {
	tr := map[string]*notebook.Lesson{}
	if slices.Contains(flavours, notebook.GoNBFrench) {
		fr, err := notebook.LoadDirLang(dir, notebook.French)
		if err != nil {
			return nil, err
		}
		en := map[string]*notebook.Lesson{}
		for _, l := range ls {
			en[l.Slug] = l
		}
		var problems []string
		for _, l := range fr {
			if e := en[l.Slug]; e != nil {
				if err := notebook.CompareCode(e, l); err != nil {
					problems = append(problems, err.Error())
				}
				tr[l.Slug] = l
			}
		}
		if len(problems) > 0 {
			return nil, fmt.Errorf("%d translation(s) whose code is not their lesson's (a translation changes prose, comments and labels only, printed or in figures):\n  %s",
				len(problems), strings.Join(problems, "\n  "))
		}
	}
	var jobs []notebookJob
	for _, l := range ls {
		for _, f := range flavours {
			switch {
			case f.Lang == "":
				jobs = append(jobs, notebookJob{f, l})
			case tr[l.Slug] != nil:
				jobs = append(jobs, notebookJob{f, tr[l.Slug]})
			}
		}
	}
	return jobs, nil
}

// notebooksFlavours reads -kernel and -lang: the flavours to work on, and whether the gophernotes
// flavour was asked for by name (strict: a missing gophernotes notebook or kernel is then an error).
// The French lessons have GoNB notebooks only.
func notebooksFlavours(kernel, lang string) ([]*notebook.Flavour, bool, error) {
	var fs []*notebook.Flavour
	strict := false
	switch kernel {
	case "both":
		fs = []*notebook.Flavour{notebook.GoNB, notebook.Gophernotes, notebook.GoNBFrench}
	case notebook.GoNB.Kernel:
		fs = []*notebook.Flavour{notebook.GoNB, notebook.GoNBFrench}
	case notebook.Gophernotes.Kernel:
		fs, strict = []*notebook.Flavour{notebook.Gophernotes}, true
	default:
		return nil, false, fmt.Errorf("-kernel %q: want gonb, gophernotes or both", kernel)
	}
	var drop func(*notebook.Flavour) bool
	switch lang {
	case "both":
		return fs, strict, nil
	case "en":
		drop = func(f *notebook.Flavour) bool { return f.Lang != "" }
	case notebook.French:
		if kernel == notebook.Gophernotes.Kernel {
			return nil, false, fmt.Errorf("-lang fr -kernel gophernotes: the French lessons have GoNB notebooks only")
		}
		drop = func(f *notebook.Flavour) bool { return f.Lang != notebook.French }
	default:
		return nil, false, fmt.Errorf("-lang %q: want en, fr or both", lang)
	}
	return slices.DeleteFunc(fs, drop), strict, nil
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
func notebooksCheck(jobs []notebookJob, flavours []*notebook.Flavour, strict bool, outDir string, all bool, stdout io.Writer) error {
	var problems []string
	checked, missing, unexecuted := 0, 0, 0
	for _, j := range jobs {
		f, l := j.f, j.l
		lenient := f == notebook.Gophernotes && !strict // missing or unexecuted: counted, not a problem
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
		for _, f := range flavours {
			known := map[string]bool{}
			for _, j := range jobs {
				if j.f == f {
					known[f.Path(outDir, j.l.Slug)] = true
				}
			}
			stale, _ := filepath.Glob(f.Path(outDir, "*"))
			for _, p := range stale {
				if !known[p] {
					problems = append(problems, fmt.Sprintf("%s: no lessons/%s/%s makes this notebook (delete it)", p, strings.TrimSuffix(filepath.Base(p), ".ipynb"), notebook.File(f.Lang)))
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
func notebooksExecute(jobs []notebookJob, strict bool, outDir string, timeout time.Duration, stdout, stderr io.Writer) error {
	jupyter, err := notebook.Jupyter()
	if err != nil {
		return err
	}
	installed := map[string]bool{}
	var run []notebookJob
	for _, j := range jobs {
		ok, seen := installed[j.f.Kernel]
		if !seen {
			err := notebook.KernelInstalled(jupyter, j.f.Kernel)
			switch {
			case err == nil:
				ok = true
			case j.f == notebook.Gophernotes && !strict:
				fmt.Fprintf(stdout, "notebooks: %v; the gophernotes notebooks are not executed (install it: scripts/setup.sh gophernotes)\n", err)
			default:
				return err
			}
			installed[j.f.Kernel] = ok
		}
		if ok {
			run = append(run, j)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tmp, err := os.MkdirTemp("", "stepnet-notebooks-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	failed, n := 0, len(run)
	t0 := time.Now()
	for k, j := range run {
		ok, err := notebooksExecuteOne(ctx, jupyter, j.f, j.l, outDir, filepath.Join(tmp, j.f.Kernel, j.f.Lang), timeout,
			fmt.Sprintf("[%d/%d]", k+1, n), stdout, stderr)
		if err != nil {
			return err
		}
		if !ok {
			failed++
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
