package agent

import "strings"

// "i messaged 3 people and only 1 answered": reaching out that met little
// back, said in numbers, so the acknowledgement names how few answered
// rather than saying the answer back.

// reFewAnswered is reaching out to several and hearing back from few: "i
// messaged 3 people and only 1 answered".
var reFewAnswered = mustPattern(`\b(?:messaged|texted|reached out to|wrote to|called|rang|invited|asked) (\d+|two|three|four|five|six|a few|a couple of|loads of|lots of) (?:people|friends|mates|of them)\b.*\b(?:only|just) (\d+|one|two|three|a couple|one of them) (?:of them )?(?:answered|replied|wrote back|got back|responded|came|said yes)\b`)

// fewAnswered says, in words, how few of those reached answered: "of the
// three people you messaged, only one answered"; "" when the answer does
// not say.
func fewAnswered(folded string) string {
	m := reFewAnswered.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	many := numberWord(m[1]) + " "
	if strings.Contains(m[1], " ") {
		// "a few", "lots of": no count to say back.
		many = ""
	}
	return "of the " + many + "people you reached out to, only " + numberWord(m[2]) + " answered"
}

// numberWord spells a small count: "3" is "three".
func numberWord(s string) string {
	words := []string{"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		return words[s[0]-'0']
	}
	return s
}
