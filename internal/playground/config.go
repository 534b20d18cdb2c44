package playground

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Config is everything the playground's page lets a student choose. It
// travels in the page's URL (Encode, Parse), so that a teacher can share a
// link to one configuration.
type Config struct {
	Data       string  // the toy set: circles, xor, moons, gaussians, spirals
	Points     int     // training points; the test set has as many
	Noise      float64 // the set's noise (spread for gaussians)
	Hidden     []int   // nˡ of the hidden layers l = 1…L−1 (none: a single layer)
	Activation string  // g of the hidden layers: tanh, sigmoid, relu, gaussian
	Loss       string  // crossentropy (softmax + cross-entropy) or squared (‖o − y‖², sigmoid outputs)
	Eta        float64 // η
	Batch      int     // examples per gradient step (Points: batch GD, 1: stochastic)
	L2         float64 // λ of the term λ‖w‖²
	Init       string  // xavier, he, normal, uniform, zeros
	Seed       uint64  // the data, the initial weights and every shuffle come from it
}

// Limits of what the page accepts: a shared link with a typo must not
// freeze a student's browser.
const (
	MaxPoints = 1000
	MaxLayers = 6
	MaxWidth  = 16
)

// Choices lists the values each named field accepts, first the default.
var Choices = map[string][]string{
	"data":       {"circles", "xor", "moons", "gaussians", "spirals"},
	"activation": {"tanh", "sigmoid", "relu", "gaussian"},
	"loss":       {"crossentropy", "squared"},
	"init":       {"xavier", "he", "normal", "uniform", "zeros"},
}

// Default is the configuration of a bare playground link: circles, a
// 2-8-8-2 tanh network, softmax and cross-entropy, minibatches of 10.
func Default() Config {
	return Config{Data: "circles", Points: 200, Noise: 0.1, Hidden: []int{8, 8}, Activation: "tanh",
		Loss: "crossentropy", Eta: 0.1, Batch: 10, L2: 0, Init: "xavier", Seed: 1}
}

// Encode writes c as a URL query (without the leading '?' or '#'), in a
// fixed order: data=circles&points=200&….
func (c Config) Encode() string {
	hidden := make([]string, len(c.Hidden))
	for i, n := range c.Hidden {
		hidden[i] = strconv.Itoa(n)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	return strings.Join([]string{
		"data=" + c.Data, "points=" + strconv.Itoa(c.Points), "noise=" + f(c.Noise),
		"hidden=" + strings.Join(hidden, ","), "activation=" + c.Activation, "loss=" + c.Loss,
		"eta=" + f(c.Eta), "batch=" + strconv.Itoa(c.Batch), "l2=" + f(c.L2), "init=" + c.Init,
		"seed=" + strconv.FormatUint(c.Seed, 10),
	}, "&")
}

// Parse reads a URL query as Encode writes it (a leading '?' or '#' is
// skipped). Missing keys keep Default's values; an unknown key or a bad value
// is an error that names the key and the value.
func Parse(q string) (Config, error) {
	c := Default()
	q = strings.TrimLeft(q, "?#")
	if q == "" {
		return c, nil
	}
	for _, kv := range strings.Split(q, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		var err error
		switch k {
		case "data", "activation", "loss", "init":
			err = oneOf(k, v)
			switch k {
			case "data":
				c.Data = v
			case "activation":
				c.Activation = v
			case "loss":
				c.Loss = v
			case "init":
				c.Init = v
			}
		case "points":
			c.Points, err = intIn(k, v, 4, MaxPoints)
		case "batch":
			c.Batch, err = intIn(k, v, 1, MaxPoints)
		case "noise":
			c.Noise, err = floatIn(k, v, 0, 2)
		case "eta":
			c.Eta, err = floatIn(k, v, 0, 100)
			if err == nil && c.Eta == 0 {
				err = fmt.Errorf("eta=%s: the learning rate η must be > 0", v)
			}
		case "l2":
			c.L2, err = floatIn(k, v, 0, 100)
		case "seed":
			c.Seed, err = strconv.ParseUint(v, 10, 64)
			if err != nil {
				err = fmt.Errorf("seed=%s: want a whole number ≥ 0", v)
			}
		case "hidden":
			c.Hidden, err = widths(v)
		default:
			err = fmt.Errorf("unknown setting %q in the link", k)
		}
		if err != nil {
			return Default(), err
		}
	}
	if c.Batch > c.Points {
		c.Batch = c.Points
	}
	return c, nil
}

func oneOf(k, v string) error {
	for _, s := range Choices[k] {
		if v == s {
			return nil
		}
	}
	return fmt.Errorf("%s=%s: want one of %s", k, v, strings.Join(Choices[k], ", "))
}

func intIn(k, v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s=%s: want a whole number from %d to %d", k, v, lo, hi)
	}
	return n, nil
}

func floatIn(k, v string, lo, hi float64) (float64, error) {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(x) || x < lo || x > hi {
		return 0, fmt.Errorf("%s=%s: want a number from %g to %g", k, v, lo, hi)
	}
	return x, nil
}

// widths reads "8,8" (or "" for no hidden layer).
func widths(v string) ([]int, error) {
	if v == "" {
		return nil, nil
	}
	parts := strings.Split(v, ",")
	if len(parts) > MaxLayers {
		return nil, fmt.Errorf("hidden=%s: at most %d hidden layers", v, MaxLayers)
	}
	out := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > MaxWidth {
			return nil, fmt.Errorf("hidden=%s: layer %d: want a width from 1 to %d, got %q", v, i+1, MaxWidth, p)
		}
		out[i] = n
	}
	return out, nil
}
