package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"

	"golang.org/x/sys/cpu"

	"github.com/stepnet/stepnet/pkg/train"
)

// machine names the computer a benchmark runs on, for its report: the CPU's
// model (from /proc/cpuinfo where there is one), its logical CPUs, the
// vector instructions the assembly kernels look for, Go and GOMAXPROCS. A
// hypervisor may hide instructions the CPU has (AVX-512 on a Zen 4 guest):
// the report says what the program can use.
func machine() string {
	model, family := "", ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		var fam, mod string
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case k == "model name" && model == "":
				model = v
			case k == "cpu family" && fam == "":
				fam = v
			case k == "model" && mod == "":
				mod = v
			}
		}
		if fam != "" && mod != "" {
			family = fmt.Sprintf(" (family %s model %s)", fam, mod)
		}
	}
	if model == "" {
		model = runtime.GOARCH + " CPU"
	}
	var simd string
	switch {
	case runtime.GOARCH != "amd64":
		simd = "no x86 vector extensions"
	case cpu.X86.HasAVX512F:
		simd = "AVX2+FMA, AVX-512"
	case cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		simd = "AVX2+FMA, no AVX-512"
	default:
		simd = "no AVX2+FMA"
	}
	return fmt.Sprintf("%s%s, %d logical CPUs, %s; %s %s/%s, GOMAXPROCS %d",
		model, family, runtime.NumCPU(), simd, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
}

// loadAverage returns the 1-minute load average of /proc/loadavg, 0 where
// there is none.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var l float64
	fmt.Sscan(string(b), &l)
	return l
}

