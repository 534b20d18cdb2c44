package grade

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/stepnet/stepnet/internal/grade/child"
	"github.com/stepnet/stepnet/pkg/check"
	"github.com/stepnet/stepnet/pkg/lang"
)

func exerciseList() []check.Exercise { return check.Exercises() }

func exercisesOfLesson(lesson string) []string {
	var out []string
	for _, e := range check.Exercises() {
		if e.Lesson == lesson {
			out = append(out, e.Name)
		}
	}
	return out
}

var (
	countMu    sync.Mutex
	countCache = map[string]*check.Report{}
)

type skeletonKey struct {
	name string
	seed uint64
}

// skeleton returns the exercise's report for a function that panics on
// every case: its lesson, task and the inputs of all its cases, which
// stand in for the cases a crashed harness did not report.
func skeleton(e check.Exercise, seed uint64) *check.Report {
	countMu.Lock()
	defer countMu.Unlock()
	key := fmt.Sprint(e.Name, "/", seed)
	if r, ok := countCache[key]; ok {
		return r
	}
	old := check.Seed
	check.Seed = seed
	defer func() { check.Seed = old }()
	ft := reflect.TypeOf(e.Func)
	f := reflect.MakeFunc(ft, func([]reflect.Value) []reflect.Value { panic("skeleton") }).Interface()
	obs := check.Observe
	check.Observe = func(*check.Report, check.Case, bool) {} // not in-process: no note
	r := e.Grade(f)
	check.Observe = obs
	countCache[key] = r
	return r
}

// runResult is what the sandbox saw of one run of the harness.
type runResult struct {
	report   *check.Report
	cpu      time.Duration
	wall     time.Duration
	problem  string // how the run ended, when it did not end with a report
	output   string // the first bytes the student's code printed
	landlock bool
}

// capture keeps the first keep bytes written and counts them all; past max
// it calls over once.
type capture struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	keep   int
	n      *int64
	max    int64
	over   func()
	called bool
}

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := c.keep - c.buf.Len(); room > 0 {
		if room > len(p) {
			room = len(p)
		}
		c.buf.Write(p[:room])
	}
	*c.n += int64(len(p))
	if *c.n > c.max && !c.called {
		c.called = true
		c.over()
	}
	return len(p), nil
}

// runExercise runs the harness for one exercise in a fresh folder.
func runExercise(h *harness, e check.Exercise, o *Options, seed uint64, work string) runResult {
	dir, err := os.MkdirTemp(work, "run-")
	if err != nil {
		return runResult{problem: "the sandbox could not make a folder: " + err.Error()}
	}
	defer os.RemoveAll(dir)
	pr, pw, err := os.Pipe()
	if err != nil {
		return runResult{problem: "the sandbox could not make a pipe: " + err.Error()}
	}
	cmd := exec.Command(h.bin, e.Name)
	cmd.Dir = dir
	cmd.ExtraFiles = []*os.File{pw}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Env = []string{
		"PATH=/usr/bin:/bin", "HOME=" + dir, "TMPDIR=" + dir, "GOTRACEBACK=single", "GOMAXPROCS=2",
		child.EnvSandbox + "=1",
		fmt.Sprintf("%s=%d", child.EnvMemory, o.Memory),
		fmt.Sprintf("%s=%g", child.EnvExerciseCPU, o.ExerciseCPU.Seconds()),
		fmt.Sprintf("%s=%g", child.EnvCaseCPU, o.CaseCPU.Seconds()),
		fmt.Sprintf("%s=%g", child.EnvCaseWall, o.CaseWall.Seconds()),
		fmt.Sprintf("%s=%d", child.EnvSeed, seed),
		lang.EnvVar + "=" + lang.Get(), // the hints in the grader's language
	}
	var printed int64
	var overOutput, overWall bool
	var killOnce sync.Once
	kill := func() {
		killOnce.Do(func() {
			if cmd.Process != nil {
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			}
		})
	}
	stdout := &capture{keep: 2048, n: &printed, max: o.MaxOutput, over: func() { overOutput = true; kill() }}
	stderr := &capture{keep: 64 << 10, n: &printed, max: o.MaxOutput, over: func() { overOutput = true; kill() }}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		pw.Close()
		pr.Close()
		return runResult{problem: "the sandbox could not start the harness: " + err.Error()}
	}
	pw.Close()
	timer := time.AfterFunc(o.Wall, func() { overWall = true; kill() })
	var events []child.Event
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var ev child.Event
		if json.Unmarshal(sc.Bytes(), &ev) == nil {
			events = append(events, ev)
		}
	}
	io.Copy(io.Discard, pr)
	pr.Close()
	werr := cmd.Wait()
	timer.Stop()
	kill() // anything the student left running in the group
	res := runResult{wall: time.Since(start), output: stdout.buf.String()}
	if st := cmd.ProcessState; st != nil {
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			res.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
	}
	var cases []check.Case
	lastStart, started, cpuEvent := "", false, false
	for _, ev := range events {
		switch {
		case ev.Report != nil:
			res.report = ev.Report
		case ev.Case != nil:
			cases = append(cases, *ev.Case)
			started = false
		case ev.Start != "":
			lastStart, started = ev.Start, true
		case ev.CPU:
			cpuEvent = true
		default:
			res.landlock = ev.Landlock
		}
	}
	if res.report != nil && !overOutput && !overWall {
		return res
	}
	why, hint := crashCause(werr, cmd.ProcessState, stderr.buf.String(), res.cpu, o, overOutput, overWall, cpuEvent, printed)
	res.problem = why
	sk := skeleton(e, seed)
	r := &check.Report{Lesson: sk.Lesson, Exercise: sk.Exercise, Task: sk.Task}
	if len(cases) == 1 && cases[0].Kind == check.KindTODO {
		r.NotImplemented = true
		res.report = r
		return res
	}
	r.Cases = append(r.Cases, cases...)
	if hint != "" {
		hint = why + ": " + hint
	} else {
		hint = why
	}
	crashed := check.Case{Input: lastStart, Got: why, Want: "an answer", Hint: hint, Kind: check.KindCrash}
	if !started {
		if len(cases) == 0 {
			crashed.Input = "(before the first case: an init function or a package-level variable of yours?)"
		} else {
			crashed.Input = "(after the last case reported)"
		}
	}
	if k := len(r.Cases); k < len(sk.Cases) {
		crashed.Want = sk.Cases[k].Want
	}
	r.Cases = append(r.Cases, crashed)
	for k := len(r.Cases); k < len(sk.Cases); k++ {
		r.Cases = append(r.Cases, check.Case{Input: sk.Cases[k].Input, Got: "not run", Want: sk.Cases[k].Want,
			Hint: "not run: the program ended during an earlier case", Kind: check.KindNotRun})
	}
	res.report = r
	return res
}

