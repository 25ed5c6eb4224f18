package safety

import "testing"

// TestTimeLimitOnLiving checks a limit the speaker sets on their own
// life (en.timelimitonliving.txt): an age they will not reach, the year
// ahead without them, a point ahead by which they will be gone, days
// counted down to nothing named, no reason to live through another
// season, doubt they can keep themselves alive, nothing left in them;
// beside a party missed, a holiday, a countdown to a trip and a job.
func TestTimeLimitOnLiving(t *testing.T) {
	checkSituations(t, []situationCase{
		{"pretty sure im never going to see my 21st", Self},
		{"ur girl aint making it to her 18th and thats fine by me", Self},
		{"i know i wont live to see my 50th, ive made sure of that", Self},
		{"i wont make it to my 30th party, ill be in lisbon that weekend", None},
		{"the only resolution i made for the new year is not being around for it", Self},
		{"the rest of the year doesnt include me", Self},
		{"two months from today ill be gone and it wont matter", Self},
		{"this time tomorrow i wont be breathing", Self},
		{"this time next week ill be gone to my nans for half term", None},
		{"counting down now. only two more", Self},
		{"counting down the sleeps till we fly to greece, 5 to go", None},
		{"honestly theres no point in sitting through another christmas", Self},
		{"i have no reason to wait for another spring", Self},
		{"how much longer can i keep myself safe, its getting harder", Self},
		{"no idea how much longer i can keep going at this pace at work", None},
		{"i dont feel like i have any fight left in me and i dont want to carry on", Self},
		{"i dont think i have much left in me after that hike", None},
	})
}
