package main

import (
	"bytes"
	"context"
	"html"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/pkg/figures"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

// TestPlotsWholeSet renders every figure into a temporary folder and checks
// that every file is there and valid: PNGs decode, SVGs parse as XML, PDFs
// are complete with one page per figure (one per lesson sheet page).
func TestPlotsWholeSet(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"plots", "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	all := figures.Catalogue()
	perLesson := map[string]int{}
	for _, e := range all {
		perLesson[e.Lesson.Slug]++
		base := filepath.Join(out, e.Lesson.Slug, e.Name)
		b, err := os.ReadFile(base + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s.png: %v", base, err)
		}
		if b, err = os.ReadFile(base + ".svg"); err != nil {
			t.Fatal(err)
		}
		if err := viz.ValidSVG(b); err != nil {
			t.Errorf("%s.svg: %v", base, err)
		}
		if b, err = os.ReadFile(base + ".pdf"); err != nil {
			t.Fatal(err)
		}
		if n, err := viz.PDFPages(b); err != nil || n != 1 {
			t.Errorf("%s.pdf: %d pages, %v", base, n, err)
		}
		if !strings.Contains(stdout.String(), e.Lesson.Slug+"/"+e.Name+".") {
			t.Errorf("no progress line for %s/%s", e.Lesson.Slug, e.Name)
		}
	}
	for _, l := range lessons.All {
		want := perLesson[l.Slug]
		b, err := os.ReadFile(filepath.Join(out, l.Slug+".pdf"))
		if want == 0 {
			if err == nil {
				t.Errorf("%s.pdf written for a lesson without figures", l.Slug)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if n, err := viz.PDFPages(b); err != nil || n != want {
			t.Errorf("%s.pdf: %d pages, %v; want %d", l.Slug, n, err, want)
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(index), "<img "); got != len(all) {
		t.Errorf("index.html shows %d images, want %d", got, len(all))
	}
	// Nothing else: no temporary file left behind.
	err = filepath.Walk(out, func(path string, info os.FileInfo, err error) error {
		if strings.Contains(filepath.Base(path), ".tmp") {
			t.Errorf("temporary file left: %s", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestPlotsOneLessonOneFormat(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"plots", "-out", out, "-lesson", "1", "-format", "svg"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 || entries[0].Name() != "01-single-neuron" {
		t.Errorf("out holds %v, want only 01-single-neuron/", entries)
	}
	files, _ := os.ReadDir(filepath.Join(out, "01-single-neuron"))
	for _, f := range files {
		if filepath.Ext(f.Name()) != ".svg" {
			t.Errorf("unexpected %s", f.Name())
		}
	}
}

// TestPlotsFrench: -lang fr writes the figures, the sheet and the index in
// French, and leaves the language of the process as it found it for the
// next command of the test binary.
func TestPlotsFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"plots", "-out", out, "-lesson", "5", "-format", "png,svg", "-lang", "fr"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "2 figures dans") {
		t.Errorf("the progress is not in French: %s", stdout.String())
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="fr">`, "stepnet : figures des leçons", "05 · Régler le pas d'apprentissage", "Descente de gradient sur C(w) = ½w²"} {
		if !strings.Contains(html.UnescapeString(string(index)), want) {
			t.Errorf("index.html has no %q", want)
		}
	}
	svg, err := os.ReadFile(filepath.Join(out, "05-learning-rate", "regimes.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if s := string(svg); !strings.Contains(s, "Quatre pas d") || strings.Contains(s, "Four learning rates") {
		t.Error("regimes.svg has no French headline")
	}
	t.Setenv("STEPNET_LANG", "de")
	stderr.Reset()
	if code := run([]string{"plots", "-out", out}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "$STEPNET_LANG") {
		t.Errorf("STEPNET_LANG=de: exit %d, %s", code, stderr.String())
	}
}

func TestPlotsErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-lesson", "15"}, `unknown lesson "15"`},
		{[]string{"-lesson", "learning-rate"}, `unknown lesson "learning-rate"`},
		{[]string{"-format", "png,gif"}, `unknown format "gif"`},
		{[]string{"-format", ","}, "no format given"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-lang", "de"}, `unknown language "de": want one of en, fr`},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"plots", "-out", t.TempDir()}, tc.args...)
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: stderr %q does not say %q", tc.args, stderr.String(), tc.want)
		}
	}
}

func TestPlotsInterrupted(t *testing.T) {
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := plotsRender(ctx, out, figures.Catalogue(), []string{"png"}, 1, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "interrupted after 0") {
		t.Errorf("cancelled render: error %v", err)
	}
}
