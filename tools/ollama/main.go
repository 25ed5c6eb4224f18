// Command tinymodel writes a tiny llama-architecture GGUF model with seeded
// random weights, and a Modelfile for it, so that a real Ollama server can be
// exercised in tests without downloading anything. Its replies are gibberish:
// it tests plumbing (streaming, timeouts, errors, output checks), not quality.
//
// Usage:
//
//	go run . -out DIR
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/ollama/ollama/fs/ggml"
)

// The model's size. Every tensor's byte size must be a multiple of 32:
// WriteGGUF aligns only the start of the data, not each tensor.
const (
	width   = 64
	layers  = 2
	heads   = 4
	ffn     = 128
	context = 2048
)

// words become "▁word" pieces so that the output is at least made of words.
var words = []string{
	"hi", "hello", "friend", "you", "me", "we", "the", "a", "and", "to", "of", "in",
	"how", "are", "is", "it", "was", "been", "time", "day", "week", "talk", "soon",
	"miss", "think", "remember", "trip", "coffee", "call", "text", "good", "kind",
	"warm", "note", "thanks", "sorry", "love", "hope", "well", "doing", "what", "why",
}

// modelfile caps replies (random weights rarely emit the end token), uses
// one thread, which is faster than several for a model this small, and a
// short context: the vocabulary has no merges, so text costs a token a byte
// and long prompts would take seconds to read for nothing.
const modelfile = `FROM ./tiny.gguf
TEMPLATE """{{ range .Messages }}{{ .Role }}: {{ .Content }}
{{ end }}assistant: """
PARAMETER num_predict 32
PARAMETER num_thread 1
PARAMETER num_ctx 512
`

func main() {
	out := flag.String("out", ".", "directory to write tiny.gguf and Modelfile into")
	seed := flag.Uint64("seed", 1, "seed for the random weights")
	flag.Parse()
	if err := run(*out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "tinymodel:", err)
		os.Exit(1)
	}
}

func run(dir string, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make output dir: %w", err)
	}
	tokens, scores, types := vocabulary()
	kv := ggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           "tiny",
		"general.file_type":                      uint32(0),
		"llama.context_length":                   uint32(context),
		"llama.embedding_length":                 uint32(width),
		"llama.block_count":                      uint32(layers),
		"llama.feed_forward_length":              uint32(ffn),
		"llama.attention.head_count":             uint32(heads),
		"llama.attention.head_count_kv":          uint32(heads),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.dimension_count":             uint32(width / heads),
		"llama.vocab_size":                       uint32(len(tokens)),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.tokens":                  tokens,
		"tokenizer.ggml.scores":                  scores,
		"tokenizer.ggml.token_type":              types,
		"tokenizer.ggml.unknown_token_id":        uint32(0),
		"tokenizer.ggml.bos_token_id":            uint32(1),
		"tokenizer.ggml.eos_token_id":            uint32(2),
		"tokenizer.ggml.add_bos_token":           true,
		"tokenizer.ggml.add_eos_token":           false,
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := uint64(len(tokens))
	// Shapes are given outermost first: WriteGGUF writes them reversed.
	ts := []ggml.Tensor{
		random(rng, "token_embd.weight", vocab, width),
		ones("output_norm.weight", width),
		random(rng, "output.weight", vocab, width),
	}
	for i := range layers {
		p := fmt.Sprintf("blk.%d.", i)
		ts = append(ts,
			ones(p+"attn_norm.weight", width),
			random(rng, p+"attn_q.weight", width, width),
			random(rng, p+"attn_k.weight", width, width),
			random(rng, p+"attn_v.weight", width, width),
			random(rng, p+"attn_output.weight", width, width),
			ones(p+"ffn_norm.weight", width),
			random(rng, p+"ffn_gate.weight", ffn, width),
			random(rng, p+"ffn_up.weight", ffn, width),
			random(rng, p+"ffn_down.weight", width, ffn),
		)
	}
	for _, t := range ts {
		if n := elements(t.Shape) * 4; n%32 != 0 {
			return fmt.Errorf("tensor %s: %d bytes is not a multiple of 32", t.Name, n)
		}
	}
	f, err := os.Create(filepath.Join(dir, "tiny.gguf"))
	if err != nil {
		return fmt.Errorf("create model: %w", err)
	}
	if err := ggml.WriteGGUF(f, kv, ts); err != nil {
		f.Close()
		return fmt.Errorf("write model: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close model: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Modelfile"), []byte(modelfile), 0o644); err != nil {
		return fmt.Errorf("write Modelfile: %w", err)
	}
	return nil
}

// vocabulary returns a llama (SentencePiece) vocabulary: the special tokens,
// the 256 byte-fallback tokens and a few word pieces. Its size is a multiple
// of 8, which keeps the embedding tensors 32-byte aligned for any width.
func vocabulary() ([]string, []float32, []int32) {
	const (
		normal  = 1
		unknown = 2
		control = 3
		byteTok = 6
	)
	tokens := []string{"<unk>", "<s>", "</s>"}
	types := []int32{unknown, control, control}
	for b := range 256 {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		types = append(types, byteTok)
	}
	tokens = append(tokens, "▁")
	types = append(types, normal)
	for _, w := range words {
		tokens = append(tokens, "▁"+w)
		types = append(types, normal)
	}
	for i := 0; len(tokens)%8 != 0; i++ {
		tokens = append(tokens, fmt.Sprintf("▁w%d", i))
		types = append(types, normal)
	}
	scores := make([]float32, len(tokens))
	for i := range scores {
		if types[i] == normal {
			scores[i] = -float32(i)
		}
	}
	return tokens, scores, types
}

func elements(shape []uint64) uint64 {
	n := uint64(1)
	for _, d := range shape {
		n *= d
	}
	return n
}

// f32 is a tensor's data: little-endian float32 values.
type f32 []float32

func (v f32) WriteTo(w io.Writer) (int64, error) {
	if err := binary.Write(w, binary.LittleEndian, []float32(v)); err != nil {
		return 0, err
	}
	return int64(len(v) * 4), nil
}

func random(rng *rand.Rand, name string, shape ...uint64) ggml.Tensor {
	v := make(f32, elements(shape))
	for i := range v {
		v[i] = float32(rng.NormFloat64() * 0.1)
	}
	return ggml.Tensor{Name: name, Kind: 0, Shape: shape, WriterTo: v}
}

func ones(name string, n uint64) ggml.Tensor {
	v := make(f32, n)
	for i := range v {
		v[i] = 1
	}
	return ggml.Tensor{Name: name, Kind: 0, Shape: []uint64{n}, WriterTo: v}
}
