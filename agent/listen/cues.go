package listen

import "strings"

// cueWords are words that carry a feeling whatever the sentence around them.
// The classifier sees the class as one more feature and learns how much it
// counts; the list lets it recognise words the corpus never used. Words are
// folded, without apostrophes; phrases of two words are matched as pairs.
var cueWords = cueTable(map[string]string{
	"grief": `died dead death passed funeral grieving grief widow widowed widower bereaved bereavement
lost_my lost_our loss mourning anniversary_of buried late_husband late_wife rip suicide killed_himself
miscarriage miscarried stillborn
killed_herself passed_away`,
	"illness": `diagnosed diagnosis cancer chemo chemotherapy hospital hospitalised hospitalized stroke dementia
alzheimers surgery operation terminal illness ill sick chronic carer depression disability disabled
scan tumour tumor hospice mental_health long_covid`,
	"breakup": `broke_up breakup divorce divorced separated split_up my_ex ex dumped single cheated
ended_things left_me`,
	"holding_back": `open_up burden bottle keep_it hide pretend brave_face strong_one to_myself dont_tell
never_tell keep_quiet let_people im_fine say_im lean_on comes_to`,
	"embarrassment": `cringe cringed cringing cringey embarrassed embarrassing embarrassment mortified awkward
humiliated humiliating idiot stupid silly dumb ashamed shame blushed overshared`,
	"guilt": `guilty guilt feel_bad felt_bad terrible_friend bad_friend should_have shouldve regret sorry
my_fault ought owe neglect neglected apologise apologize forgot_to kept_forgetting forgetting_to barely_reacted`,
	"worry": `worry worried worrying anxious anxiety nervous scared afraid fear terrified panic overthink
overthinking dread what_if stress stressed stressing bothering needy`,
	"tiredness": `tired exhausted exhausting drained draining drain knackered burnt burned_out worn
energy recharge sleep wiped shattered fatigue`,
	"loneliness": `lonely alone isolated isolation nobody no_one noone left_out invisible outsider
nobody_checks anyone_to`,
	"hurt": `hurt hurts hurtful stung sting rejected rejection ignored brushed let_down left_on
without_me behind_my upset`,
	"anger": `angry anger annoyed annoying furious frustrated frustrating fed_up sick_of irritated
irritating mad pissed rage infuriating resent resentful`,
	"missing": `miss missing missed far_away abroad moved_away used_to wish_i homesick`,
	"pride":   `proud pride achievement accomplished finally_did graduated`,
	"gratitude": `grateful thankful thanks appreciate appreciated lucky meant_the meant_so kept_me got_me
there_for looked_out always_there never_forget`,
	"joy": `fun lovely laughed laughing laugh great happy joy best_day made_my loved enjoyed nice
amazing wonderful brilliant`,
	"relief": `relief relieved lighter weight_off breathe_again glad_thats phew finally_over`,
})

// cueTable expands the class lists into a map from a word or a pair of
// words ("lost my", written lost_my) to its class.
func cueTable(lists map[string]string) map[string]string {
	m := map[string]string{}
	for class, list := range lists {
		for _, w := range strings.Fields(list) {
			m[strings.ReplaceAll(w, "_", " ")] = class
		}
	}
	return m
}

// cues returns the classes the words of a message hint at, once each.
func cues(ws []string) []string {
	var out []string
	add := func(c string) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if c, ok := cueOverride(ws, i); ok {
			if c != "" {
				add(c)
			}
			continue
		}
		if c, ok := cueWords[w]; ok {
			add(c)
		} else if c, ok := cueWords[stem(w)]; ok {
			add(c)
		}
		if next != "" {
			if c, ok := cueWords[w+" "+next]; ok {
				add(c)
			}
		}
	}
	return out
}

// passedObjects follow "passed" when it is a test passed, not a death:
// "passed his driving test", "passed with flying colours".
var passedObjects = map[string]bool{"my": true, "his": true, "her": true, "their": true, "the": true, "our": true,
	"your": true, "a": true, "an": true, "exam": true, "exams": true, "test": true, "tests": true, "driving": true,
	"theory": true, "with": true, "first": true, "all": true, "everything": true, "it": true, "finals": true,
	"interview": true, "probation": true, "audition": true}