// benchTable reads the JSON lines of `stepnet bench -json` (and of
// scripts/numpy_peer.py, whose lines have engine "numpy") and writes the
// README's performance table in Markdown: a row per configuration,
// precision and engine, then B's two targets of issue 20 against what the
// rows measured.
func benchTable(r io.Reader, w io.Writer) error {
	var rows []benchResult
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var b benchResult
		if err := json.Unmarshal([]byte(text), &b); err != nil {
			return fmt.Errorf("line %d: not a line of stepnet bench -json: %w", line, err)
		}
		if len(b.Layers) == 0 || len(b.Epochs) == 0 || !(b.SecondsPerEpoch > 0) {
			return fmt.Errorf("line %d: a result without layers, epochs or seconds", line)
		}
		if b.Engine == "" {
			b.Engine = engineOf(b.Backend)
		}
		rows = append(rows, b)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(rows) == 0 {
		return fmt.Errorf("no results: give the output of stepnet bench -json")
	}
	machines := map[string]bool{}
	for _, b := range rows {
		if b.Machine != "" {
			machines[b.Machine] = true
		}
	}
	var ms []string
	for m := range machines {
		ms = append(ms, m)
	}
	sort.Strings(ms)
	if len(ms) == 0 {
		ms = []string{"not recorded"}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, b := range rows {
		if b.Load > 0 {
			lo, hi = math.Min(lo, b.Load), math.Max(hi, b.Load)
		}
	}
	load := "not recorded"
	if lo <= hi {
		load = fmt.Sprintf("%.1f–%.1f", lo, hi)
	}
	fmt.Fprintf(w, "Machine: %s. Load average (1 minute) at the end of the runs: %s.\n\n", strings.Join(ms, "; "), load)
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Config != b.Config {
			return a.Config < b.Config
		}
		if c := slices.Compare(a.Layers, b.Layers); c != 0 {
			return c < 0 // 784-30-10 before 784-100-10
		}
		if a.Precision != b.Precision {
			return a.Precision > b.Precision // float64 first
		}
		return engineRank(a.Engine) < engineRank(b.Engine)
	})
	fmt.Fprintln(w, "| configuration | engine | precision | s/epoch | test accuracy after each epoch | step GFLOP/s (GEMMs alone): ratio | allocs/step | cores' round trip |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, b := range rows {
		accs := make([]string, len(b.Epochs))
		for i, e := range b.Epochs {
			accs[i] = fmt.Sprintf("%.4f", e.TestAccuracy)
		}
		speed, allocs := "", "—"
		if b.Engine == "numpy" {
			flops := train.StepFlops(b.Layers, b.Batch) * float64(b.Train) / float64(b.Batch)
			speed = fmt.Sprintf("%.1f", flops/b.SecondsPerEpoch/1e9)
		} else {
			speed = fmt.Sprintf("%.1f (%.1f): %.0f%%", b.GFLOPS, b.GEMMGFLOPS, 100*b.Ratio)
			allocs = fmt.Sprintf("%.0f", b.AllocsPerStep)
		}
		seed := ""
		if b.Seed != 1 {
			seed = fmt.Sprintf(", seed %d", b.Seed)
		}
		if b.Train != mnistTrain {
			seed += fmt.Sprintf(", %d training images", b.Train)
		}
		rt := "—"
		if b.CoreRoundTripNs > 0 {
			rt = fmt.Sprintf("%.0f ns", b.CoreRoundTripNs)
		}
		fmt.Fprintf(w, "| %s %s%s | %s | %s | %.3f | %s | %s | %s | %s |\n",
			b.Config, layersOf(b.Layers), seed, b.Engine, b.Precision, b.SecondsPerEpoch, strings.Join(accs, ", "), speed, allocs, rt)
	}
	// Issue 20's targets for B, from the rows on all of MNIST: the fastest
	// stepnet engine, and numpy's time.
	best := func(engine func(string) bool, precision string) *benchResult {
		var r *benchResult
		for i := range rows {
			b := &rows[i]
			if b.Config == "B" && b.Train == mnistTrain && b.Precision == precision && engine(b.Engine) && (r == nil || b.SecondsPerEpoch < r.SecondsPerEpoch) {
				r = b
			}
		}
		return r
	}
	stepnet := func(e string) bool { return e != "numpy" }
	numpy := func(e string) bool { return e == "numpy" }
	fmt.Fprintln(w)
	if s := best(stepnet, "float64"); s != nil {
		fmt.Fprintf(w, "- B in float64: %.3f s/epoch (%s; the target is ≤ 0.6 s); the step at %.0f%% of its GEMMs alone (target ≥ 80%%).\n", s.SecondsPerEpoch, s.Engine, 100*s.Ratio)
	}
	if s := best(stepnet, "float32"); s != nil {
		line := fmt.Sprintf("- B in float32: %.3f s/epoch (%s), the step at %.0f%% of its GEMMs alone", s.SecondsPerEpoch, s.Engine, 100*s.Ratio)
		if n := best(numpy, "float32"); n != nil {
			line += fmt.Sprintf("; numpy float32 %.3f s/epoch: %.2f× numpy's time (the target is ≤ 0.5×)", n.SecondsPerEpoch, s.SecondsPerEpoch/n.SecondsPerEpoch)
		}
		fmt.Fprintln(w, line+".")
	}
	return nil
}

// mnistTrain is the number of MNIST's training images: the targets are for
// epochs over all of them.
const mnistTrain = 60000

// engineOf names the engine of a backend description, for results written
// before the JSON had the engine's name.
func engineOf(backend string) string {
	switch {
	case strings.HasPrefix(backend, "numpy"):
		return "numpy"
	case strings.HasPrefix(backend, "gonum"):
		return "gonum"
	case strings.HasPrefix(backend, "OpenBLAS"):
		return "openblas"
	case strings.Contains(backend, "AVX-512"):
		return "asm"
	case strings.Contains(backend, "assembly"):
		return "asm"
	}
	return backend
}

// engineRank orders the rows of a configuration: the fastest engine of the
// build first, then the others, then the peer.
func engineRank(e string) int {
	for i, name := range []string{"asm", "asm-avx2", "openblas", "gonum", "numpy"} {
		if e == name {
			return i
		}
	}
	return 10
}

func layersOf(sizes []int) string {
	s := make([]string, len(sizes))
	for i, n := range sizes {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, "-")
}
