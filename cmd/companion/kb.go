package main

import (
	"context"
	"fmt"
	"strings"
)

func (m *Main) kb(_ context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("kb", "kb search QUERY | kb list [flags]",
		"Look into the guide the companion answers from: \"search\" prints the sections that\n"+
			"best answer QUERY with their ids, titles and scores; \"list\" prints every section.")
	c.register(fs)
	k := fs.Int("k", 5, "how many sections `search` prints")
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fs.Usage()
		return usageError{"companion kb: say \"search QUERY\" or \"list\""}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	kb, err := loadKnowledge(cfg)
	if err != nil {
		return err
	}
	switch rest[0] {
	case "list":
		for _, s := range kb.Sections() {
			fmt.Fprintf(m.Stdout, "%-48s %s\n", s.ID, s.Title)
		}
		return nil
	case "search":
		q := strings.Join(rest[1:], " ")
		if strings.TrimSpace(q) == "" {
			return usageError{"companion kb search: give a query, e.g. companion kb search \"my friend stopped replying\""}
		}
		res := kb.Search(q, *k)
		if len(res) == 0 {
			fmt.Fprintln(m.Stdout, "No section of the guide matches that query.")
			return nil
		}
		for i, s := range res {
			fmt.Fprintf(m.Stdout, "%d. %s — %s (score %.2f)\n   %s\n", i+1, s.ID, s.Title, s.Score, s.Snippet)
		}
		return nil
	default:
		return usageError{fmt.Sprintf("companion kb: unknown subcommand %q (want search or list)", rest[0])}
	}
}
