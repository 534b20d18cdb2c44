package lang

import "fmt"

// Msg is one message of the catalogue: its text in English and in French,
// with the same fmt verbs in the same order.
type Msg struct {
	En, Fr string
}

// catalogue maps every key to its message. It is filled once, at start-up,
// from the tables of the msg_*.go files (one table per part of the kit:
// figures, step-throughs, graders, commands); a key in two tables is a
// programming error caught at start-up and by the tests.
var catalogue = map[string]Msg{}

// register adds the messages of one table under their keys.
func register(table map[string]Msg) {
	for k, m := range table {
		if _, dup := catalogue[k]; dup {
			panic(fmt.Sprintf("lang: message %q is in two tables", k))
		}
		catalogue[k] = m
	}
}
