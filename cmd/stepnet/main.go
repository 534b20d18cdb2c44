// Command stepnet drives the stepnet teaching kit from a terminal.
//
// Usage:
//
//	stepnet <command> [flags]
//
// Each command lives in its own file of this folder and registers itself with
// register; run "stepnet help" for the list.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/stepnet/stepnet/pkg/lang"
)

// command is one subcommand of stepnet.
type command struct {
	name    string
	summary string
	// run receives the arguments after the command's name. It returns an error
	// for the user; main prints it and exits with status 1 (2 for usage).
	run func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// register adds a subcommand; each command's file calls it from init.
func register(c command) { commands[c.name] = c }

// usageError marks an error caused by how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(stdout)
		return 0
	}
	if _, err := lang.Env(); err != nil {
		fmt.Fprintf(stderr, "stepnet: %v\n", err)
		return 2
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "stepnet: unknown command %q\n\n", args[0])
		printUsage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "stepnet %s: %v\n", c.name, err)
		if _, ok := err.(usageError); ok {
			return 2
		}
		return 1
	}
	return 0
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "stepnet: a Go teaching kit for an introductory deep-learning lecture")
	fmt.Fprintln(w, "\nUsage: stepnet <command> [flags]   (stepnet <command> -h for its flags)\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
}
