// Package notebooks executes every lesson notebook headlessly: notebooks/NN-slug.ipynb on the GoNB
// kernel, notebooks/gophernotes/NN-slug.ipynb on the gophernotes kernel, and compares the figures,
// HTML and printed text of the two flavours of each lesson; and the French notebooks,
// notebooks/fr/NN-slug.ipynb (from lesson.fr.md), on GoNB.
//
// The tests need Debian's Jupyter and the kernels (scripts/setup.sh gonb gophernotes installs them).
// Without them they are skipped, unless STEPNET_REQUIRE_NOTEBOOKS=1 (set by `make test` and CI), where
// they fail; there, a missing gophernotes kernel is first installed with scripts/setup.sh gophernotes
// (`make test` sets up GoNB only).
package notebooks

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepnet/stepnet/internal/notebook"
)

const (
	root        = "../.."
	cellTimeout = 10 * time.Minute // the first cell on a cold build cache compiles gonum and gonum/plot
	cellBudget  = 10.0             // seconds a warm cell may take (lessons/README.md); over it is logged
)

// gonbRuns keeps this run's GoNB executions by lesson, for the comparison with gophernotes (the
// notebooks run side by side: gonbMu guards the map).
var (
	gonbMu   sync.Mutex
	gonbRuns = map[string]*notebook.Notebook{}
)

// jobs is how many notebooks run at once: $STEPNET_NOTEBOOK_JOBS, else 2. A notebook waits more
// than it computes (a GoNB cell is goimports, go get, go build and the program, one after the other,
// with Jupyter's messages between them). Measured on the 2-core machine (2026-12-04, nice 19): the
// French lessons 01, 03, 07 and 10 took 62 and 71 s one at a time, 40 and 57 s two at a time, for
// the same 51 s of CPU (runs alternated, load 2–4); the English 03, 04, 05, 07 and 10 took 235 s one
// at a time, 88 s two at a time and 105 s three at a time, for the same 63 s of CPU (load 4–7).
func jobs() int {
	if n, err := strconv.Atoi(os.Getenv("STEPNET_NOTEBOOK_JOBS")); err == nil && n >= 1 {
		return n
	}
	return 2
}

// eachLesson runs run(t, l) as the subtest l.Slug of t for each lesson, jobs() at a time, handed out
// in the lessons' order, and returns how many ran (a subtest -run leaves out does not count).
// t.Run may be called from several goroutines at once; all of them end before eachLesson returns.
func eachLesson(t *testing.T, lessons []*notebook.Lesson, run func(t *testing.T, l *notebook.Lesson)) int {
	next := make(chan *notebook.Lesson)
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		ran int
	)
	for range jobs() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range next {
				t.Run(l.Slug, func(t *testing.T) {
					mu.Lock()
					ran++
					mu.Unlock()
					run(t, l)
				})
			}
		}()
	}
	for _, l := range lessons {
		next <- l
	}
	close(next)
	wg.Wait()
	return ran
}

// missing skips the test, or fails it when notebooks are required.
func missing(t *testing.T, err error) {
	t.Helper()
	if os.Getenv("STEPNET_REQUIRE_NOTEBOOKS") == "1" {
		t.Fatalf("%v (STEPNET_REQUIRE_NOTEBOOKS=1)", err)
	}
	t.Skipf("skipped: %v; scripts/setup.sh installs Jupyter and GoNB (set STEPNET_REQUIRE_NOTEBOOKS=1 to fail instead)", err)
}

