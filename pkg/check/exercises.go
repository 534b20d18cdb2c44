package check

import (
	"fmt"
	"reflect"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Exercise is one exercise of the kit: the function a student writes, its
// lesson, its points in a teacher's gradebook, and its grader.
type Exercise struct {
	Lesson string  // "01-single-neuron"
	Name   string  // the Go function to write, and its grader check.<Name>
	Points float64 // the exercise's points; each case is worth Points / cases
	// Func is a nil value of the function's type: its signature.
	Func  any
	grade func(f any) *Report
}

// Signature returns the Go signature the student's function must have.
func (e Exercise) Signature() string {
	return "func " + e.Name + reflect.TypeOf(e.Func).String()[len("func"):]
}

// ex makes a table entry from a grader func(F) *Report (reflection, not
// generics: gophernotes interprets this package's source).
func ex(lesson, name string, points float64, grader any) Exercise {
	gv := reflect.ValueOf(grader)
	ft := gv.Type().In(0)
	zero := reflect.Zero(ft).Interface()
	return Exercise{Lesson: lesson, Name: name, Points: points, Func: zero, grade: func(f any) *Report {
		if f == nil || reflect.TypeOf(f) != ft {
			return wrongSignature(lesson, name, f, zero)
		}
		return gv.Call([]reflect.Value{reflect.ValueOf(f)})[0].Interface().(*Report)
	}}
}

// exercises is the table of the kit's exercises and their points (the
// teacher's gradebook adds them up; tests/exercises/README.md has the table).
var exercises = []Exercise{
	ex(lesson00, "DenseParams", 1, DenseParams),
	ex(lesson01, "Sigmoid", 1, Sigmoid),
	ex(lesson01, "SigmoidDeriv", 1, SigmoidDeriv),
	ex(lesson01, "Tanh", 1, Tanh),
	ex(lesson01, "TanhDeriv", 1, TanhDeriv),
	ex(lesson01, "Gaussian", 1, Gaussian),
	ex(lesson01, "GaussianDeriv", 1, GaussianDeriv),
	ex(lesson01, "ReLU", 1, ReLU),
	ex(lesson01, "ReLUDeriv", 1, ReLUDeriv),
	ex(lesson01, "NeuronOutput", 2, NeuronOutput),
	ex(lesson01, "Side", 1, Side),
	ex(lesson02, "Layer", 2, Layer),
	ex(lesson02, "Forward", 3, Forward),
	ex(lesson03, "Softmax", 2, Softmax),
	ex(lesson03, "CrossEntropy", 2, CrossEntropy),
	ex(lesson03, "MSE", 1, MSE),
	ex(lesson03, "OneHot", 1, OneHot),
	ex(lesson03, "Argmax", 1, Argmax),
	ex(lesson04, "GDStep", 2, GDStep),
	ex(lesson04, "L2Minimum", 2, L2Minimum),
	ex(lesson05, "LearningRateRegime", 1, LearningRateRegime),
	ex(lesson05, "EtaMax", 2, EtaMax),
	ex(lesson06, "MinibatchEpoch", 3, MinibatchEpoch),
	ex(lesson07, "ChainLocal", 1, ChainLocal),
	ex(lesson07, "ChainDzDx", 2, ChainDzDx),
	ex(lesson07, "ChainDzDy", 2, ChainDzDy),
	ex(lesson08, "OutputDelta", 2, OutputDelta),
	ex(lesson08, "HiddenDelta", 2, HiddenDelta),
	ex(lesson08, "WeightGradient", 1, WeightGradient),
	ex(lesson08, "Backward", 4, Backward),
	ex(lesson08, "HandDeltas", 2, HandDeltas),
	ex(lesson08, "SoftmaxCEDelta", 2, SoftmaxCEDelta),
	ex(lesson08, "FixBackward", 3, FixBackward),
	ex(lesson09, "InitStd", 2, InitStd),
	ex(lesson09, "Standardise", 1, Standardise),
	ex(lesson09, "MomentumStep", 2, MomentumStep),
	ex(lesson10, "Regions", 2, Regions),
	ex(lesson11, "UniversalFit", 3, UniversalFit),
	ex(lesson12, "UnitAccuracy", 2, UnitAccuracy),
	ex(lesson13, "Confusion", 1, Confusion),
	ex(lesson14, "Conv2D", 3, Conv2D),
	ex(lesson14, "ConvWeightGradient", 3, ConvWeightGradient),
	ex(lesson14, "ConvParams", 1, ConvParams),
}

// Exercises returns every exercise of the kit, in the order of the lessons.
func Exercises() []Exercise { return append([]Exercise(nil), exercises...) }

// Lookup returns the exercise named name.
func Lookup(name string) (Exercise, bool) {
	for _, e := range exercises {
		if e.Name == name {
			return e, true
		}
	}
	return Exercise{}, false
}

// Grade grades f, which must have the exercise's signature; a function of
// another type is a failed exercise that shows both signatures.
func (e Exercise) Grade(f any) *Report { return e.grade(f) }

func wrongSignature(lesson, name string, got, want any) *Report {
	r := &Report{Lesson: lesson, Exercise: name, Task: lang.F("check.sig.task", name)}
	r.Cases = []Case{{Input: lang.T("check.sig.input"), Got: fmt.Sprintf("%T", got), Want: fmt.Sprintf("%T", want), Kind: KindCrash,
		Hint: lang.F("check.sig.hint", name, want)}}
	return r
}

// Score returns the points a report earns out of points: the share of its
// cases that pass (partial credit per case), 0 when not implemented.
func (r *Report) Score(points float64) float64 {
	pass, total := r.Count()
	if r.NotImplemented || total == 0 {
		return 0
	}
	return points * float64(pass) / float64(total)
}
