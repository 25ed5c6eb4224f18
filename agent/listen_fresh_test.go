package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// Floors: the share of each fresh file's messages outside a flow whose
// reply must pass every check.
const (
	outsideFreshFloor   = 0.80
	outsideFresh2Floor  = 0.70
	outsideFresh3Floor  = 0.90
	outsideFresh4Floor  = 0.72
	outsideFresh5Floor  = 0.72
	outsideFresh6Floor  = 0.85
	outsideFresh7Floor  = 0.85
	outsideFresh8Floor  = 0.84
	outsideFresh9Floor  = 0.85
	outsideFresh10Floor = 0.85
)

// TestOutsideFresh plays the fresh feelings and small talk of
// testdata/outside/fresh.tsv, a tune part written after tune.tsv in other
// words, and reports how many pass; it fails below the floor.
func TestOutsideFresh(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh.tsv", "fresh", outsideFreshFloor)
}

// TestOutsideFresh2 plays testdata/outside/fresh2.tsv, news good and bad,
// changes in people's lives, feelings about someone, gripes and small
// talk, written after fresh.tsv in other words again.
func TestOutsideFresh2(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh2.tsv", "fresh2", outsideFresh2Floor)
}

// TestOutsideFresh3 plays testdata/outside/fresh3.tsv, 80 messages
// written by someone else in their own words (news about others, changes,
// feelings, small talk), measured before any change made for it.
func TestOutsideFresh3(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh3.tsv", "fresh3", outsideFresh3Floor)
}

// TestOutsideFresh4 plays testdata/outside/fresh4.tsv, 70 messages
// written by someone else (news of the person and of others, feelings,
// gripes, small talk, changes, worries), measured once before any change
// made for it.
func TestOutsideFresh4(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh4.tsv", "fresh4", outsideFresh4Floor)
}

// measureOutside plays every message of path, logs each failure with its
// reply, reports the share that pass by kind, and fails below floor.
func measureOutside(t *testing.T, path, name string, floor float64) {
	if raceOn {
		t.Skip("plays dozens of conversations; the code it runs is raced by TestOutsideTune, and make test runs this without -race")
	}
	cases := readOutside(t, path)
	h := newHarness(t)
	pass := map[string]int{}
	total := map[string]int{}
	all := 0
	for _, c := range cases {
		total[c.kind]++
		person := fmt.Sprintf("%s-%d", name, c.line)
		bad := outsideProblemsFor(h, person, c)
		if len(bad) == 0 {
			pass[c.kind]++
			all++
			continue
		}
		rs := h.send(person+"again", c.text, "")
		reply := ""
		if len(rs) > 0 {
			reply = rs[0].Text
		}
		t.Logf("line %d %s %q → %q: %s", c.line, c.kind, c.text, reply, strings.Join(bad, ", "))
	}
	for _, k := range []string{"low", "chat", "news", "change"} {
		if total[k] > 0 {
			t.Logf("%s %s: %d/%d pass", name, k, pass[k], total[k])
		}
	}
	share := float64(all) / float64(len(cases))
	t.Logf("%s all: %d/%d = %.2f", name, all, len(cases), share)
	if share < floor {
		t.Errorf("%.2f of %s messages pass, want at least %.2f", share, name, floor)
	}
}

// TestOutsideFresh5 plays testdata/outside/fresh5.tsv, 60 messages
// written by someone else in one sitting (news good and bad, changes,
// feelings and worries, gripes with and without a word of complaint,
// small talk), measured once before any change made for it: 33 of 60
// then, 48 after statements about the day were answered in their tone.
func TestOutsideFresh5(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh5.tsv", "fresh5", outsideFresh5Floor)
}

// TestOutsideFresh6 plays testdata/outside/fresh6.tsv, 60 messages
// written by someone else (news, changes, feelings, gripes, small talk),
// measured once before any change made for it: 33 of 60 then, 55 after
// changes of life were named (a first job, a lease, moving in together,
// an empty house, a new shift), happy tears read as glad and chat about
// sun, rest days and time flying answered in kind.
func TestOutsideFresh6(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh6.tsv", "fresh6", outsideFresh6Floor)
}

// TestOutsideFresh7 plays testdata/outside/fresh7.tsv, 60 messages
// written by someone else in one sitting (news of the person and of
// others, feelings, gripes, small talk, changes, worries, questions about
// the companion, thanks), measured once before any change made for it:
// 38 of 60 then, 55 after own good news was said back, changes of life
// were named in the person's word (a divorce, becoming a dad, coming out,
// a new school, a partner moving out), the person's own move heard as
// theirs, unkindness and days without speaking to anyone heard as hurts,
// and a noise or a habit put up with heard as a complaint.
func TestOutsideFresh7(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh7.tsv", "fresh7", outsideFresh7Floor)
}

