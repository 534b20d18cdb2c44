package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/term"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/step"
)

func init() {
	register(command{name: "step", summary: "walk through a pass of a small network one equation per Enter", run: stepRun})
}

func stepRun(args []string, stdout, stderr io.Writer) error {
	interactive := term.IsTerminal(int(os.Stdin.Fd()))
	return stepMain(args, os.Stdin, interactive, stdout, stderr)
}

// stepMain is stepRun with its input made explicit, for the tests.
func stepMain(args []string, stdin io.Reader, interactive bool, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("step", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pass := fs.String("pass", "forward", "what to walk through: "+strings.Join(step.DemoPasses, ", "))
	seed := fs.Uint64("seed", 1, "seed of the network's weights")
	all := fs.Bool("all", false, "print every step at once (the default when the input is not a terminal)")
	table := fs.Bool("table", false, "print every step as one line of a table, for printing")
	htmlOut := fs.String("html", "", "write the step-through as a web page (Previous / Next buttons) to this file")
	tag := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet step [-pass "+strings.Join(step.DemoPasses, "|")+"] [-seed N] [-all] [-table] [-html FILE] [-lang en|fr]")
		fmt.Fprintln(stderr, "\nWalks a 2-3-2 sigmoid network (x = [0.5, -1], y = [1, 0]) through a pass, one step per Enter")
		fmt.Fprintln(stderr, "(b goes back, q quits). Flags:")
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
	if err := setLang(*tag); err != nil {
		return err
	}
	w, err := stepWalk(*pass, *seed)
	if err != nil {
		return err
	}
	switch {
	case *htmlOut != "":
		if err := stepWritePage(*htmlOut, w); err != nil {
			return err
		}
		fmt.Fprintln(stdout, lang.F("cli.step.wrote", *htmlOut, len(w.Steps)))
		return nil
	case *table:
		_, err := io.WriteString(stdout, w.Table())
		return err
	case *all || !interactive:
		_, err := io.WriteString(stdout, w.Text())
		return err
	}
	return stepInteract(w, stdin, stdout)
}

// stepWalk builds the walk of a pass of the lessons' small network.
func stepWalk(pass string, seed uint64) (*step.Walk, error) {
	if !slices.Contains(step.DemoPasses, pass) {
		return nil, usageError{fmt.Sprintf("unknown pass %q: want one of %s", pass, strings.Join(step.DemoPasses, ", "))}
	}
	return step.Demo(pass, seed)
}

// stepInteract shows one step at a time: Enter (or n) for the next, b for
// the previous, q to quit.
func stepInteract(w *step.Walk, stdin io.Reader, stdout io.Writer) error {
	fmt.Fprintf(stdout, "%s\n\n", lang.F("cli.step.head", w.Title, len(w.Steps)))
	in := bufio.NewScanner(stdin)
	k := 1
	for {
		fmt.Fprint(stdout, w.StepText(k))
		if k == len(w.Steps) {
			fmt.Fprintln(stdout, "\n"+lang.T("cli.step.last"))
			return nil
		}
		fmt.Fprint(stdout, "\n"+lang.T("cli.step.prompt")+" > ")
		if !in.Scan() {
			fmt.Fprintln(stdout)
			return in.Err()
		}
		switch strings.ToLower(strings.TrimSpace(in.Text())) {
		case "q", "quit":
			return nil
		case "b", "back", "p":
			k = max(k-1, 1)
		default:
			k++
		}
		fmt.Fprintln(stdout)
	}
}

// stepWritePage writes the walk as a complete web page, atomically.
func stepWritePage(path string, w *step.Walk) error {
	page := "<!DOCTYPE html>\n<html lang=\"" + lang.Get() + "\"><head><meta charset=\"utf-8\"/><title>stepnet step</title></head>\n<body>\n" +
		w.HTML() + w.TableHTML() + "</body></html>\n"
	return atomicfile.WriteFile(path, []byte(page), 0o600)
}
