// Package lessons is the one list of the kit's lessons: their numbers, folder
// slugs and titles. The figures (pkg/viz), the notebooks and the CLI all name
// lessons from here, so that "05-learning-rate" is spelt the same everywhere.
package lessons

import (
	"fmt"
	"strconv"
	"strings"
)

// Lesson is one lesson of the kit.
type Lesson struct {
	Number int    // 0…14
	Slug   string // "05-learning-rate": the folder name under lessons/, notebooks/ and the plots
	Title  string // "Tuning the learning rate"
}

// All lists the lessons in order.
var All = []Lesson{
	{0, "00-deep-learning-today", "Deep learning today"},
	{1, "01-single-neuron", "A single neuron"},
	{2, "02-forward-propagation", "Forward propagation"},
	{3, "03-regression-classification", "Regression and classification"},
	{4, "04-learning-as-optimisation", "Learning as optimisation"},
	{5, "05-learning-rate", "Tuning the learning rate"},
	{6, "06-batch-stochastic-minibatch", "Batch, stochastic and minibatch gradient descent"},
	{7, "07-chain-rule", "The chain rule"},
	{8, "08-backpropagation", "Delta backpropagation"},
	{9, "09-tricks", "Tricks: initialisation and step size"},
	{10, "10-hidden-neurons", "What hidden neurons compute"},
	{11, "11-universal-approximation", "Universal approximation"},
	{12, "12-deep-models", "Deep models"},
	{13, "13-mnist", "MNIST"},
	{14, "14-convolutional-networks", "Convolutional networks and architectures"},
}

// Find returns the lesson named by s: its number ("5" or "05") or its slug
// ("05-learning-rate").
func Find(s string) (Lesson, error) {
	s = strings.TrimSpace(s)
	for _, l := range All {
		if s == l.Slug {
			return l, nil
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		for _, l := range All {
			if n == l.Number {
				return l, nil
			}
		}
	}
	return Lesson{}, fmt.Errorf("unknown lesson %q: want a number %d…%d or a slug such as %q", s, All[0].Number, All[len(All)-1].Number, All[1].Slug)
}

// ByNumber returns lesson n (0…14).
func ByNumber(n int) (Lesson, error) {
	for _, l := range All {
		if l.Number == n {
			return l, nil
		}
	}
	return Lesson{}, fmt.Errorf("unknown lesson %d: lessons are numbered %d…%d", n, All[0].Number, All[len(All)-1].Number)
}
