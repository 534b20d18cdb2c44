package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/train"
)

func init() {
	register(command{name: "bench", summary: "train real MNIST (Nielsen's and a ReLU setup): s/epoch, accuracy, GFLOP/s, allocs", run: benchRun})
}

// benchSetup is one network and training setup of the benchmark.
type benchSetup struct {
	Config         string // "A" or "B"
	Sizes          []int
	Hidden, Output neuron.Activation
	Loss           mlp.Loss
	Batch          int
	Eta            float64 // η for our loss
	EtaNielsen     float64 // the η of Nielsen's book, for C = ½‖o − y‖² (0 if not his setup)
	Init           mlp.InitMethod
	InitScale      float64
	Standardize    bool // inputs (x − μ)/σ rather than the pixels x ∈ [0, 1]
}

// benchSetups are the configurations. A is the setup of Nielsen's
// book (network.py, chapter 1): sigmoid everywhere, quadratic cost, batches
// of 10, η = 3.0, weights N(0, 1) (his biases are N(0, 1) too; ours start at
// 0). His cost is ½‖o − y‖², ours ‖o − y‖²: our gradient is twice his, so
// his η = 3.0 is our η = 1.5 and the steps are the same. His inputs are the
// pixels x ∈ [0, 1].
//
// B is the usual modern setup, with the inputs of PyTorch's MNIST example:
// every pixel standardised, (x − μ)/σ with μ ≈ 0.1307 and σ ≈ 0.3081 the mean
// and deviation of all training pixels. Centred inputs of unit scale are what
// He initialisation assumes; with the raw pixels B reaches 0.947–0.954 after
// one epoch (seeds 1–3), with standardised ones 0.960–0.970.
var benchSetups = []benchSetup{
	{Config: "A", Sizes: []int{784, 30, 10}, Hidden: neuron.Sigmoid, Output: neuron.Sigmoid, Loss: mlp.SquaredError, Batch: 10, Eta: 1.5, EtaNielsen: 3.0, Init: mlp.Normal, InitScale: 1},
	{Config: "A", Sizes: []int{784, 100, 10}, Hidden: neuron.Sigmoid, Output: neuron.Sigmoid, Loss: mlp.SquaredError, Batch: 10, Eta: 1.5, EtaNielsen: 3.0, Init: mlp.Normal, InitScale: 1},
	{Config: "B", Sizes: []int{784, 128, 10}, Hidden: neuron.ReLU, Output: neuron.Identity, Loss: mlp.SoftmaxCrossEntropy, Batch: 32, Eta: 0.1, Init: mlp.He, Standardize: true},
}

// benchEpoch is one epoch of a benchmark run.
type benchEpoch struct {
	Epoch        int     `json:"epoch"`
	Seconds      float64 `json:"seconds"`    // the training steps only
	TrainLoss    float64 `json:"train_loss"` // mean of the batch losses before each step
	TestLoss     float64 `json:"test_loss"`
	TestAccuracy float64 `json:"test_accuracy"`
	// CoreRoundTripNs is the time a cache line took to go from one core to
	// another and back, measured right after the epoch
	// (internal/blas.CoreRoundTrip; 0 on one thread): the two-core steps
	// slow down when it is long.
	CoreRoundTripNs float64 `json:"core_round_trip_ns,omitempty"`
}

