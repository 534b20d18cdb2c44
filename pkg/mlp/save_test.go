package mlp

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/neuron"
)

func savedBytes(t testing.TB, net *Network) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := net.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSaveLoadRoundTrip: the same numbers, bit for bit, and the same g.
func TestSaveLoadBits(t *testing.T) {
	net := handNet(t)
	got, err := Load(bytes.NewReader(savedBytes(t, net)))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != net.String() {
		t.Fatalf("loaded %v, saved %v", got, net)
	}
	for l := range net.Layers {
		if !mat.Equal(got.Layers[l].W, net.Layers[l].W) || !mat.Equal(got.Layers[l].B, net.Layers[l].B) {
			t.Errorf("layer %d differs", l+1)
		}
	}
}

// TestLoadRefuses: each corruption the issue found, and a few more, is an
// error that says what is wrong.
func TestLoadRefuses(t *testing.T) {
	good := savedBytes(t, handNet(t))
	edit := func(f func(s *savedNetwork)) []byte {
		var s savedNetwork
		if err := json.Unmarshal(good, &s); err != nil {
			t.Fatal(err)
		}
		f(&s)
		b, _ := json.Marshal(s)
		return b
	}
	cases := []struct {
		name, file, want string
	}{
		{"overflow 2³²×2³² (issue 14)", `{"Format":"stepnet-mlp-1","Layers":[{"Rows":4294967296,"Cols":4294967296,"W":[],"B":null,"G":"tanh"}]}`, "old format"},
		{"overflow 2³²×2³² v2", `{"Format":"stepnet-mlp-2","Sizes":[4294967296,4294967296],"Layers":[{"Rows":4294967296,"Cols":4294967296,"W":[],"B":null,"G":"tanh"}],"SHA256":""}`, "want 1…"},
		{"65536×2⁴⁸ (issue 14)", `{"Format":"stepnet-mlp-2","Sizes":[281474976710656,65536],"Layers":[{"Rows":65536,"Cols":281474976710656,"W":[],"B":null,"G":"tanh"}],"SHA256":""}`, "want 1…"},
		{"too many params", `{"Format":"stepnet-mlp-2","Sizes":[100000,100000],"Layers":[{"Rows":100000,"Cols":100000,"W":[],"B":[],"G":"tanh"}],"SHA256":""}`, "more than the"},
		{"empty", ``, "EOF"},
		{"not JSON", `hello`, "invalid character"},
		{"other format", `{"Format":"keras"}`, `format "keras"`},
		{"trailing garbage", string(good) + "xyz", "bytes follow"},
		{"two models", string(good) + string(good), "bytes follow"},
		{"unknown field", strings.Replace(string(good), `"Format"`, `"Extra":1,"Format"`, 1), "unknown field"},
		{"changed weight", string(edit(func(s *savedNetwork) { s.Layers[0].W[1] = -1.0000001 })), "checksum"},
		{"changed g", string(edit(func(s *savedNetwork) { s.Layers[0].G = "tanh" })), "checksum"},
		{"unknown g", string(edit(func(s *savedNetwork) { s.Layers[0].G = "swish"; s.SHA256 = checksum(s.Sizes, s.Layers) })), "swish"},
		{"sizes disagree", string(edit(func(s *savedNetwork) { s.Sizes[1] = 3 })), "the sizes say"},
		{"missing layer", string(edit(func(s *savedNetwork) { s.Layers = s.Layers[:1] })), "the file has 1"},
		{"short W", string(edit(func(s *savedNetwork) { s.Layers[0].W = s.Layers[0].W[:3] })), "the file has 3"},
		{"null B", string(edit(func(s *savedNetwork) { s.Layers[1].B = nil })), "b²"},
		{"one size", string(edit(func(s *savedNetwork) { s.Sizes = s.Sizes[:1] })), "at least"},
		{"negative size", string(edit(func(s *savedNetwork) { s.Sizes[0] = -2 })), "want 1…"},
		{"overflowing number", strings.Replace(string(good), `"W":[1,`, `"W":[1e999,`, 1), "1e999"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			net, err := Load(strings.NewReader(c.file))
			if err == nil {
				t.Fatalf("loaded %v", net)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to mention %q", err, c.want)
			}
		})
	}
}

// TestLoadShape: the caller's expected shape is checked against the file's.
func TestLoadShape(t *testing.T) {
	good := savedBytes(t, handNet(t))
	if _, err := LoadShape(bytes.NewReader(good), []int{2, 2, 1}); err != nil {
		t.Fatal(err)
	}
	_, err := LoadShape(bytes.NewReader(good), []int{2, 3, 1})
	if err == nil || !strings.Contains(err.Error(), "holds a 2-2-1 network, want 2-3-1") {
		t.Errorf("err = %v, want both shapes", err)
	}
}

func TestSaveRefusesNaN(t *testing.T) {
	net := handNet(t)
	net.Layers[1].W.Set(0, 1, nanValue())
	if err := net.Save(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "layer 2") {
		t.Errorf("err = %v, want the layer named", err)
	}
}

// TestSaveFileMode: owner-only, and LoadFile reads it back.
func TestSaveFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "model.json")
	if err := handNet(t).SaveFile(path); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	if _, err := LoadFileShape(path, []int{2, 2, 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "none.json")); err == nil {
		t.Error("a missing file loaded")
	}
}

// FuzzLoad: any bytes give an error or a valid network that saves back to
// the same bytes (the format has one spelling of each network).
//
//	go test -fuzz FuzzLoad -fuzztime 30s ./pkg/mlp
func FuzzLoad(f *testing.F) {
	net, err := NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(savedBytes(f, net))
	f.Fuzz(func(t *testing.T, file []byte) {
		net, err := Load(bytes.NewReader(file))
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if err := net.Validate(); err != nil {
			t.Fatalf("Load gave an invalid network: %v", err)
		}
		if err := net.checkFiniteWeights(); err != nil {
			t.Fatalf("Load gave %v", err)
		}
		again, err := Load(bytes.NewReader(savedBytes(t, net)))
		if err != nil {
			t.Fatalf("a loaded network does not load again after Save: %v", err)
		}
		if again.String() != net.String() {
			t.Fatalf("%v became %v", net, again)
		}
	})
}
