package main

import (
	"flag"

	"github.com/stepnet/stepnet/pkg/lang"
)

// langFlag adds -lang to a command's flags: the language of what it writes
// for the user (figures, sheets, step-throughs, grader reports), by default
// $STEPNET_LANG or English. Call setLang with its value after parsing.
func langFlag(fs *flag.FlagSet) *string {
	def, _ := lang.Env() // a bad $STEPNET_LANG stops run before any command
	return fs.String("lang", def, lang.Usage())
}

// setLang makes tag the language of the command's output; a tag other than
// en or fr is a usage error.
func setLang(tag string) error {
	if err := lang.Set(tag); err != nil {
		return usageError{err.Error()}
	}
	return nil
}
