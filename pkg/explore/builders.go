package explore

// Builder is one explorable of the lessons, built with its default seed.
type Builder struct {
	Lesson int    // the lesson it belongs to
	Name   string // short name, e.g. "lecun"
	Call   string // the call in the lesson's cell, e.g. "explore.LeCun(1)": show.HTML(must.Explorable(Call).HTML())
	Build  func() (*Explorable, error)
}

// Builders lists the explorables of the lessons, in lesson order. Each
// lesson shows its own with one cell, show.HTML(must.Explorable(Call).HTML()).
func Builders() []Builder {
	return []Builder{
		{1, "neuron", "explore.Neuron(1)", func() (*Explorable, error) { return Neuron(1) }},
		{3, "training-moons", `explore.Training("moons", 1)`, func() (*Explorable, error) { return Training("moons", 1) }},
		{5, "quadratic", "explore.Quadratic()", Quadratic},
		{5, "lecun", "explore.LeCun(1)", func() (*Explorable, error) { return LeCun(1) }},
		{6, "minibatch", "explore.Minibatch(1)", func() (*Explorable, error) { return Minibatch(1) }},
		{8, "backward", "explore.Backward(1)", func() (*Explorable, error) { return Backward(1) }},
		{9, "init", "explore.Initialisation(1)", func() (*Explorable, error) { return Initialisation(1) }},
		{10, "training-xor", `explore.Training("xor", 1)`, func() (*Explorable, error) { return Training("xor", 1) }},
		{11, "approximation", "explore.Approximation(1)", func() (*Explorable, error) { return Approximation(1) }},
		{11, "bumps", "explore.Bumps()", Bumps},
		{12, "representations", "explore.Representations(1)", func() (*Explorable, error) { return Representations(1) }},
	}
}
