package config_test

import (
	"fmt"

	"github.com/companion-dev/companion/config"
)

func ExampleLoad() {
	env := map[string]string{
		"HOME":                   "/home/ana",
		"COMPANION_LLM_PROVIDER": "ollama",
		"COMPANION_LLM_URL":      "htp//x",
	}
	_, err := config.Load("", func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	fmt.Println(err)
	// Output:
	// llm.model: empty, but provider is ollama (set the model's name on the server, e.g. llama3.2)
	// COMPANION_LLM_URL: not a URL: "htp//x" (want e.g. http://127.0.0.1:11434)
}

func ExampleAccess_Allows() {
	a := config.Access{AllowedUsers: []string{"123456789", "@alice", "@*:example.org"}}
	fmt.Println(a.Allows("555", "@Alice"))
	fmt.Println(a.Allows("@bob:example.org"))
	fmt.Println(a.Allows("@bob:example.net"))
	// Output:
	// true
	// true
	// false
}

func ExampleSecret() {
	token := config.Secret("123456789:AAsecret")
	fmt.Printf("%v %q %s\n", token, token, token.Value())
	// Output: [redacted] "[redacted]" 123456789:AAsecret
}
