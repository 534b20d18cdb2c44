//go:build exercises

package exercises

// The student tests: one subtest per exercise, on the stubs in
// lessons/NN-slug/exercises (or on the reference solutions with the tag
// "solutions" too). They are not part of `go test ./...`, where the stubs
// would fail; run them with
//
//	go test -tags exercises ./tests/exercises -run 'TestExercises/Softmax' -v
//	go test -tags exercises,solutions ./tests/exercises

import "testing"

func TestExercises(t *testing.T) {
	for _, r := range Grade(answersUnderTest) {
		r := r
		t.Run(r.Exercise, func(t *testing.T) {
			if !r.Passed() {
				t.Error("\n" + r.Text())
			}
		})
	}
}
