module github.com/companion-dev/companion/tools/ollama

go 1.26.0

require github.com/ollama/ollama v0.6.5
