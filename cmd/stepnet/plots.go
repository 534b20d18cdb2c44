package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/pkg/figures"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

func init() {
	register(command{
		name:    "plots",
		summary: "render every lesson figure (PNG, SVG, PDF), a printable sheet per lesson and an index.html",
		run:     plotsRun,
	})
}

func plotsRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("plots", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "plots", "output folder")
	formats := fs.String("format", strings.Join(viz.Formats, ","), "comma-separated formats: png, svg, pdf")
	lesson := fs.String("lesson", "", "render one lesson only: its number (5, 05) or slug (05-learning-rate)")
	seed := fs.Uint64("seed", figures.DefaultSeed, "seed of every random choice; the same seed gives the same files")
	tag := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet plots -out DIR [-format pdf,svg,png] [-lesson NN] [-seed N] [-lang en|fr]")
		fmt.Fprintln(stderr, "\nWrites DIR/NN-slug/NAME.FORMAT for every figure, DIR/NN-slug.pdf (one A4 page per figure, with")
		fmt.Fprintln(stderr, "pdf) and DIR/index.html showing every PNG (with png). Flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (flags come before nothing else)", fs.Arg(0))}
	}
	if err := setLang(*tag); err != nil {
		return err
	}
	fmts, err := plotsParseFormats(*formats)
	if err != nil {
		return usageError{err.Error()}
	}
	entries := figures.Catalogue()
	if *lesson != "" {
		l, err := lessons.Find(*lesson)
		if err != nil {
			return usageError{err.Error()}
		}
		entries, _ = figures.LessonEntries(l.Number)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return plotsRender(ctx, *out, entries, fmts, *seed, stdout)
}

// plotsParseFormats checks a comma-separated list of formats against viz.Formats.
func plotsParseFormats(s string) ([]string, error) {
	var fmts []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if !slices.Contains(viz.Formats, f) {
			return nil, fmt.Errorf("unknown format %q: want one or more of %s, separated by commas", f, strings.Join(viz.Formats, ","))
		}
		if !slices.Contains(fmts, f) {
			fmts = append(fmts, f)
		}
	}
	if len(fmts) == 0 {
		return nil, fmt.Errorf("no format given: want one or more of %s", strings.Join(viz.Formats, ","))
	}
	return fmts, nil
}

// plotsRender writes the figures of entries, lesson by lesson, with a progress
// line per figure. Every file is written atomically; an interrupt (ctx) stops
// between two files.
func plotsRender(ctx context.Context, out string, entries []figures.Entry, fmts []string, seed uint64, stdout io.Writer) error {
	start := time.Now()
	var pages []viz.Page
	for i, e := range entries {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("interrupted after %d of %d figures (every file written is complete)", i, len(entries))
		}
		t0 := time.Now()
		fig, err := e.Build(seed)
		if err != nil {
			return fmt.Errorf("%s/%s: %w", e.Lesson.Slug, e.Name, err)
		}
		dir := filepath.Join(out, e.Lesson.Slug)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for _, f := range fmts {
			b, err := fig.File(f) // PNG at viz.PrintDPI
			if err != nil {
				return fmt.Errorf("%s/%s.%s: %w", e.Lesson.Slug, e.Name, f, err)
			}
			if err := viz.WriteFileAtomic(filepath.Join(dir, e.Name+"."+f), b); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "[%2d/%d] %s/%s.{%s} %.1fs\n", i+1, len(entries), e.Lesson.Slug, e.Name, strings.Join(fmts, ","), time.Since(t0).Seconds())
		pages = append(pages, viz.Page{
			Heading: lang.F("plots.heading", e.Lesson.Number, e.Lesson.LocalTitle(), e.Name),
			Figure:  fig,
			Caption: e.Caption,
		})
		last := i == len(entries)-1 || entries[i+1].Lesson.Number != e.Lesson.Number
		if last && slices.Contains(fmts, "pdf") {
			b, err := viz.SheetPDF(pages)
			if err != nil {
				return fmt.Errorf("%s.pdf: %w", e.Lesson.Slug, err)
			}
			if err := viz.WriteFileAtomic(filepath.Join(out, e.Lesson.Slug+".pdf"), b); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "        %s\n", lang.F("plots.sheet", e.Lesson.Slug, len(pages)))
		}
		if last {
			pages = nil
		}
	}
	if slices.Contains(fmts, "png") {
		if err := plotsWriteIndex(out); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "        index.html\n")
	}
	fmt.Fprintln(stdout, lang.F("plots.done", len(entries), out, time.Since(start).Seconds()))
	return nil
}

// plotsWriteIndex writes DIR/index.html showing every catalogue PNG present in DIR,
// so that rendering one lesson keeps the others in the index.
func plotsWriteIndex(out string) error {
	var b bytes.Buffer
	title := html.EscapeString(lang.T("plots.index.title"))
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}
figure{margin:1em 0 2em}img{max-width:100%%;border:1px solid #ddd}figcaption{color:#333}</style>
</head><body><h1>%s</h1>
`, lang.Get(), title, title)
	current := 0
	for _, e := range figures.Catalogue() {
		rel := e.Lesson.Slug + "/" + e.Name + ".png"
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err != nil {
			continue
		}
		if e.Lesson.Number != current {
			current = e.Lesson.Number
			fmt.Fprintf(&b, "<h2 id=\"%s\">%02d · %s</h2>\n", e.Lesson.Slug, e.Lesson.Number, html.EscapeString(e.Lesson.LocalTitle()))
			if _, err := os.Stat(filepath.Join(out, e.Lesson.Slug+".pdf")); err == nil {
				fmt.Fprintf(&b, "<p><a href=\"%s.pdf\">%s</a></p>\n", e.Lesson.Slug, html.EscapeString(lang.T("plots.index.sheet")))
			}
		}
		fmt.Fprintf(&b, "<figure><img src=\"%s\" alt=\"%s\"><figcaption><b>%s</b>: %s</figcaption></figure>\n",
			rel, html.EscapeString(e.Name), html.EscapeString(e.Name), subscriptHTML(html.EscapeString(e.Caption)))
	}
	b.WriteString("</body></html>\n")
	return viz.WriteFileAtomic(filepath.Join(out, "index.html"), b.Bytes())
}

// subscriptHTML writes the captions' subscripts, "η_{opt}" (viz.Subscripts
// draws them in the figures), as HTML: η<sub>opt</sub>.
func subscriptHTML(s string) string {
	return subscriptRE.ReplaceAllString(s, "<sub>$1</sub>")
}

var subscriptRE = regexp.MustCompile(`_\{([^{}]*)\}`)
