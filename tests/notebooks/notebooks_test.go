// Package notebooks executes every lesson notebook headlessly on the GoNB kernel.
//
// The test needs Debian's Jupyter and the GoNB kernel (scripts/setup.sh installs both). Without them
// it is skipped, unless STEPNET_REQUIRE_NOTEBOOKS=1 (set by `make test` and CI), where it fails.
package notebooks

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stepnet/stepnet/internal/notebook"
)

const (
	root        = "../.."
	cellTimeout = 10 * time.Minute // the first cell on a cold build cache compiles gonum and gonum/plot
	cellBudget  = 10.0             // seconds a warm cell may take (lessons/README.md); over it is logged
)

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
	ctx := context.Background()
	if d, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-10*time.Second))
		defer cancel()
	}
	out := t.TempDir()
	total := time.Now()
	// One notebook at a time: every cell is a go build, and the machine has two cores.
	for _, l := range lessons {
		t.Run(l.Slug, func(t *testing.T) {
			path := filepath.Join(root, "notebooks", l.Slug+".ipynb")
			committed, err := notebook.Read(path)
			if err != nil {
				t.Fatalf("%v (run: make notebooks)", err)
			}
			want := notebook.Build(l, nil)
			if err := notebook.Compare(path, want, committed); err != nil {
				t.Errorf("%v (run: make notebooks)", err)
			}
			start := time.Now()
			ex, err := notebook.Execute(ctx, jupyter, path, out, cellTimeout)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range notebook.Problems(path, ex, want, l.Figures) {
				t.Error(p)
			}
			secs := ex.CellSeconds()
			slowest := 0
			for i, s := range secs {
				if s > secs[slowest] {
					slowest = i
				}
				if s > cellBudget {
					t.Logf("cell %d (%s) took %.1f s, over the %.0f s budget of a cell", i+1, want.Cells[i].Where, s, cellBudget)
				}
			}
			t.Logf("%s: %d cells, %d figure(s), %.1f s (slowest: cell %d, %.1f s)",
				l.Slug, len(ex.Cells), ex.Figures(), time.Since(start).Seconds(), slowest+1, secs[slowest])
		})
	}
	t.Logf("%d notebook(s) executed in %.1f s", len(lessons), time.Since(total).Seconds())
}
