package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/stepnet/stepnet/pkg/lang"
)

func init() {
	register(command{name: "setupok", summary: "print the notebook setup cell's last line, in $STEPNET_LANG (scripts/gonb-setup.sh runs it)", run: setupOK})
}

// setupOK prints the line that ends a notebook's setup cell once the stepnet
// module is in place: from the checkout around the notebook, or, with -root,
// from the folder STEPNET_ROOT named. scripts/gonb-setup.sh runs it, so that a
// French notebook (%env STEPNET_LANG=fr) says it in French, from the one
// catalogue.
func setupOK(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("setupok", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", "", "the checkout STEPNET_ROOT named (default: the checkout around the notebook)")
	tag := langFlag(fs)
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
	if *root != "" {
		fmt.Fprintln(stdout, lang.F("notebook.setup.root", *root))
	} else {
		fmt.Fprintln(stdout, lang.T("notebook.setup.checkout"))
	}
	return nil
}
