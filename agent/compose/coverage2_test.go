package compose

import (
	"sort"
	"testing"
)

// coverageLater are wordings written after the clause reader was built
// from coverage: how well the reader does on ways of saying a detail
// nobody shaped it by. Measured before any change for them, 45 of 54 came
// out right; the nine misses were then fixed by mechanism (a grievance,
// a lowercase partner's name, "him and me", "we both", a bare "for the").
var coverageLater = map[string][]coverageCase{
	"their news": {
		{"Leon", Congrats, "leon's just qualified as a plumber", []string{"plumber"}, []string{"leon's"}},
		{"Ama", HardTime, "ama's flat got broken into on tuesday and they took her laptop", []string{"broken into", "laptop"}, []string{"her laptop"}},
		{"Rui", Congrats, "my pal rui has opened a barber shop in town", []string{"barber"}, []string{"my pal"}},
		{"Gemma", HardTime, "gemma failed her driving test for the third time", []string{"driving test"}, []string{"her driving"}},
		{"Otis", Congrats, "otis got picked for the county cricket team", []string{"cricket"}, []string{"otis got"}},
		{"Nell", HardTime, "her cat went missing at the weekend", []string{"cat"}, []string{"her cat"}},
	},
	"my news": {
		{"Vic", Reconnect, "i've moved to a little village near york", []string{"york"}, nil},
		{"Abe", Reconnect, "tell him i started my own bakery", []string{"bakery"}, []string{"tell him"}},
		{"Zia", Thinking, "i've just adopted a rescue greyhound", []string{"greyhound"}, nil},
		{"Lou", Reconnect, "i'm training to be a midwife now", []string{"midwife"}, nil},
		{"Kes", Reconnect, "let her know i finally finished my degree", []string{"degree"}, []string{"let her know"}},
		{"Ren", Reconnect, "me and tom bought a house in march", []string{"house"}, []string{"me and tom"}},
	},
	"shared memory": {
		{"Dee", Reconnect, "we got lost hiking in snowdonia and had to sleep in the car", []string{"snowdonia", "hiking"}, nil},
		{"Jem", Reconnect, "remember the summer we worked at the ice cream van", []string{"ice cream van"}, []string{"remember the"}},
		{"Pim", Thinking, "she taught me how to make dumplings from scratch", []string{"dumplings"}, []string{"she taught"}},
		{"Hal", Reconnect, "we'd cycle to the coast every sunday morning", []string{"coast", "cycle"}, nil},
		{"Ivo", Reconnect, "the night we got locked out of the flat in freshers week", []string{"locked out"}, nil},
		{"Bram", Reconnect, "him and me ran the school radio station for two years", []string{"radio"}, []string{"him and me"}},
	},
	"apology reason": {
		{"Flo", Apology, "i laughed when she tripped in front of everyone", []string{"laughed"}, []string{"she tripped"}},
		{"Gil", Apology, "i never paid him back for the concert tickets", []string{"tickets", "paid"}, []string{"him back"}},
		{"Sue", Apology, "i left her out of the group plans", []string{"left you out"}, []string{"left her"}},
		{"Oli", Apology, "i scratched his car reversing out", []string{"car"}, []string{"his car"}},
		{"May", Apology, "i spoilt the ending of her favourite show", []string{"ending"}, []string{"her favourite"}},
		{"Rex", Apology, "i missed his big match on saturday", []string{"match"}, []string{"his big"}},
	},
	"plan": {
		{"Sky", Reconnect, "ask if she wants to come to the beach in july", []string{"beach"}, []string{"if she wants"}},
		{"Tam", Reconnect, "we should do a pub quiz like old times", []string{"pub quiz", "quiz"}, nil},
		{"Joy", Thinking, "would love to take her for afternoon tea", []string{"afternoon tea"}, []string{"take her"}},
		{"Fitz", Reconnect, "invite him to my housewarming on the 20th", []string{"housewarming"}, []string{"invite him"}},
		{"Uma", Reconnect, "see if he's around for a walk next weekend", []string{"walk"}, []string{"he's around"}},
		{"Cor", Reconnect, "fancy grabbing brunch when i'm in town", []string{"brunch"}, nil},
	},
	"fact about them": {
		{"Liz", Birthday, "she's crazy about horses", []string{"horses"}, []string{"she's"}},
		{"Ike", Birthday, "he runs a little allotment", []string{"allotment"}, []string{"he runs"}},
		{"Dom", Birthday, "dom is a massive star wars nerd", []string{"star wars"}, []string{"dom is"}},
		{"Eve", Thinking, "she paints watercolours in her spare time", []string{"watercolours"}, []string{"she paints", "her spare"}},
		{"Pat", Birthday, "he's into fishing", []string{"fishing"}, []string{"he's"}},
		{"Bel", Birthday, "she does yoga every morning", []string{"yoga"}, []string{"she does"}},
	},
	"thanks for": {
		{"Kai", Thanks, "he put me up for a week when i had nowhere to go", []string{"put me up", "putting me up"}, []string{"he put"}},
		{"Ros", Thanks, "she sat with me in a&e all night", []string{"a&e", "sat with me", "sitting with me"}, []string{"she sat"}},
		{"Ned", Thanks, "for the lift to the airport at 4am", []string{"lift"}, nil},
		{"Ami", Thanks, "she knitted my baby a blanket", []string{"blanket"}, []string{"she knitted"}},
		{"Huw", Thanks, "he's been checking in on my mum every day", []string{"mum"}, []string{"he's been"}},
		{"Tess", Thanks, "thank her for lending me her dress for the wedding", []string{"dress"}, []string{"her dress"}},
	},
	"ask": {
		{"Pia", Professional, "ask if she could review my portfolio before friday", []string{"portfolio"}, []string{"if she could"}},
		{"Ben", Thinking, "ask him to water my plants while i'm away", []string{"plants"}, []string{"ask him"}},
		{"Cat", Thinking, "see if she'd be up for dog sitting in august", []string{"dog sitting"}, []string{"she'd"}},
		{"Lyn", Professional, "could she put in a good word for me with the hiring team", []string{"good word"}, []string{"could she"}},
		{"Art", Thinking, "ask whether i can borrow his camping stove", []string{"camping stove"}, []string{"his camping"}},
		{"Mo", Professional, "would he be willing to do a mock interview with me", []string{"mock interview"}, []string{"would he"}},
	},
	"background": {
		{"Jo", Reconnect, "she blocked me on instagram for a bit", nil, []string{"blocked"}},
		{"Al", Reconnect, "i only know him from the school gates", nil, []string{"school gates"}},
		{"Nia", Thinking, "i feel a bit silly messaging out of the blue", nil, []string{"silly"}},
		{"Tom", Reconnect, "my mum said i should get in touch", nil, []string{"my mum said"}},
		{"Bo", FollowUp, "she left me on read on monday", nil, []string{"left me on read"}},
		{"Ry", Reconnect, "we dated for a few months at uni", nil, []string{"dated"}},
	},
}

// TestDetailCoverageLater measures the clause reader on coverageLater and
// logs the share of each kind that comes out right, failing only on a
// collapse.
func TestDetailCoverageLater(t *testing.T) {
	kinds := make([]string, 0, len(coverageLater))
	for k := range coverageLater {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	total, passed := 0, 0
	for _, k := range kinds {
		pass := 0
		for _, c := range coverageLater[k] {
			draft := Write(Spec{Occasion: c.o, Name: c.name, Tie: TieFriend, Details: Parse(c.text, c.name, c.o)})
			if bad := coverageProblems(c, draft); bad != "" {
				t.Logf("%s: %q: %s\n    draft: %s", k, c.text, bad, draft)
				continue
			}
			pass++
		}
		total += len(coverageLater[k])
		passed += pass
		t.Logf("later coverage %-16s %d/%d", k, pass, len(coverageLater[k]))
	}
	t.Logf("later coverage: %d/%d", passed, total)
	if passed*2 < total {
		t.Errorf("later coverage %d/%d is under half", passed, total)
	}
}
