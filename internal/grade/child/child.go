// Package child is the student's side of the sandbox of stepnet grade: the
// harness program built for one student links the student's exercise files
// with this package and pkg/check, and the grading process runs it once per
// exercise.
//
// Its init function, which runs before any of the student's code (every
// student package imports it), lowers the process's limits:
//
//	RLIMIT_CPU    the exercise's CPU budget (then SIGXCPU, then SIGKILL)
//	RLIMIT_AS     the address space reserved by the Go runtime at start + the memory budget
//	RLIMIT_FSIZE  the largest file the exercise may write
//	stack         debug.SetMaxStack(16 MB): endless recursion fails fast
//	Landlock      where the kernel has it: files may be written only in the
//	              working directory (a fresh temporary folder)
//
// Main then grades the exercise named by the first argument and streams each
// case, as JSON lines, on file descriptor 3, so that a crash keeps the cases
// graded before it.
package child

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/stepnet/stepnet/pkg/check"
)

// The environment the grading process passes to the harness.
const (
	EnvSandbox     = "STEPNET_SANDBOX"      // "1" in a harness run by stepnet grade
	EnvMemory      = "STEPNET_MEMORY"       // memory budget, bytes
	EnvExerciseCPU = "STEPNET_EXERCISE_CPU" // seconds
	EnvCaseCPU     = "STEPNET_CASE_CPU"     // seconds
	EnvCaseWall    = "STEPNET_CASE_WALL"    // seconds, the backstop for a call that sleeps
	EnvSeed        = "STEPNET_SEED"         // check.Seed
)

// Event is one line of the harness's report on fd 3.
type Event struct {
	Start  string        `json:",omitempty"` // a case starts: its input
	Case   *check.Case   `json:",omitempty"` // a case ended
	Report *check.Report `json:",omitempty"` // the exercise ended: the whole report
	CPU    bool          `json:",omitempty"` // the CPU budget of the exercise is spent (SIGXCPU)
	// Landlock says whether file writes outside the working folder are
	// refused by the kernel (false where it has no Landlock).
	Landlock bool   `json:",omitempty"`
	Error    string `json:",omitempty"`
}

// MaxStack is the largest goroutine stack in the sandbox: an endless
// recursion ends in a stack overflow within a fraction of a second.
const MaxStack = 16 << 20

// Landlocked is whether init could restrict file writes to the working
// folder.
var Landlocked bool

// LimitError is what init could not set up ("" when all is well).
var LimitError string

func init() {
	if os.Getenv(EnvSandbox) != "1" {
		return
	}
	mem := envFloat(EnvMemory, 1<<30)
	cpu := envFloat(EnvExerciseCPU, 20)
	debug.SetMaxStack(MaxStack)
	debug.SetMemoryLimit(int64(mem))
	var errs []string
	if err := limitCPU(cpu); err != nil {
		errs = append(errs, "cpu: "+err.Error())
	}
	if err := limitMemory(mem); err != nil {
		errs = append(errs, "memory: "+err.Error())
	}
	if err := limitFileSize(16 << 20); err != nil {
		errs = append(errs, "file size: "+err.Error())
	}
	if dir, err := os.Getwd(); err == nil {
		Landlocked = restrictWrites(dir) == nil
	}
	LimitError = strings.Join(errs, "; ")
}

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil && v > 0 {
		return v
	}
	return def
}

// Main grades the exercise named by os.Args[1] with the student's function
// in funcs (a missing one is graded as nil) and exits.
func Main(funcs map[string]any) {
	out := os.NewFile(3, "report")
	var mu sync.Mutex
	enc := json.NewEncoder(out)
	send := func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		if enc.Encode(e) != nil {
			os.Exit(4) // the grading process is gone
		}
	}
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: harness EXERCISE")
		os.Exit(2)
	}
	ex, ok := check.Lookup(os.Args[1])
	if !ok {
		send(Event{Error: "no exercise " + os.Args[1]})
		os.Exit(2)
	}
	if s, err := strconv.ParseUint(os.Getenv(EnvSeed), 10, 64); err == nil {
		check.Seed = s
	}
	check.CaseCPU = time.Duration(envFloat(EnvCaseCPU, 2) * float64(time.Second))
	check.ExerciseCPU = time.Duration(envFloat(EnvExerciseCPU, 20) * float64(time.Second))
	check.Timeout = time.Duration(envFloat(EnvCaseWall, 20) * float64(time.Second))
	send(Event{Landlock: Landlocked, Error: LimitError})

	xcpu := make(chan os.Signal, 1)
	signal.Notify(xcpu, syscall.SIGXCPU)
	go func() {
		<-xcpu
		send(Event{CPU: true})
		os.Exit(3)
	}()

	check.Observe = func(r *check.Report, c check.Case, done bool) {
		if done {
			c := c
			send(Event{Case: &c})
		} else {
			send(Event{Start: c.Input})
		}
	}
	f := funcs[ex.Name]
	if f == nil {
		f = ex.Func // a nil function of the right type
	}
	r := ex.Grade(f)
	check.Observe = nil
	send(Event{Report: r})
	os.Exit(0)
}