var goroutineLine = regexp.MustCompile(`(?m)^\s+(\S*/internal/gradebuild/[^/]+/p\d+/|)(\S+\.go|\S+\.cell\d+):(\d+)`)

// crashCause says how a harness run ended without its report, and what to
// look for.
func crashCause(werr error, st *os.ProcessState, stderr string, cpu time.Duration, o *Options, overOutput, overWall, cpuEvent bool, printed int64) (why, hint string) {
	last := lastLine(stderr)
	switch {
	case overOutput:
		return fmt.Sprintf("stopped: printed more than %s (the sandbox's cap on output)", bytesText(o.MaxOutput)),
			"the function prints too much: remove the fmt.Print calls (a grader reads what the function returns, not what it prints)"
	case cpuEvent || (cpu >= o.ExerciseCPU && st != nil && !st.Success()):
		return fmt.Sprintf("stopped: used the exercise's whole CPU budget (%.1f s of CPU time)", cpu.Seconds()),
			"the function never returned: look for a loop whose condition never becomes false (or goroutines that spin)"
	case overWall:
		return fmt.Sprintf("stopped: no answer after %v of wall-clock time, the sandbox's backstop, using %.1f s of CPU", o.Wall, cpu.Seconds()),
			"the function waits without working: a time.Sleep, a channel nobody sends to, a lock?"
	case strings.Contains(stderr, "stack overflow") || strings.Contains(stderr, "stack exceeds"):
		return fmt.Sprintf("crashed: endless recursion, the stack overflowed (the sandbox's stack limit is %s)", bytesText(child.MaxStack)),
			"a function calls itself without a base case that stops it (or two functions call each other)"
	case strings.Contains(stderr, "out of memory"):
		return fmt.Sprintf("crashed: out of memory, the function tried to use more than the sandbox's %s", bytesText(o.Memory)),
			"a huge make(…) or a slice that grows without end: the exercises need a few kilobytes"
	case strings.Contains(stderr, "all goroutines are asleep - deadlock"):
		return "crashed: deadlock, every goroutine waits for another (fatal error: all goroutines are asleep)",
			"a channel receive nobody sends to, or a lock taken twice"
	case strings.Contains(stderr, "panic: ") && strings.Contains(stderr, "goroutine "):
		msg := panicMessage(stderr)
		where := ""
		if m := goroutineLine.FindStringSubmatch(stderr[strings.Index(stderr, "goroutine "):]); m != nil {
			where = fmt.Sprintf(" (at %s:%s)", m[2], m[3])
		}
		return "crashed: " + msg + where + ", in a goroutine the function started, which no grader can recover",
			"a panic in a goroutine ends the whole program: recover in that goroutine, or do the work without one"
	case strings.Contains(stderr, "fatal error: "):
		return "crashed: the Go runtime stopped the program: " + stderr[strings.Index(stderr, "fatal error: "):][:min(200, len(stderr)-strings.Index(stderr, "fatal error: "))], ""
	}
	if st != nil {
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return fmt.Sprintf("stopped: killed by signal %v", ws.Signal()), ""
		}
		code := st.ExitCode()
		if code == 0 {
			return "ended: the program exited with status 0 in the middle of grading: os.Exit(0) was called",
				"a function must return its answer, not end the program: remove os.Exit"
		}
		w := fmt.Sprintf("ended: the program exited with status %d in the middle of grading (os.Exit(%d), or log.Fatal)", code, code)
		if last != "" {
			w += fmt.Sprintf("; its last words: %q", last)
		}
		return w, "a function must return its answer (or panic), not end the program: remove os.Exit and log.Fatal"
	}
	return fmt.Sprintf("ended without a report (%v)", werr), ""
}

func panicMessage(stderr string) string {
	i := strings.Index(stderr, "panic: ")
	msg := stderr[i:]
	if j := strings.IndexByte(msg, '\n'); j >= 0 {
		msg = msg[:j]
	}
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	if len(l) > 200 {
		l = l[:200] + "…"
	}
	return l
}

func bytesText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
