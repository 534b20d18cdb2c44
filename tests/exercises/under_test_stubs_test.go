//go:build exercises && !solutions

package exercises

var answersUnderTest = Stubs
