package lang_test

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/lang"
)

func Example() {
	defer lang.Set(lang.Get())
	fmt.Println(lang.Get(), lang.Set("de"))
	if err := lang.Set("fr"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(lang.Get(), lang.Set("de"))
	// Output:
	// en lang.Set: unknown language "de": want one of en, fr
	// fr lang.Set : langue inconnue "de" : choisir parmi en, fr
}

func ExampleGlossary() {
	for _, term := range lang.Glossary[:3] {
		fmt.Printf("%s: %s\n", term.En, term.Fr)
	}
	// Output:
	// neural network: réseau de neurones
	// neuron, unit: neurone, unité
	// input, output: entrée, sortie
}
