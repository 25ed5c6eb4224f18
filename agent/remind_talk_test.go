package agent_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

// TestRemindTalk plays short reminder conversations typed the way people
// do, and checks each reply says what it must and nothing it must not.
func TestRemindTalk(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		must  []string // in the last reply
		not   []string
	}{
		{"the timezone is asked once, then UTC",
			[]string{"remind me to message priya every monday", "remind me to call grandma on sundays"},
			[]string{"every Sunday", "Grandma", "UTC until you tell me"}, []string{"which timezone are you in"}},
		{"a birthday asked for without its date asks when it is",
			[]string{"remind me about my aunties birthday"},
			[]string{"When is", "birthday"}, []string{"How often"}},
		{"the date given at that question keeps it every year",
			[]string{"can u remind me of dads bday", "its on the 9th of august"},
			[]string{"Dad's birthday is on 9 August"}, []string{"didn't catch"}},
		{"not knowing the date lets it go",
			[]string{"remind me about my godsons birthday", "not sure tbh"},
			[]string{"whenever you know it"}, []string{"How often"}},
		{"a reminder asked politely at the timezone question is a reminder",
			[]string{"remind me to call gran every sunday", "could you remind me to text my landlord next weds about the boiler"},
			[]string{"Wednesday", "about the boiler"}, []string{"What feel", "Let's write"}},
		{"what is coming up is the list",
			[]string{"remind me to ring sol every friday", "Madrid", "whats coming up this week?"},
			[]string{"Sol", "every Friday"}, []string{"doesn't cover"}},
		{"a name given after a birthday noted by who they are",
			[]string{"my cousins birthday is 21st october", "oh her name is Nkechi", "show my list"},
			[]string{"Nkechi** (cousin)", "21 October"}, []string{"your cousin —"}},
		{"a name given with he's called",
			[]string{"my uncle's bday is on 2 april", "hes called bogdan"},
			[]string{"Bogdan, your uncle"}, []string{"lovely", "doesn't cover"}},
		{"a relation word kept as a name is not renamed",
			[]string{"mum's birthday is 5 may", "her name is Linda"},
			nil, []string{"Linda, your"}},
		{"a couple's anniversary is theirs",
			[]string{"my grandparents anniversary is on 3 may"},
			[]string{"your grandparents' anniversary"}, []string{"your anniversary", "grandparents's"}},
		{"the list asked for in one word",
			[]string{"remind me to call ines every sunday", "Berlin", "list"},
			[]string{"Ines", "every Sunday"}, []string{"doesn't cover"}},
		{"a question about the list at how often is served",
			[]string{"remind me to check in with fenna", "whats on my list"},
			[]string{"Fenna", "continue"}, []string{"didn't catch how often"}},
		{"someone taken off the list at how often",
			[]string{"remind me to check in with tamsin", "forget tamsin actually"},
			[]string{"Tamsin is off your list"}, []string{"didn't catch how often", "stopped there"}},
		{"the person asked about taken off by a pronoun",
			[]string{"remind me to ring my uncle", "ok remove him then"},
			[]string{"off your list"}, []string{"didn't catch how often"}},
		{"where they are said with the first hello",
			[]string{"heya, im in glasgow"},
			[]string{"Europe/London"}, []string{"which timezone"}},
		{"the UTC note is said once, not under every reminder",
			[]string{"remind me to message priya every monday", "remind me to call grandma on sundays", "remind me to text obi next weds"},
			[]string{"Obi", "Wednesday"}, []string{"UTC until you tell me", "which timezone are you in"}},
		{"a question about the time at the timezone question",
			[]string{"remind me to call dad every other sunday", "what time will that be"},
			[]string{"Dad", "10:00", "which timezone are you in"}, []string{"From the guide", "continue"}},
		{"the time asked another way at the timezone question",
			[]string{"remind me to ring auntie joy every second thursday", "whats the time for that gonna be"},
			[]string{"Joy", "10:00", "which timezone are you in"}, []string{"outside what I can help with"}},
		{"a new time after the question was asked twice",
			[]string{"remind me to call dad every other sunday", "what time will that be", "make it 7pm"},
			[]string{"19:00", "Dad", "UTC until you tell me"}, []string{"couldn't place"}},
		{"stop all of them at the timezone question",
			[]string{"remind me to message priya every monday", "remind me to call grandma on sundays", "change grandma to 11am", "stop all of them"},
			[]string{"All reminders are off"}, []string{"couldn't place", "I'll remind you"}},
		{"a new rhythm keeps the day and the time",
			[]string{"remind me to text grace every friday evening", "actually make that every two weeks"},
			[]string{"every 2 weeks on Friday"}, []string{"Sunday"}},
		{"cancel all reminders stops every one",
			[]string{"jess's birthday is on 14 march", "remind me to text grace every friday evening", "cancel all reminders"},
			[]string{"All reminders are off"}, []string{"about Grace"}},
		{"whose time a reminder comes in",
			[]string{"i'm in toronto", "remind me to call my nan in manila every saturday at 8pm", "is that my time or hers"},
			[]string{"your own time", "America/Toronto", "20:00"}, []string{"From the guide"}},
		{"snoozing skips the next one",
			[]string{"i'm in toronto", "remind me to call my nan every saturday at 8pm", "snooze the nan one this week"},
			[]string{"Snoozed", "Nan", "Saturday 28 November", "the one after"}, []string{"doesn't cover"}},
		{"pausing one person for the rest of the week",
			[]string{"i'm in toronto", "remind me to call my nan every saturday at 8pm", "pause the nan one this week"},
			[]string{"Paused", "Nan", "until Monday 30 November"}, []string{"doesn't cover"}},
		{"the list served at the second timezone question goes ahead in UTC",
			[]string{"remind me to text grace every friday evening", "actually make that every two weeks", "show my reminders"},
			[]string{"Grace", "Tell me where you are whenever you like"}, []string{"which timezone are you in"}},
		{"a second request at the timezone question confirms the first",
			[]string{"remind me to message priya every monday", "remind me to call grandma on sundays"},
			[]string{"Priya", "every Monday", "Grandma", "every Sunday"}, []string{"which timezone are you in"}},
		{"what do you suggest with nothing told before",
			[]string{"i dunno what do you suggest"},
			[]string{"short hello"}, []string{"doesn't cover"}},
		{"the plan picked in words",
			[]string{"i dunno what do you suggest", "ok the plan thing"},
			[]string{"7-day plan"}, []string{"a lot to carry"}},
		{"a month named alone is a one-off",
			[]string{"i live in leeds", "remind me to check in with priyanka in december"},
			[]string{"Priyanka", "Tuesday 1 December", "Just once"}, []string{"How often"}},
	}
	h := newHarness(t)
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			who := fmt.Sprint("r", i)
			var last []agent.Reply
			for _, l := range tc.lines {
				last = h.send(who, l, "")
			}
			got := allText(last)
			low := strings.ToLower(got)
			for _, m := range tc.must {
				if !strings.Contains(low, strings.ToLower(m)) {
					t.Errorf("reply %q lacks %q", got, m)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(low, strings.ToLower(n)) {
					t.Errorf("reply %q has %q", got, n)
				}
			}
		})
	}
}

// TestRemindAfterDraftInWords checks that "yes, remind me in two weeks",
// said to the offer after a draft, is a one-off about that person.
func TestRemindAfterDraftInWords(t *testing.T) {
	h := newHarness(t)
	h.send("a", "i live in leeds", "")
	h.send("a", "i need to thank my neighbour mr jankowski, he shovelled my driveway all week while i was ill", "")
	h.send("a", "keep it simple", "")
	done := allText(h.send("a", "done", ""))
	if !strings.Contains(done, "remind you to check in with Mr Jankowski") {
		t.Fatalf("no reminder offered after the draft: %q", done)
	}
	got := allText(h.send("a", "yes remind me in two weeks", ""))
	if !strings.Contains(got, "Mr Jankowski") || !strings.Contains(got, "Tuesday 8 December") {
		t.Errorf("reply %q is not a one-off about Mr Jankowski in two weeks", got)
	}
}
