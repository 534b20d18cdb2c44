// Package neuron is the lecture's first slide in code: one neuron.
//
// A neuron computes its activity a (the slides also call it its
// activation) from its input x,
//
//	a(x) = wᵀx + w₀ = Σⱼ wⱼ xⱼ + w₀,      Neuron.Activity
//
// and passes it through a non-linearity g:
//
//	output = g(a(x)),                    Neuron.Output
//
// The lecture names four non-linearities: the sigmoid, the hyperbolic tangent,
// the Gaussian and the rectified linear unit (ReLU). Each is an Activation
// (the type of g) that carries g and its derivative g′ side by side, one
// number at a time, because backpropagation needs both:
//
//	Sigmoid   g(a) = 1 / (1 + e⁻ᵃ)        g′(a) = g(a)(1 − g(a))
//	Tanh      g(a) = tanh(a)              g′(a) = 1 − tanh²(a)
//	Gaussian  g(a) = e^(−a²)              g′(a) = −2a e^(−a²)
//	ReLU      g(a) = 0 if a ≤ 0, else a   g′(a) = 0 if a ≤ 0, else 1
//	Identity  g(a) = a                    g′(a) = 1
//
// (ReLU has no derivative at 0; like most libraries we take g′(0) = 0.)
//
// A neuron with a 2-D input divides the plane in two: the points where
// w₁x₁ + w₂x₂ + w₀ > 0 and the others. Boundary returns the line
// w₁x₁ + w₂x₂ + w₀ = 0 that separates them, ready to be drawn.
package neuron
