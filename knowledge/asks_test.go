package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseDocumentAsks(t *testing.T) {
	src := strings.Join([]string{
		"---", "id: d", "title: D", "tags: [x]", "---",
		"<!-- asks: what is d -->",
		"Lead text.",
		"## Part",
		"<!-- asks:",
		"should i | Yes, once.",
		"- how do i",
		"-->",
		"Body of the part.",
		"```",
		"<!-- asks: not a list inside a fence -->",
		"```",
	}, "\n")
	doc, err := parseDocument("d.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.sections[0].Asks, []string{"what is d"}; !slices.Equal(got, want) {
		t.Errorf("lead asks = %q, want %q", got, want)
	}
	if got, want := doc.sections[1].Asks, []string{"should i | Yes, once.", "how do i"}; !slices.Equal(got, want) {
		t.Errorf("part asks = %q, want %q", got, want)
	}
	if strings.Contains(doc.sections[1].Body, "should i") || !strings.Contains(doc.sections[1].Body, "not a list inside a fence") {
		t.Errorf("part body %q: the list belongs out of the body, the fenced text in it", doc.sections[1].Body)
	}
	if q, st := askParts(doc.sections[1].Asks[0]); q != "should i" || st != "Yes, once." {
		t.Errorf("askParts = %q, %q", q, st)
	}
}

func TestParseDocumentAsksErrors(t *testing.T) {
	for name, list := range map[string]string{
		"unclosed":        "<!-- asks:\nshould i\n",
		"stance alone":    "<!-- asks:\n| Yes.\n-->\n",
		"two stance bars": "<!-- asks:\nshould i | Yes | No\n-->\n",
	} {
		src := "---\nid: d\ntitle: D\ntags: [x]\n---\nLead.\n## Part\n" + list + "Body.\n"
		_, err := parseDocument("d.md", []byte(src))
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.Contains(pe.Msg, "asks") {
			t.Errorf("%s: err = %v, want a ParseError about asks", name, err)
		}
	}
}

func TestStanceNeedsACloseQuestion(t *testing.T) {
	kb, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	top := func(q string) (string, string) {
		got := kb.Search(q, 1)
		if len(got) == 0 {
			t.Fatalf("no result for %q", q)
		}
		return got[0].ID, got[0].Stance
	}
	if id, st := top("should i double text"); id != "ghosting/double-texting" || !strings.HasPrefix(st, "Yes") {
		t.Errorf("should i double text: %s, stance %q", id, st)
	}
	// The same section, asked something none of its stances answers.
	if id, st := top("how many messages in a row is too many"); id != "ghosting/double-texting" || st != "" {
		t.Errorf("how many messages in a row: %s, stance %q; want the section without a stance", id, st)
	}
}