// passedAsTest reports whether ws[i], "passed", is something passed ("passed
// his driving test", "passed with flying colours") rather than a death. A
// determiner after it opens a clause of its own when a verb follows the
// noun it leads ("since my wife passed the house is too quiet"), and
// "passed" after "since", "after" or "when" and the one it tells of is a
// death whatever follows ("ever since grandad passed everything feels
// off").
func passedAsTest(ws []string, i int) bool {
	if i+1 >= len(ws) || !passedObjects[ws[i+1]] {
		return false
	}
	for _, w := range ws[i+1 : min(i+4, len(ws))] {
		if passedThings[w] {
			// "after she passed her driving test": a test, however told.
			return true
		}
	}
	for j := i - 1; j >= max(i-4, 0); j-- {
		if deathLeads[ws[j]] {
			return false
		}
	}
	if passedDeterminers[ws[i+1]] && i+3 < len(ws) && clauseVerbs[ws[i+3]] {
		return false
	}
	return true
}

// passedThings are what is passed when it is not a death.
var passedThings = map[string]bool{"exam": true, "exams": true, "test": true, "tests": true, "driving": true, "theory": true,
	"finals": true, "interview": true, "probation": true, "audition": true, "bar": true, "course": true, "module": true,
	"assessment": true, "degree": true, "year": true, "viva": true, "thesis": true, "flying": true}

// deathLeads open a time told from a death: "since my wife passed".
var deathLeads = map[string]bool{"since": true, "after": true, "when": true, "till": true, "until": true, "before": true}

// passedDeterminers lead the thing passed: "passed the exam".
var passedDeterminers = map[string]bool{"my": true, "his": true, "her": true, "their": true, "the": true, "our": true,
	"your": true, "a": true, "an": true}

// clauseVerbs after a determiner and a noun make them a clause's subject:
// "the house is", "the kids were".
var clauseVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "feels": true, "felt": true,
	"has": true, "had": true, "seems": true, "seemed": true, "got": true, "gets": true, "went": true, "goes": true,
	"hasnt": true, "isnt": true, "wasnt": true, "changed": true}

// deadTiredBefore are the words before "dead" that make it the person
// worn out: "im dead", "i was so dead", "literally dead".
var deadTiredBefore = map[string]bool{"im": true, "am": true, "was": true, "feel": true, "felt": true, "feeling": true,
	"so": true, "absolutely": true, "literally": true, "completely": true, "totally": true, "basically": true,
	"half": true, "just": true}

// cueOverride reads the few cue words whose sense their neighbours
// decide: "passed his test" is pride, not a death; "every single time" is
// no breakup; "without me explaining" leaves no one out; "no regrets" is
// glad. ok is false when ws[i] is none of them; class "" means no cue at
// all.
func cueOverride(ws []string, i int) (class string, ok bool) {
	next, prev := "", ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	if i > 0 {
		prev = ws[i-1]
	}
	switch ws[i] {
	case "passed":
		if passedAsTest(ws, i) {
			return "pride", true
		}
	case "single":
		if prev == "every" || prev == "a" || prev == "one" || prev == "each" {
			return "", true
		}
	case "regret", "regrets", "regretted":
		// "no regrets", "don't regret it": nothing to feel bad about.
		if prev == "no" || prev == "zero" || prev == "dont" || prev == "never" || prev == "not" {
			return "joy", true
		}
	case "dead":
		// "weekdays im dead after my shift", "dead tired": worn out, no
		// death.
		if deadTiredBefore[prev] || next == "tired" || next == "beat" || next == "on" && i+2 < len(ws) && ws[i+2] == "my" {
			return "tiredness", true
		}
	case "without":
		if next == "me" && i+2 < len(ws) && strings.HasSuffix(ws[i+2], "ing") {
			return "", true
		}
	}
	return "", false
}