// benchResult is what bench prints for one configuration and backend.
type benchResult struct {
	Config           string       `json:"config"`
	Layers           []int        `json:"layers"`
	Activation       string       `json:"activation"`
	OutputActivation string       `json:"output_activation"`
	Loss             string       `json:"loss"`
	Batch            int          `json:"batch"`
	Eta              float64      `json:"eta"`
	EtaNielsen       float64      `json:"eta_nielsen,omitempty"`
	Init             string       `json:"init"`
	Seed             uint64       `json:"seed"`
	Standardized     bool         `json:"standardized"` // inputs (x − μ)/σ rather than x ∈ [0, 1]
	Train            int          `json:"train_examples"`
	Test             int          `json:"test_examples"`
	Backend          string       `json:"backend"`
	Engine           string       `json:"engine"`    // -backend's name: gonum, asm, asm-avx2, openblas (numpy for scripts/numpy_peer.py)
	Machine          string       `json:"machine"`   // the CPU, its vector instructions, Go, GOMAXPROCS
	Load             float64      `json:"load"`      // the 1-minute load average when the run ended (Linux; 0 elsewhere): other work on the machine
	Precision        string       `json:"precision"` // float64 or float32: the arithmetic of the steps
	Epochs           []benchEpoch `json:"epochs"`
	SecondsPerEpoch  float64      `json:"seconds_per_epoch"` // mean over the epochs
	StepsPerEpoch    int          `json:"steps_per_epoch"`
	FlopsPerStep     float64      `json:"flops_per_step"` // GEMM flops of one full batch
	GFLOPS           float64      `json:"gflops"`         // achieved: GEMM flops of an epoch / its seconds
	GEMMGFLOPS       float64      `json:"gemm_gflops"`    // the same GEMMs timed alone, same run, same backend
	Ratio            float64      `json:"ratio"`          // GFLOPS / GEMMGFLOPS
	AllocsPerStep    float64      `json:"allocs_per_step"`
	GOMAXPROCS       int          `json:"gomaxprocs"`
	Env              string       `json:"env,omitempty"`                // the OPENBLAS_* variables the run had
	CoreRoundTripNs  float64      `json:"core_round_trip_ns,omitempty"` // the median of the epochs' CoreRoundTripNs
}

