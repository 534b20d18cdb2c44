// Package solutions holds the reference solutions of lesson 04's exercises
// (lessons/04-learning-as-optimisation/exercises), for teachers.
package solutions

// GDStep returns w − η(∂F/∂w + 2λw).
func GDStep(w, dF []float64, eta, lambda float64) []float64 {
	out := make([]float64, len(w))
	for i := range w {
		out[i] = w[i] - eta*(dF[i]+2*lambda*w[i])
	}
	return out
}
