package safety

import "testing"

// TestWearyOfExisting checks being worn out by existing, being a weight
// on others, no future pictured, the urge to hurt oneself and the wish
// to slip away (en.wearyofexisting.txt), each beside near misses that keep
// the words: a long week, a night shift, a flat, an itch, a cabin trip.
func TestWearyOfExisting(t *testing.T) {
	tests := []situationCase{
		// worn out by existing
		{"im so drained from having to keep myself alive", Self},
		{"honestly staying alive feels like a job i want to quit", Self},
		{"i dont know how to keep up the whole living thing anymore", Self},
		{"i dont have the strength left to keep existing", Self},
		{"i would love to simply not be.", Self},
		{"im so drained from this night shift", None},
		{"staying alive in this heat is a chore lol", None},
		{"i dont have the strength left to finish this run", None},
		// a weight on the others
		{"my parents would have so much more time if i wasnt in the picture", Self},
		{"im only hurting my family by being alive", Self},
		{"they would get their lives back without me", Self},
		{"im tired of being the one everyone has to worry about", Self},
		{"better they mourn me once than watch me fall apart for years", Self},
		{"my parents would have so much more time if i moved out", None},
		{"im tired of being the one who has to do the washing up", None},
		// no future pictured
		{"i can never imagine myself past twenty five", Self},
		{"i dont believe there is a future for me", Self},
		{"there is no version of me in five years", Self},
		{"they make plans for next year as if im still going to be around", Self},
		{"my friends go on about the future as if i will be in it", Self},
		{"i cant imagine myself without my mum", None},
		{"i cant see myself living in a flat like that", None},
		// the urge to hurt oneself
		{"i had to hide the blades from myself last night", Self},
		{"i handed the razors to my flatmate, i had to hide them from myself", Self},
		{"six weeks without hurting myself and im so close to breaking it", Self},
		{"i keep wanting to slice my arm open", Self},
		{"i shut myself in my room with the knife", Self},
		{"i only want to bleed.", Self},
		{"the only thing that calms me down is the burn", Self},
		{"i wear hoodies all summer so no one sees my wrists", Self},
		{"i had to hide the chocolate from myself", None},
		{"six weeks without sugar and im so close to breaking it", None},
		{"the only thing that calms me down is a hot bath", None},
		{"i scratched my legs raw from the eczema", None},
		// more wordings of the same ideas
		{"im exhausted and i want to stop this for good", Self},
		{"breathing is such work, i dont want to do it anymore", Self},
		{"staying alive asks more than ive got left", Self},
		{"i want to shut down for good", Self},
		{"im tired of getting by, i dont want to anymore", Self},
		{"im only taking up space.", Self},
		{"getting rid of me would fix everything for them", Self},
		{"burying me would cost less than keeping me", Self},
		{"i want to hold the razor again so badly", Self},
		{"i burn myself in spots nobody would see", Self},
		{"im tired of getting by on a student loan", None},
		{"removing me from the rota fixes it", None},
		{"we are cutting costs where nobody would notice", None},
		{"i want to shut down my laptop for good, its so slow", None},
		// no reason to stay, others quickly over it
		{"i dont know why i keep waking up at all", Self},
		{"ive stopped turning up for life", Self},
		{"i like to imagine a timeline where i was never born", Self},
		{"every morning i hope i dont have to face another day.", Self},
		{"honestly id be ok if this week was the end for me.", Self},
		{"my parents would probably be relieved when im gone", Self},
		{"my friends would forget me within a couple of weeks", Self},
		{"my wife deserves better than a husband like this, she could start over", Self},
		{"i need to watch myself bleed so i can breathe", Self},
		{"relapsed with a blade after a year", Self},
		{"fresh cuts on my thighs again", Self},
		{"im ready to dip from this world", Self},
		{"i dont know why i keep waking up at 4am", None},
		{"my friends would forget me within a couple of weeks if i moved to canada", None},
		{"our team deserves better than a coach like this", None},
		{"i need to watch the blood pressure monitor so i can breathe easy", None},
		{"relapsed with a cigarette after a year", None},
		{"i want to melt into my sofa all weekend", None},
		// slipping away
		{"i want to drive away somewhere nobody could ever find me", Self},
		{"if i went into the river tonight i wouldnt swim back", Self},
		{"it would be a relief if my heart just gave out", Self},
		{"i just want to close my eyes and have it be the end", Self},
		{"part of me hopes i dont make it home from my shift", Self},
		{"i want to turn off and stay off forever", Self},
		{"i dont think im going to stick around much longer", Self},
		{"i want to keep driving till theres nothing", Self},
		{"sometimes i think about not coming up for air", Self},
		{"if i didnt wake up tomorrow that would be a mercy", Self},
		{"this time im going to vanish for real", Self},
		{"i want to keep driving till the sun comes up", None},
		{"im going to vanish for real from social media for a month", None},
		{"i hope i dont come back from my holiday lol its so nice here", None},
		{"i want to turn off my phone for the weekend", None},
		{"i dont think im going to stick around at this bar much longer", None},
	}
	checkSituations(t, tests)
}
