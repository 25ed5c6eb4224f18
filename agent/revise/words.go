package revise

import "github.com/companion-dev/companion/agent/internal/wordset"

// stockWords are the words check-in messages share whatever they are
// about; a sentence made only of them says little.
var stockWords = wordset.Of(`a about after again all also always am an and any anything are around as at back be
been being but by can catch could day days did do does done don't down each even ever feel for from get give
glad going good got great had has have haven't hear heard hello her here hey hi him his hope how i i'd i'll
i'm i've if in is isn't it it's just keep know last lately let life like little long lot lots love lovely
made make me mean meaning mind miss more most much my need never new news no not now of off oh on one only or
other our out over really remember say saying see seems since slip so some something soon still such sure
talk talked talking tell than thank thanks that that's the them then there these they thing things think
thinking this though thought time times to today too up us very want wanted was way we well were what what's
when where which while who why will wish with without wonder world would you you're you've your yourself busy
flown popped head realised realized smile smiled grateful better been meant quick bit side from share world
up with what's been keeping lately hear how've how're doing it'd we've we'd we're you'd you'll hope hoping
wanted while let more slip by saying hello time has flown since last meaning say hey hi hello dear hiya heya
remembering reminded wondering wanted checking check popped head realised mind heart moment moments chat chats
catch properly soon sometime again enjoy enjoyed rush reply pressure whenever suits words right care`)