func benchRun(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	config := fs.String("config", "all", "configuration: A (784-30-10 and 784-100-10, sigmoid, quadratic cost), B (784-128-10, ReLU, softmax + cross-entropy) or all")
	epochs := fs.Int("epochs", 3, "epochs per configuration")
	jsonOut := fs.Bool("json", false, "print one JSON object per configuration and backend, nothing else, on stdout")
	backends := fs.String("backend", "all", "BLAS engines to measure, comma-separated: "+strings.Join(blas.Available(), ", ")+", or all (this build)")
	seed := fs.Uint64("seed", 1, "seed of the initial weights and of the shuffles")
	seeds := fs.Int("seeds", 1, "train each configuration with this many seeds, -seed, -seed+1, …, and summarise the test accuracy over them (a single seed's accuracy varies by a few tenths of a percent)")
	inputsFlag := fs.String("inputs", "config", "what the network is fed: config (A: pixels, B: standardised, each as its reference setup), pixels (x ∈ [0, 1]) or standardized ((x − μ)/σ, μ and σ of the training pixels, as PyTorch's MNIST example)")
	nTrain := fs.Int("train", 0, "training examples to use (0: all 60000)")
	nTest := fs.Int("test", 0, "test examples to use (0: all 10000)")
	threads := fs.Int("threads", 0, "OpenBLAS threads (0: as OpenBLAS starts, $OPENBLAS_NUM_THREADS or one per core); 1 is steadier on a busy machine")
	gemmTime := fs.Duration("gemm-time", 150*time.Millisecond, "how long to time each GEMM shape alone")
	precisions := fs.String("precision", "float64", "arithmetic of the training steps, comma-separated: float64, float32, or all (both, one after the other)")
	table := fs.String("table", "", "train nothing: read the JSON lines of earlier -json runs (and of scripts/numpy_peer.py) from this file (- for stdin) and print the README's performance table in Markdown")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: stepnet bench [-config A|B|all] [-epochs N] [-seeds N] [-json] [-precision float64|float32|all] [-backend "+strings.Join(blas.Available(), ",")+"|all]")
		fmt.Fprintln(stderr, "       stepnet bench -table FILE   (the Markdown table of earlier -json runs)")
		fmt.Fprintln(stderr, "\nTrains on real MNIST and prints, per configuration and BLAS engine: seconds per epoch, test")
		fmt.Fprintln(stderr, "accuracy after each epoch, the GFLOP/s of the training step, the GFLOP/s of the same matrix")
		fmt.Fprintln(stderr, "products timed alone, allocations per step, and after each epoch how far apart the two cores are")
		fmt.Fprintln(stderr, "(a cache line's round trip: steps on two cores slow down when it is long, as on a virtual machine")
		fmt.Fprintln(stderr, "whose CPUs the host placed far apart). Build with -tags openblas for OpenBLAS. Flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected arguments %q", fs.Args())}
	}
	if *table != "" {
		in := io.Reader(os.Stdin)
		if *table != "-" {
			f, err := os.Open(*table)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		}
		return benchTable(in, stdout)
	}
	var setups []benchSetup
	for _, s := range benchSetups {
		if strings.EqualFold(*config, "all") || strings.EqualFold(*config, s.Config) {
			setups = append(setups, s)
		}
	}
	if len(setups) == 0 {
		return usageError{fmt.Sprintf("-config %q: want A, B or all", *config)}
	}
	switch *inputsFlag {
	case "config", "pixels", "standardized":
	default:
		return usageError{fmt.Sprintf("-inputs %q: want config, pixels or standardized", *inputsFlag)}
	}
	var precs []train.Precision
	for _, name := range strings.Split(*precisions, ",") {
		if name == "all" {
			precs = append(precs, train.Float64, train.Float32)
			continue
		}
		p, err := train.ParsePrecision(name)
		if err != nil {
			return usageError{"-precision: " + err.Error()}
		}
		precs = append(precs, p)
	}
	if *epochs < 1 {
		return usageError{fmt.Sprintf("-epochs must be at least 1, got %d", *epochs)}
	}
	if *seeds < 1 {
		return usageError{fmt.Sprintf("-seeds must be at least 1, got %d", *seeds)}
	}
	if *nTrain < 0 || *nTest < 0 {
		return usageError{fmt.Sprintf("-train and -test must be ≥ 0 (0: all), got %d and %d", *nTrain, *nTest)}
	}
	engines := blas.Available()
	if *backends != "all" {
		engines = strings.Split(*backends, ",")
	}
	for _, e := range engines {
		if err := blas.Use(e); err != nil {
			return usageError{"-backend: " + err.Error()}
		}
	}
	defer blas.UseDefault() // each setup runs on the engines named by -backend, installed explicitly below
	if *threads != 0 {
		if err := blas.SetThreads(*threads); err != nil {
			return usageError{"-threads: " + err.Error()}
		}
	}

	trainSet, testSet, err := loadMNIST(*nTrain, *nTest)
	if err != nil {
		return err
	}
	env := openblasEnv()
	// Both kinds of input share one copy of the data: it is standardised in
	// place when the first setup that wants it comes (setups run A before B),
	// and read again from the files if a later one wants the pixels back.
	standardized := false
	inputs := func(s benchSetup) (string, error) {
		want := s.Standardize
		if *inputsFlag != "config" {
			want = *inputsFlag == "standardized"
		}
		if want && !standardized {
			mu, sigma := standardize(trainSet, testSet)
			standardized = true
			return fmt.Sprintf("inputs standardised, (x − %.4f)/%.4f", mu, sigma), nil
		}
		if !want && standardized {
			if trainSet, testSet, err = loadMNIST(*nTrain, *nTest); err != nil {
				return "", err
			}
			standardized = false
		}
		if standardized {
			return "inputs standardised", nil
		}
		return "pixels x ∈ [0, 1]", nil
	}
	if !*jsonOut {
		n, _ := trainSet.X.Dims()
		m, _ := testSet.X.Dims()
		fmt.Fprintf(stdout, "stepnet bench: MNIST, %d training and %d test images; %d epochs; %s; %s\n", n, m, *epochs, machine(), orNone(env))
	}
	for _, s := range setups {
		in, err := inputs(s)
		if err != nil {
			return err
		}
		if !*jsonOut {
			fmt.Fprintf(stdout, "\nconfig %s: %s; %s\n", s.Config, s.describe(), in)
		}
		for _, prec := range precs {
			for _, e := range engines {
				if err := blas.Use(e); err != nil {
					return err
				}
				var runs []*benchResult
				for i := range uint64(*seeds) {
					sd := *seed + i // wraps around past the largest seed
					r, err := benchOne(s, prec, trainSet, testSet, *epochs, sd, *gemmTime, *jsonOut, stdout, stderr)
					if err != nil {
						return fmt.Errorf("config %s %s %v seed %d: %w", s.Config, s.layers(), prec, sd, err)
					}
					r.Env, r.Standardized = env, standardized
					runs = append(runs, r)
					if *jsonOut {
						b, err := json.Marshal(r)
						if err != nil {
							return err
						}
						fmt.Fprintln(stdout, string(b))
					}
				}
				if !*jsonOut && len(runs) > 1 {
					printSeedSummary(stdout, runs)
				}
			}
		}
	}
	return nil
}

