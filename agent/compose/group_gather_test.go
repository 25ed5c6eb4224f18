package compose

import (
	"strings"
	"testing"
)

// A club named with what it meets for ("my chess club", "our walking
// team") is the chat the opening names, and what the person wants the
// group brought together for is the plan put to them.
func TestGroupClubAndGathering(t *testing.T) {
	for _, tc := range []struct{ text, chat string }{
		{"my chess club hasn't met since easter", "chess club"},
		{"our netball team went quiet after the season ended", "netball team"},
		{"the choir is lovely", ""},
	} {
		got := ""
		for _, d := range Parse(tc.text, "", Group) {
			if c, ok := strings.CutPrefix(d.Text, "chat:"); ok {
				got = c
			}
		}
		if got != tc.chat {
			t.Errorf("chat named in %q = %q, want %q", tc.text, got, tc.chat)
		}
	}
	for _, tc := range []struct{ text, plan string }{
		{"i'd love to get the old crew back together for a barbecue in july", "barbecue"},
		{"really want to get everybody together for a walk on sunday", "walk"},
	} {
		d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(tc.text, "", Group)})
		if !strings.Contains(d, tc.plan) || strings.Contains(d, "get everybody together") || strings.Contains(d, "old crew") {
			t.Errorf("draft from %q = %q, want the %s put to them", tc.text, d, tc.plan)
		}
	}
}

// What the group used to do, wished going again ("want to get the sunday
// rides going again"), is the plan put to them; a team named by its size
// ("the seven a side chat") keeps its whole name.
func TestGroupRestartAndTeamName(t *testing.T) {
	d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse("she's fine now so i'd love to get the sunday rides going again", "", Group)})
	if !strings.Contains(d, "sunday rides") && !strings.Contains(d, "Sunday rides") {
		t.Errorf("draft = %q, want the rides put to them", d)
	}
	got := ""
	for _, x := range Parse("the seven a side chat has been dead since may", "", Group) {
		if c, ok := strings.CutPrefix(x.Text, "chat:"); ok {
			got = c
		}
	}
	if got != "seven a side" {
		t.Errorf("chat name = %q, want %q", got, "seven a side")
	}
}

// A group draft with nothing proposed asks after them, in every variant:
// "Who's in?" only follows a plan.
func TestGroupWhosInOnlyAfterAPlan(t *testing.T) {
	for _, text := range []string{
		"the old work chat has been dead since march",
		"nobody in the family group has posted for months",
	} {
		for v := range 6 {
			d := Write(Spec{Occasion: Group, Tie: TieGroup, Variant: v, Details: Parse(text, "", Group)})
			if strings.Contains(d, "Who's in?") {
				t.Errorf("variant %d of the draft from %q = %q, want no \"Who's in?\" with nothing proposed", v, text, d)
			}
			if !strings.HasSuffix(d, "?") {
				t.Errorf("variant %d of the draft from %q = %q, want it to end asking after them", v, text, d)
			}
		}
	}
	d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse("want to get everyone together for a picnic in june", "", Group)})
	if !strings.Contains(d, "picnic") || !strings.HasSuffix(d, "Who's in?") {
		t.Errorf("draft with a picnic proposed = %q, want the picnic and \"Who's in?\"", d)
	}
}

// What is left of a wish to thank or apologise after a comma ("…, i want
// to say thanks for everything she taught me") is what the thanks is for,
// never stuck onto the thing named before it.
func TestRequestLeftoverIsNoElaboration(t *testing.T) {
	for _, tc := range []struct{ text, thing string }{
		{"she's leaving the company friday, i want to say thanks for everything she taught me", "everything you taught me"},
		{"hes moving out of the flat next week, i want to thank him for all the dinners", "all the dinners"},
	} {
		var facts, thanks []string
		for _, d := range Parse(tc.text, "", Thanks) {
			if strings.Contains(d.Text, tc.thing) {
				thanks = append(thanks, d.Text)
			} else {
				facts = append(facts, d.Text)
			}
		}
		for _, f := range facts {
			if strings.Contains(f, " for ") {
				t.Errorf("Parse(%q): %q carries a \"for\" from the thanks", tc.text, f)
			}
		}
		if len(thanks) != 1 || thanks[0] != tc.thing {
			t.Errorf("Parse(%q): thanks details %q, want just %q", tc.text, thanks, tc.thing)
		}
	}
}

// Asking a group who is up for something, or whether anyone would like to
// do it, puts the plan to them, a verb said as doing it; a long plan is
// said in another order rather than copied, and where the writer offers
// to host, said after a comma, goes with it.
func TestGroupWhoIsUpFor(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the climbing lot went silent. ask whos up for bouldering on saturday", "How about bouldering on Saturday?"},
		{"can you check if anybody would like to meet up in june", "How about meeting up in June?"},
		{"see if anyone wants to get lunch next week, maybe at mine", "How about getting lunch next week at mine?"},
	} {
		d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(tc.text, "", Group)})
		if !strings.Contains(d, tc.want) || !strings.HasSuffix(d, "Who's in?") {
			t.Errorf("draft from %q = %q, want %q and \"Who's in?\"", tc.text, d, tc.want)
		}
	}
	text := "want to ask whos up for a walk by the canal on fridays after work"
	d := Write(Spec{Occasion: Group, Tie: TieGroup, Details: Parse(text, "", Group)})
	if !strings.Contains(d, "walk") || !strings.Contains(d, "canal") || sharesRun(d, text, 7) {
		t.Errorf("draft from %q = %q, want the walk put to them in other words", text, d)
	}
}