// TestOutsideFresh8 plays testdata/outside/fresh8.tsv, 60 messages
// written by someone else in one sitting (small talk, low moods, news of
// the person and of others, changes of life), measured once before any
// change made for it: 46 of 60 then, 54 after nerves before something
// coming up were heard as nerves, a message received heard as news, a
// pet's all-clear as a relief, a change of path and the sale of a family
// home named as changes, someone who no longer knows the person heard as
// a loss, a machine that died as a nuisance, and a question whether the
// companion remembers answered with what it keeps.
func TestOutsideFresh8(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh8.tsv", "fresh8", outsideFresh8Floor)
}

// TestOutsideFresh9 plays testdata/outside/fresh9.tsv, 60 messages
// written by someone else in one sitting (low moods, small talk, news,
// changes of life), measured once before any change made for it: 43 of
// 60 then, 54 after unsure statements leaning to a feeling or to chat
// were answered as such, a light hint of loneliness said to the
// companion was heard as loneliness, a complaint about someone's schedule
// set no reminder, whether a person reads the messages got the short
// answer, a home flooded was bad news, citizenship, going freelance and a
// second baby were named changes, and a few surely glad words got a glad
// reply.
func TestOutsideFresh9(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh9.tsv", "fresh9", outsideFresh9Floor)
}

// TestOutsideFresh10 plays testdata/outside/fresh10.tsv, 60 messages
// written by someone else in one sitting (low moods, news, changes of
// life, small talk), measured once before any change made for it: 49 of
// 60 then, 53 after being left out was heard in other words (not asked
// along, kept at the edge of conversations), a life gone quiet of friends
// as loneliness and a child gone off to college as leaving home, 55 once
// a question about the companion's tastes named the thing asked about, 56
// once bad weather spent in comfort was answered gladly.
func TestOutsideFresh10(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh10.tsv", "fresh10", outsideFresh10Floor)
}

// TestOutsideFresh11 plays testdata/outside/fresh11.tsv, 60 messages
// written by someone else in one sitting, measured once before any change
// made for it: 48 of 60 (low 9, chat 13, news 15, change 11 of 15); 54
// after loneliness told through its scene (quiet weekends and a silent
// phone, lunch alone on a phone), posts nobody answers and a fear of a
// birthday forgotten were heard as the feelings they are, and heat and
// snow were named in the reply to a remark on the weather.
func TestOutsideFresh11(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh11.tsv", "fresh11", 0.88)
}

// TestOutsideFresh12 plays testdata/outside/fresh12.tsv, 60 messages
// written in one sitting by someone else, measured once before any change
// for them: 48 of 60 (low 9, chat 12, news 14, change 13 of 15); 51
// later, 58 once being left out told by its scene (nobody thinking to
// ask, plans seen in posts, the only one still posting, the edge of a group) was
// heard, someone else's engagement was wonderful news and "we're
// expecting" was the person's own baby on the way.
func TestOutsideFresh12(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh12.tsv", "fresh12", 0.95)
}

// TestOutsideFresh13 plays testdata/outside/fresh13.tsv, 60 messages
// written in one sitting by someone else, measured once before any change
// for them: 46 of 60 (low 12, chat 8, news 14, change 12 of 15); 58
// once a pet put down was a loss with its name told, a birthday still
// going was wished without "belated", days with no real conversation and
// a move with no friends yet were heard as loneliness, going back after
// leave and a new career were named changes, and remarks naming a dish,
// something grown, a walk or the day were answered naming it.
func TestOutsideFresh13(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh13.tsv", "fresh13", 0.95)
}

// TestOutsideFresh14 plays testdata/outside/fresh14.tsv, 60 messages
// written in one sitting by someone else, measured once before any change
// for them: 42 of 60 (low 9, chat 14, news 12, change 7 of 15); 50
// once question marks on a told feeling, a doubt that anyone would
// notice and a courtesy before a story asked nothing, a verb after "to"
// was never a name, a sure feeling with glad words in it stayed a
// feeling, a promotion was a change and a promise to keep calling was
// met with a reminder.
func TestOutsideFresh14(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh14.tsv", "fresh14", 0.8)
}

// TestOutsideFresh15 plays testdata/outside/fresh15.tsv, 60 messages
// written in one sitting by someone else, measured once before any change
// for them: 43 of 60 (low 12, chat 13, news 11, change 7 of 15).
func TestOutsideFresh15(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh15.tsv", "fresh15", 0.68)
}

