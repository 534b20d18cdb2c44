package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/stepnet/stepnet/internal/site"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/train"
)

func init() {
	register(command{
		name:    "site",
		summary: "write the lessons as a static web site, with MathJax, the printed sheets and the WebAssembly playground",
		run:     siteRun,
	})
}

func siteRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("site", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "site", "output folder")
	root := fs.String("root", ".", "the stepnet checkout to read notebooks/ and lessons/ from")
	cache := fs.String("cache", "", "folder keeping the MathJax package between builds (default: site/ in $STEPNET_CACHE or the user cache folder)")
	mathjax := fs.String("mathjax", "", "a mathjax-"+site.MathJaxVersion+".tgz to use instead of `npm pack` (its integrity is checked)")
	plots := fs.Bool("plots", true, "render the printed A4 sheets (stepnet plots -format pdf) into OUT/plots")
	wasm := fs.Bool("wasm", true, "build the playground's WebAssembly (GOOS=js GOARCH=wasm go build ./cmd/playground)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet site -out DIR [-plots=false] [-wasm=false] [-mathjax FILE.tgz]")
		fmt.Fprintln(stderr, "\nWrites a static site that works from file:// and any static host: DIR/index.html, a page per")
		fmt.Fprintln(stderr, "lesson from its executed notebook, DIR/plots/NN-slug.pdf, DIR/playground/. Flags:")
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
	if _, err := os.Stat(filepath.Join(*root, "notebooks")); err != nil {
		return fmt.Errorf("%v: run stepnet site from the checkout, or give -root", err)
	}
	if *cache == "" {
		dir, err := train.CacheDir()
		if err != nil {
			return err
		}
		*cache = filepath.Join(dir, "site")
	}
	start := time.Now()
	var plotTime time.Duration
	if *plots {
		t := time.Now()
		if err := plotsRun([]string{"-out", filepath.Join(*out, "plots"), "-format", "pdf"}, io.Discard, stderr); err != nil {
			return fmt.Errorf("the printed sheets: %w", err)
		}
		if _, err := os.Stat(filepath.Join(*root, "notebooks", "fr")); err == nil {
			if err := sitePlotsFrench(filepath.Join(*out, "fr", "plots"), stderr); err != nil {
				return fmt.Errorf("the French printed sheets: %w", err)
			}
		}
		plotTime = time.Since(t)
	}
	r, err := site.Build(site.Options{Root: *root, Out: *out, CacheDir: *cache, MathJax: *mathjax, NoWasm: !*wasm, Log: stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "site: %d lessons, %d of them in French too (%d figures, %d HTML outputs, %d exercises), %d printed sheets in %s\n",
		r.Lessons, r.French, r.Figures, r.Widgets, r.Exercises, r.Sheets, *out)
	if *wasm {
		fmt.Fprintf(stdout, "site: playground.wasm %.2f MB (%.2f MB gzipped)\n", float64(r.WasmBytes)/1e6, float64(r.WasmGzip)/1e6)
	}
	fmt.Fprintf(stdout, "site: %.1f s: sheets %.1f s, MathJax %s %.1f s, pages %.1f s, playground %.1f s\n",
		time.Since(start).Seconds(), plotTime.Seconds(), site.MathJaxVersion, r.MathJax.Seconds(), r.Pages.Seconds(), r.Wasm.Seconds())
	fmt.Fprintf(stdout, "open %s\n", filepath.Join(*out, "index.html"))
	return nil
}

// sitePlotsFrench renders the printed sheets in French for the site's French pages: stepnet plots
// with pkg/lang set to French, the environment's STEPNET_LANG included (a command's default
// language), both set back after.
func sitePlotsFrench(out string, stderr io.Writer) error {
	prev, had := os.LookupEnv(lang.EnvVar)
	os.Setenv(lang.EnvVar, "fr")
	defer func() {
		if had {
			os.Setenv(lang.EnvVar, prev)
		} else {
			os.Unsetenv(lang.EnvVar)
		}
	}()
	prevLang := lang.Get()
	if err := lang.Set("fr"); err != nil {
		return err
	}
	defer lang.Set(prevLang)
	return plotsRun([]string{"-out", out, "-format", "pdf"}, io.Discard, stderr)
}