func (s benchSetup) layers() string {
	parts := make([]string, len(s.Sizes))
	for i, n := range s.Sizes {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, "-")
}

func (s benchSetup) describe() string {
	d := fmt.Sprintf("%s, %s hidden, %s output, %v, batch %d, η = %v", s.layers(), s.Hidden.Name, s.Output.Name, s.Loss, s.Batch, s.Eta)
	if s.EtaNielsen != 0 {
		d += fmt.Sprintf(" (Nielsen's η = %v is for C = ½‖o − y‖²; ours is ‖o − y‖², gradient 2(o − y), so η = %v/2)", s.EtaNielsen, s.EtaNielsen)
	}
	init := s.Init.String()
	if s.Init == mlp.Normal || s.Init == mlp.Uniform {
		init += fmt.Sprintf("(%v)", s.InitScale)
	}
	return d + ", init " + init
}

// benchOne trains one configuration with the installed BLAS engine.
func benchOne(s benchSetup, prec train.Precision, trainSet, testSet *mnistSet, epochs int, seed uint64, gemmTime time.Duration, quiet bool, stdout, stderr io.Writer) (*benchResult, error) {
	net, err := mlp.New(s.Sizes, s.Hidden, s.Output)
	if err != nil {
		return nil, err
	}
	if err := net.Initialize(s.Init, s.InitScale, seed); err != nil {
		return nil, err
	}
	tr, err := train.New(net, trainSet.X, trainSet.Y, train.Config{Loss: s.Loss, Eta: s.Eta, BatchSize: s.Batch, Seed: seed, Precision: prec})
	if err != nil {
		return nil, err
	}
	nTrain, _ := trainSet.X.Dims()
	nTest, _ := testSet.X.Dims()
	r := &benchResult{
		Config: s.Config, Layers: s.Sizes, Activation: s.Hidden.Name, OutputActivation: s.Output.Name, Loss: s.Loss.String(),
		Batch: s.Batch, Eta: s.Eta, EtaNielsen: s.EtaNielsen, Init: s.Init.String(), Seed: seed, Train: nTrain, Test: nTest,
		Backend: blas.Backend(), Engine: blas.Engine(), Machine: machine(), Precision: prec.String(), StepsPerEpoch: tr.StepsPerEpoch(), FlopsPerStep: train.StepFlops(s.Sizes, s.Batch),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
	}
	if !quiet {
		fmt.Fprintf(stdout, "  %s, %s, seed %d\n", r.Backend, r.Precision, seed)
	}
	// The GEMM flops of an epoch: full batches, and the smaller last one.
	epochFlops := float64(nTrain/s.Batch) * r.FlopsPerStep
	if rest := nTrain % s.Batch; rest != 0 {
		epochFlops += train.StepFlops(s.Sizes, rest)
	}
	total := 0.0
	for e := 1; e <= epochs; e++ {
		bar := newProgress(stderr, fmt.Sprintf("%s %s %s %v epoch %d/%d", s.Config, s.layers(), blas.Engine(), prec, e, epochs), tr.StepsPerEpoch())
		start := time.Now()
		res, err := tr.Epoch(bar.step)
		secs := time.Since(start).Seconds()
		rt := blas.CoreRoundTrip()
		bar.done()
		if err != nil {
			return nil, err
		}
		loss, acc, err := tr.Evaluate(testSet.X, testSet.Y)
		if err != nil {
			return nil, err
		}
		total += secs
		ep := benchEpoch{Epoch: e, Seconds: secs, TrainLoss: res.Loss, TestLoss: loss, TestAccuracy: acc, CoreRoundTripNs: float64(rt.Nanoseconds())}
		r.Epochs = append(r.Epochs, ep)
		if !quiet {
			apart := ""
			if rt > 0 {
				apart = fmt.Sprintf("   cores %d ns apart", rt.Nanoseconds())
			}
			fmt.Fprintf(stdout, "    epoch %d: %6.3f s   train loss %.4f   test loss %.4f   test accuracy %.4f%s\n", e, secs, ep.TrainLoss, ep.TestLoss, ep.TestAccuracy, apart)
		}
	}
	r.CoreRoundTripNs = medianRoundTrip(r.Epochs)
	r.SecondsPerEpoch = total / float64(epochs)
	r.GFLOPS = epochFlops / r.SecondsPerEpoch / 1e9
	r.GEMMGFLOPS = r.FlopsPerStep / train.MeasureGEMMsIn(prec, train.StepGEMMs(s.Sizes, s.Batch), gemmTime) / 1e9
	r.Ratio = r.GFLOPS / r.GEMMGFLOPS
	r.AllocsPerStep = allocsPerStep(tr, s.Batch)
	r.Load = loadAverage()
	if !quiet {
		fmt.Fprintf(stdout, "    %.3f s/epoch; step: %.1f GFLOP/s (%.0f GEMM flops × %d steps); the same GEMMs alone: %.1f GFLOP/s; ratio %.0f%%; %.0f allocs/step\n",
			r.SecondsPerEpoch, r.GFLOPS, r.FlopsPerStep, r.StepsPerEpoch, r.GEMMGFLOPS, 100*r.Ratio, r.AllocsPerStep)
		if r.CoreRoundTripNs > float64(blas.FarApart.Nanoseconds()) {
			fmt.Fprintf(stdout, "    note: the cores were %.0f ns apart (a cache line's round trip), more than %v: on a virtual machine, its two CPUs placed far apart on the host; the steps on two cores are then up to twice as slow as when the cores are near (about 60 ns): run again to see both\n", r.CoreRoundTripNs, blas.FarApart)
		}
	}
	return r, nil
}

