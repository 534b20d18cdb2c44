// The pinned build of the gophernotes kernel (see build.sh): gophernotes v0.7.5 with a two-line patch,
// against gomacro's master of 2024-05-06 and golang.org/x/tools v0.30.0, for Go 1.26.
module github.com/stepnet/stepnet/kernels/gophernotes

go 1.26

// gomacro reads go/types with the Alias type turned off (it predates Go 1.22's types.Alias).
godebug gotypesalias=0

tool github.com/gopherdata/gophernotes

require (
	github.com/cosmos72/gomacro v0.0.0-20220530072503-c719ab5c40fc // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	github.com/go-zeromq/zmq4 v0.14.1 // indirect
	github.com/gofrs/uuid v4.2.0+incompatible // indirect
	github.com/gopherdata/gophernotes v0.7.5 // indirect
	github.com/mattn/go-runewidth v0.0.15 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.2.0 // indirect
	golang.org/x/mod v0.23.0 // indirect
	golang.org/x/sync v0.11.0 // indirect
	golang.org/x/sys v0.30.0 // indirect
	golang.org/x/tools v0.30.0 // indirect
)

// gophernotes v0.7.5 asks for gomacro of 2022-05-30, which crashes on Go 1.26: build.sh copies gomacro's
// master of 2024-05-06 (github.com/cosmos72/gomacro v0.0.0-20240506194242-2ff796e3da10, checked against
// the sum it pins) and gophernotes v0.7.5 here, and patches both.
replace github.com/cosmos72/gomacro => ./gomacro-src

replace github.com/gopherdata/gophernotes => ./gophernotes-src