// TestNotebooksExecute runs each committed notebook into a temporary folder (the committed files are
// not touched) and fails on an error output, a panic or failed program on stderr, a notebook that
// differs from its lesson, and fewer figures than the lesson declares.
func TestNotebooksExecute(t *testing.T) {
	lessons, err := notebook.LoadDir(filepath.Join(root, "lessons"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lessons) == 0 {
		t.Fatal("no lessons/NN-slug/lesson.md")
	}
	jupyter, err := notebook.Jupyter()
	if err != nil {
		missing(t, err)
	}
	if err := notebook.KernelInstalled(jupyter, "gonb"); err != nil {
		missing(t, err)
	}
	// The setup cell must find the checkout from the notebook's folder, as for a student.
	t.Setenv("STEPNET_ROOT", "")
	ctx := testContext(t)
	out := t.TempDir()
	total := time.Now()
	ran := eachLesson(t, lessons, func(t *testing.T, l *notebook.Lesson) {
		path := notebook.GoNB.Path(filepath.Join(root, "notebooks"), l.Slug)
		committed, err := notebook.Read(path)
		if err != nil {
			t.Fatalf("%v (run: make notebooks)", err)
		}
		ex := runNotebook(t, ctx, jupyter, notebook.GoNB, l, path, committed, out)
		gonbMu.Lock()
		gonbRuns[l.Slug] = ex
		gonbMu.Unlock()
	})
	t.Logf("%d notebook(s) executed in %.1f s, %d at a time", ran, time.Since(total).Seconds(), jobs())
}

// TestFrenchNotebooksExecute runs each French notebook (notebooks/fr/NN-slug.ipynb, made from a
// lesson.fr.md) on GoNB into a temporary folder, with the same checks as TestNotebooksExecute: no
// error, the figures the lesson declares, committed outputs equal to this run's. Their code cells are
// the English lesson's (stepnet notebooks -check compares them), so they only cost the time of
// running them again, in French.
func TestFrenchNotebooksExecute(t *testing.T) {
	lessons, err := notebook.LoadDirLang(filepath.Join(root, "lessons"), notebook.French)
	if err != nil {
		t.Fatal(err)
	}
	if len(lessons) == 0 {
		t.Fatal("no lessons/NN-slug/lesson.fr.md")
	}
	jupyter, err := notebook.Jupyter()
	if err != nil {
		missing(t, err)
	}
	if err := notebook.KernelInstalled(jupyter, notebook.GoNBFrench.Kernel); err != nil {
		missing(t, err)
	}
	t.Setenv("STEPNET_ROOT", "")
	ctx := testContext(t)
	out := t.TempDir()
	total := time.Now()
	ran := eachLesson(t, lessons, func(t *testing.T, l *notebook.Lesson) {
		path := notebook.GoNBFrench.Path(filepath.Join(root, "notebooks"), l.Slug)
		committed, err := notebook.Read(path)
		if err != nil {
			t.Fatalf("%v (run: go run ./cmd/stepnet notebooks -execute -kernel gonb -lang fr -lesson %s)", err, l.Slug[:2])
		}
		runNotebook(t, ctx, jupyter, notebook.GoNBFrench, l, path, committed, out)
	})
	t.Logf("%d French notebook(s) executed in %.1f s, %d at a time", ran, time.Since(total).Seconds(), jobs())
}

// TestGophernotesExecute runs each committed gophernotes notebook into a temporary folder and fails
// on an error output, a notebook that differs from its lesson, fewer figures than the lesson
// declares, and figures, HTML or printed text that differ from the GoNB flavour's (this run's execution when
// TestNotebooksExecute ran before, else the committed GoNB notebook). A lesson without a gophernotes
// notebook is logged: `stepnet notebooks -execute -kernel gophernotes` makes them.
func TestGophernotesExecute(t *testing.T) {
	lessons, err := notebook.LoadDir(filepath.Join(root, "lessons"))
	if err != nil {
		t.Fatal(err)
	}
	jupyter, err := notebook.Jupyter()
	if err != nil {
		missing(t, err)
	}
	if err := notebook.KernelInstalled(jupyter, notebook.Gophernotes.Kernel); err != nil {
		if os.Getenv("STEPNET_REQUIRE_NOTEBOOKS") != "1" {
			missing(t, err)
		}
		start := time.Now()
		out, err := exec.Command(filepath.Join(root, "scripts", "setup.sh"), "gophernotes").CombinedOutput()
		t.Logf("scripts/setup.sh gophernotes (%.0f s):\n%s", time.Since(start).Seconds(), out)
		if err != nil {
			t.Fatalf("scripts/setup.sh gophernotes: %v", err)
		}
		if err := notebook.KernelInstalled(jupyter, notebook.Gophernotes.Kernel); err != nil {
			missing(t, err)
		}
	}
	ctx := testContext(t)
	out := t.TempDir()
	total := time.Now()
	var have []*notebook.Lesson
	var absent []string
	for _, l := range lessons {
		if _, err := os.Stat(notebook.Gophernotes.Path(filepath.Join(root, "notebooks"), l.Slug)); errors.Is(err, os.ErrNotExist) {
			absent = append(absent, l.Slug)
			continue
		}
		have = append(have, l)
	}
	ran := eachLesson(t, have, func(t *testing.T, l *notebook.Lesson) {
		path := notebook.Gophernotes.Path(filepath.Join(root, "notebooks"), l.Slug)
		committed, err := notebook.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		ex := runNotebook(t, ctx, jupyter, notebook.Gophernotes, l, path, committed, out)

		// The same figures, HTML and printed text as on GoNB.
		gonbMu.Lock()
		gonb, from := gonbRuns[l.Slug], "this run's GoNB execution"
		gonbMu.Unlock()
		if gonb == nil {
			gpath := notebook.GoNB.Path(filepath.Join(root, "notebooks"), l.Slug)
			if gonb, err = notebook.Read(gpath); err != nil {
				t.Fatalf("the GoNB flavour: %v", err)
			}
			from = "the committed " + filepath.Base(gpath) + " (stale if pkg/ changed since: run TestNotebooksExecute too)"
		}
		gwant := notebook.GoNB.Build(l, nil)
		if len(gonb.Cells) == len(gwant.Cells) {
			for i := range gonb.Cells {
				gonb.Cells[i].Where = gwant.Cells[i].Where
			}
		}
		for _, p := range append(notebook.CompareOutputs(gonb, ex), notebook.CompareText(gonb, ex)...) {
			t.Errorf("gophernotes/%s against %s: %s", l.Slug, from, p)
		}
	})
	if len(absent) > 0 {
		t.Logf("%d lesson(s) have no gophernotes notebook yet (%s): go run ./cmd/stepnet notebooks -execute -kernel gophernotes",
			len(absent), strings.Join(absent, ", "))
	}
	t.Logf("%d gophernotes notebook(s) executed in %.1f s, %d at a time", ran, time.Since(total).Seconds(), jobs())
}

// runNotebook checks that the committed notebook of flavour f has its lesson's cells, executes it
// into out, fails the test on every problem of the run (error outputs, panics, missing figures; with
// the kernel's log when it has one) and on committed outputs that differ from the run's, logs the
// timings, and returns the executed notebook.
func runNotebook(t *testing.T, ctx context.Context, jupyter string, f *notebook.Flavour, l *notebook.Lesson, path string, committed *notebook.Notebook, out string) *notebook.Notebook {
	t.Helper()
	want := f.Build(l, nil)
	if err := notebook.Compare(path, want, committed); err != nil {
		t.Errorf("%v (run: make notebooks)", err)
	}
	start := time.Now()
	ex, err := notebook.Execute(ctx, jupyter, path, out, cellTimeout)
	if err != nil {
		t.Fatal(err)
	}
	problems := notebook.Problems(path, ex, want, l.Figures)
	for _, p := range problems {
		t.Error(p)
	}
	if len(problems) > 0 && ex.LogTail(12) != "" {
		t.Logf("the kernel's log ends with:\n%s", ex.LogTail(12))
	}
	// The committed outputs are what this run shows: the same figures and printed numbers (a change
	// in pkg/ that moves a number must come with re-executed notebooks, and prose that agrees).
	if len(committed.Cells) == len(want.Cells) {
		for i := range committed.Cells {
			committed.Cells[i].Where = want.Cells[i].Where
		}
	}
	// (Cells multiply with gonum's own code, whose numbers are the same on every CPU.)
	stale := append(notebook.CompareOutputs(committed, ex), notebook.CompareText(committed, ex)...)
	for _, p := range stale {
		t.Errorf("%s is stale against this run (run: make notebooks, and check the lesson's prose): %s", filepath.ToSlash(path), p)
	}
	logTimes(t, filepath.ToSlash(filepath.Join(f.Dir, l.Slug)), ex, want, start)
	return ex
}

// logTimes logs a notebook's run: its cells, figures and time, the slowest
// cell, and every cell over the budget (a log, not a failure: the machines
// are shared and their timings noisy).
func logTimes(t *testing.T, name string, ex, want *notebook.Notebook, start time.Time) {
	t.Helper()
	for i, s := range ex.CellSeconds() {
		if s > cellBudget {
			t.Logf("cell %d (%s) took %.1f s, over the %.0f s budget of a cell", i+1, want.Cells[i].Where, s, cellBudget)
		}
	}
	slow, slowest := ex.SlowestCell()
	t.Logf("%s: %d cells, %d figure(s), %.1f s (slowest: cell %d, %.1f s)",
		name, len(ex.Cells), ex.Figures(), time.Since(start).Seconds(), slow+1, slowest)
}

// testContext ends 10 s before the test's deadline, so that a hung kernel is
// stopped and reported rather than killed with the whole test binary.
func testContext(t *testing.T) context.Context {
	ctx := context.Background()
	if d, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-10*time.Second))
		t.Cleanup(cancel)
	}
	return ctx
}