// medianRoundTrip returns the median of the epochs' core round trips.
func medianRoundTrip(epochs []benchEpoch) float64 {
	var v []float64
	for _, e := range epochs {
		if e.CoreRoundTripNs > 0 {
			v = append(v, e.CoreRoundTripNs)
		}
	}
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	return v[len(v)/2]
}

// printSeedSummary prints, for each epoch, the test accuracy over the runs
// of several seeds: mean, lowest and highest, and the seconds per epoch.
func printSeedSummary(w io.Writer, runs []*benchResult) {
	first, last := runs[0].Seed, runs[len(runs)-1].Seed
	secs := 0.0
	for _, r := range runs {
		secs += r.SecondsPerEpoch
	}
	fmt.Fprintf(w, "  %s, %s, seeds %d–%d: %.3f s/epoch on average\n", runs[0].Backend, runs[0].Precision, first, last, secs/float64(len(runs)))
	for e := range runs[0].Epochs {
		sum, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
		for _, r := range runs {
			a := r.Epochs[e].TestAccuracy
			sum, lo, hi = sum+a, math.Min(lo, a), math.Max(hi, a)
		}
		fmt.Fprintf(w, "    epoch %d: test accuracy %.4f on average over %d seeds (lowest %.4f, highest %.4f)\n", e+1, sum/float64(len(runs)), len(runs), lo, hi)
	}
}

// allocsPerStep counts the heap allocations of 200 more steps on full
// batches, after training: the steady state. (It changes the weights; the
// accuracies were measured before.)
func allocsPerStep(tr *train.Trainer, batch int) float64 {
	idx := make([]int, batch)
	for i := range idx {
		idx[i] = i
	}
	const steps = 200
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < steps; i++ {
		if _, err := tr.Step(idx); err != nil {
			return -1
		}
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / steps
}

// openblasEnv returns the OPENBLAS_* variables of the environment, sorted.
func openblasEnv() string {
	var vs []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "OPENBLAS_") || strings.HasPrefix(kv, "GOMAXPROCS=") {
			vs = append(vs, kv)
		}
	}
	sort.Strings(vs)
	return strings.Join(vs, " ")
}

func orNone(env string) string {
	if env == "" {
		return "no OPENBLAS_* variables"
	}
	return env
}