// TestOutsideFresh16 plays testdata/outside/fresh16.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 47 of 60 (low 11, chat 15, news 10,
// change 11 of 15); 56 after a pet's bite was no blow, a feeling told
// with a change as its setting, beside others' glad news, with a word of
// writing in its story or asked about as normal and owned was heard
// first, a baby had and becoming a step-parent were changes, lay-offs
// were bad news, news told "to you" was no request to write, and someone's
// glad news with "should i send her something?" was met gladly with the
// offer to write.
func TestOutsideFresh16(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh16.tsv", "fresh16", 0.93)
}

// TestOutsideFresh17 plays testdata/outside/fresh17.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 45 of 60 (low 12, chat 7, news 13,
// change 13 of 15) then, 53 after a passing question outside the
// companion's field got a short decline with two steps, not the menu, a
// question on sport or on what to cook was heard as one, a good thing
// back "again" was no sigh, a thanks telling how it went was answered
// gladly, a heavy day heard as low, and a failed round of IVF as a grief.
func TestOutsideFresh17(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh17.tsv", "fresh17", 0.88)
}

// TestOutsideFresh18 plays testdata/outside/fresh18.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 45 of 60 (low 11, chat 8, news 14,
// change 12 of 15); 60 after a hello just after the menu or wishing a
// good morning was greeted back with a question, off-topic declines said
// plainly, a flat mood said alone was met as one, a birthday few marked
// was wished and the sting heard, a change of the person's own told with
// a feeling had both named, "it's just me" was heard as alone, a race
// finished was congratulated and a feeling named after "feel" came before
// a scene read from what others do.
func TestOutsideFresh18(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh18.tsv", "fresh18", 1.00)
}

// TestOutsideFresh19 plays testdata/outside/fresh19.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 46 of 60 (low 11, chat 8, news 15,
// change 12 of 15); 49 later, and 60 after someone left out of others'
// good news was heard as hurt, a doubt whether people like the person as
// a worry, a holiday with nowhere to go as lonely, a verdict said with an
// unsure "ok?" as no question, a move into a retirement flat as a move, a
// new pet offered to be shared, thanks and declines said plainly, and a
// question whether the companion remembers the person answered in a line.
func TestOutsideFresh19(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh19.tsv", "fresh19", 1.00)
}

// TestOutsideFresh20 plays testdata/outside/fresh20.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 47 of 60 (low 11, chat 10, news 13,
// change 13 of 15); 56 after a scene of being alone told as a clause of
// its own, a low face sent alone and a hurt the person called stupid to
// feel were heard with a gentle step, a first payslip was glad news, a
// joke's opening was played along with, a sum was worked out and
// declines of recipes and gadgets said so plainly; 58 after a milestone
// of someone dear was met gladly with a message one tap away and others'
// weddings and babies beside the person's own lack heard as that ache.
func TestOutsideFresh20(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh20.tsv", "fresh20", 0.96)
}

// TestOutsideFresh21 plays testdata/outside/fresh21.tsv, 60 messages
// written in one sitting by someone who read only its format, measured
// once before any change for them: 49 of 60 (low 13, chat 13, news 14,
// change 9 of 15); 60 after a change of the person's own told with no
// one to write to was answered as that change (a birth, an adoption, a
// divorce with relief, coming out, a move from one place to another),
// a friend's move was met with what it left behind, being left out
// learned of from a photo was heard as that, a pregnancy lost as a grief
// and feeling out of practice with people as a common, passing rust.
func TestOutsideFresh21(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh21.tsv", "fresh21", 1.00)
}

// TestOutsideFresh22 plays testdata/outside/fresh22.tsv, 52 messages
// written in one sitting by someone who read only its format (8 of the 60
// written were worded like a message of an earlier suite and were left
// out), measured once before any change for them: 41 of 52 (low 12 of 14, chat 9 of 11,
// news 12 of 14, change 8 of 13); 43 when read, 52 after a hello said on
// its own was set aside for the question after it, a question of fact
// asked to settle a bet declined as a fact, a birthday of one's own with
// few wishes heard as a hurt, tears at a glad change of one's own met
// gladly, a friend's good news that takes them away heard as
// bittersweet, a goodbye hard to say, a parent moved into care and
// living alone for the first time named as the changes they are, and
// the doubt of being asked along out of pity heard.
func TestOutsideFresh22(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh22.tsv", "fresh22", 1.00)
}

// TestOutsideFresh23 plays testdata/outside/fresh23.tsv, 49 messages
// written in one sitting by someone who read only its format (11 of the 60
// written were worded like a message of an earlier suite and were left
// out), measured once before any change for them: 44 of 49 (low 13 of 14,
// chat 7 of 9, news 11 of 12, change 13 of 14).
func TestOutsideFresh23(t *testing.T) {
	measureOutside(t, "testdata/outside/fresh23.tsv", "fresh23", 0.85)
}
