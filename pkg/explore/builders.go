package explore

// Builder is one explorable of the lessons, built with its default seed.
type Builder struct {
	Lesson int    // the lesson it belongs to
	Name   string // short name, e.g. "lecun"
	Build  func() (*Explorable, error)
}

// Builders lists the explorables of the lessons, in lesson order.
func Builders() []Builder {
	return []Builder{
		{1, "neuron", func() (*Explorable, error) { return Neuron(1) }},
		{3, "training-moons", func() (*Explorable, error) { return Training("moons", 1) }},
		{5, "lecun", func() (*Explorable, error) { return LeCun(1) }},
		{5, "quadratic", Quadratic},
		{6, "minibatch", func() (*Explorable, error) { return Minibatch(1) }},
		{8, "backward", func() (*Explorable, error) { return Backward(1) }},
		{9, "init", func() (*Explorable, error) { return Initialisation(1) }},
		{11, "approximation", func() (*Explorable, error) { return Approximation(1) }},
		{10, "training-xor", func() (*Explorable, error) { return Training("xor", 1) }},
		{11, "bumps", Bumps},
		{12, "representations", func() (*Explorable, error) { return Representations(1) }},
	}
}
